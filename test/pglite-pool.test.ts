import { afterAll, describe, expect, it } from 'vitest';
import { engine, freshDatabase, type TestDatabase } from './db.ts';
import { instanceOf } from './pglite-pool.ts';

/**
 * The PGlite databases a worker hands from one test file to the next (`test/pglite-pool.ts`): a file that wrote,
 * deleted, drew from sequences and wrote past the audit log's guard must leave the next one exactly the template's
 * data, and a file that changed the schema must not pass its database on at all.
 */

/** Every table's rows and every sequence's next value, as one comparable value. */
async function contents(database: TestDatabase) {
  const tables = await database.raw(
    `SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables ORDER BY 1`,
  );
  const rows: Record<string, unknown> = {};
  for (const { name } of tables as { name: string }[]) {
    const [row] = await database.raw(
      `SELECT md5(coalesce(json_agg(t ORDER BY t::text)::text, '')) AS digest FROM ${name} t`,
    );
    rows[name] = row?.digest;
  }
  const sequences = await database.raw(
    `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value FROM pg_sequences ORDER BY 1`,
  );
  return { rows, sequences };
}

describe.skipIf(engine !== 'pglite')('the PGlite databases kept between test files', () => {
  const open: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(open.map((d) => d.dispose()));
  });

  it('gives the next file the template data again, sequences and guarded audit rows included', async () => {
    const first = await freshDatabase();
    const template = await contents(first);
    await first.raw(`INSERT INTO app_meta (key, value) VALUES ('pool-probe', 'x')`);
    await first.raw(`UPDATE municipalities SET name_fr = 'Changée' WHERE nis_code = '21001'`);
    await first.raw('DELETE FROM timeline_events');
    await first.raw(
      `INSERT INTO audit_log (at, actor, action, entity_type) VALUES (now(), 'test', 'user.sign_in', 'user')`,
    );
    const [sequence] = (await first.raw(
      'SELECT format($$%I.%I$$, schemaname, sequencename) AS name FROM pg_sequences LIMIT 1',
    )) as {
      name: string;
    }[];
    if (sequence) await first.raw(`SELECT nextval('${sequence.name}'), nextval('${sequence.name}')`);
    expect(await contents(first)).not.toEqual(template);
    await first.dispose();

    const next = await freshDatabase();
    open.push(next);
    expect(instanceOf(next)).toBe(instanceOf(first));
    expect(await contents(next)).toEqual(template);
  });

  it('refuses every query once the file has closed its lease', async () => {
    const database = await freshDatabase();
    await database.close();
    await expect(database.raw('SELECT 1')).rejects.toThrow(/closed/);
    await database.dispose();
  });

  it('does not pass on a database whose schema a file changed', async () => {
    const changed = await freshDatabase();
    await changed.raw('CREATE TABLE pool_probe (id int)');
    await changed.dispose();
    const next = await freshDatabase();
    open.push(next);
    expect(instanceOf(next)).not.toBe(instanceOf(changed));
    expect(await next.raw(`SELECT to_regclass('pool_probe') AS t`)).toEqual([{ t: null }]);
  });
});
