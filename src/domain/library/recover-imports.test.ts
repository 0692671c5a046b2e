import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, like } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { engine, freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { bootId, processLockClass } from '../../core/boot.ts';
import { libraryRecords } from '../../db/schema/index.ts';
import { FileStore } from '../files/index.ts';
import { alreadyImported, importRecords } from './import-records.ts';
import { type ImportSession, ImportSessions, importLockClass } from './import-sessions.ts';
import { recoverImportSessions, settleImportSession } from './recover-imports.ts';

let database: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-recover-imports-'));
const sessions = new ImportSessions(path.join(dir, 'sessions'), new FileStore(path.join(dir, 'uploads')));
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const librarian = () => ({
  ...visitorContext(database),
  actor: { kind: 'user' as const, id: 'librarian-1', roles: ['librarian' as const], municipality: null },
});
/** A boot id no process draws (they are 1 and up): a process that is gone. */
const goneBoot = 0;
let serial = 0;
/** A small file whose titles carry a mark of their own, and its session. */
async function opened(): Promise<{ session: ImportSession; bytes: Uint8Array; mark: string }> {
  serial += 1;
  const mark = `Recovered${serial}`;
  const bytes = new TextEncoder().encode(
    `@book{a${serial}, author = {Lenoir, Anne}, title = {${mark} : premier livre}, year = 2021}\n\n` +
      `@book{b${serial}, author = {Peeters, Jan}, title = {${mark} : tweede boek}, year = 2022}\n`,
  );
  const session = await sessions.open(librarian().actor, bytes, 'file.bib', { skipInvalid: false, publish: false });
  return { session, bytes, mark };
}
/** The session as a process killed during "Confirm" leaves it: running, stamped with that process. */
async function leftRunning(session: ImportSession, boot: number, report?: ImportSession['report']) {
  const left: ImportSession = {
    ...session,
    state: 'running',
    runner: { boot, pid: 4_194_301, host: 'elsewhere', startedAt: '2026-03-02T09:15:00.000Z' },
    ...(report ? { report } : {}),
  };
  await sessions.save(left);
  return left;
}
const recordsMarked = async (mark: string) =>
  (
    await database.db
      .select({ n: count() })
      .from(libraryRecords)
      .where(like(libraryRecords.title, `${mark}%`))
  )[0]?.n;

describe('sessions left running by a process that stopped', () => {
  it('puts back to ready, marked interrupted, an import that wrote nothing, and it can then be confirmed', async () => {
    const { session, bytes, mark } = await opened();
    await leftRunning(session, goneBoot);
    expect(await recoverImportSessions(database.db, sessions)).toMatchObject({ interrupted: 1, finished: 0 });
    const settled = await sessions.get(librarian().actor, session.id);
    expect(settled).toMatchObject({ state: 'ready', interrupted: '2026-03-02T09:15:00.000Z' });
    expect(settled.runner).toBeUndefined();
    expect(await recordsMarked(mark)).toBe(0);
    await importRecords(librarian(), bytes, { session: session.id });
    expect(await recordsMarked(mark)).toBe(2);
  });

  it('marks done, with the report kept before the write, an import that committed before its process died', async () => {
    const { session, bytes, mark } = await opened();
    let kept: ImportSession['report'];
    await importRecords(librarian(), bytes, {
      session: session.id,
      beforeWrite: async (report) => {
        kept = report;
      },
    });
    await leftRunning(session, goneBoot, kept);
    const settled = await settleImportSession(database.db, sessions, await sessions.get(librarian().actor, session.id));
    expect(settled.state).toBe('done');
    expect(settled.report?.written).toBe(true);
    expect(settled.report?.created.map((l) => l.title)).toEqual([`${mark} : premier livre`, `${mark} : tweede boek`]);
    expect(settled.interrupted).toBeUndefined();
  });

  it('leaves alone a session that this process is confirming', async () => {
    const { session } = await opened();
    await leftRunning(session, bootId);
    const settled = await settleImportSession(database.db, sessions, await sessions.get(librarian().actor, session.id));
    expect(settled.state).toBe('running');
    await sessions.save({ ...settled, state: 'ready' });
  });

  it('never writes a session twice: a second import of it is refused and writes nothing', async () => {
    const { session, bytes, mark } = await opened();
    await importRecords(librarian(), bytes, { session: session.id });
    await expect(importRecords(librarian(), bytes, { session: session.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'session', message: alreadyImported }],
    });
    expect(await recordsMarked(mark)).toBe(2);
  });
});

describe.runIf(engine === 'postgres')('with several processes on one PostgreSQL', () => {
  /** Another connection, as another process holds one. */
  async function otherProcess() {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return client;
  }

  it('leaves alone a session whose process is alive elsewhere, and settles it once that process is gone', async () => {
    const { session } = await opened();
    const alive = 2_000_000_001;
    const other = await otherProcess();
    await other.query('SELECT pg_advisory_lock(hashtext($1), $2)', [processLockClass, alive]);
    await leftRunning(session, alive);
    expect(await recoverImportSessions(database.db, sessions)).toMatchObject({ running: 1, interrupted: 0 });
    expect((await sessions.get(librarian().actor, session.id)).state).toBe('running');
    await other.end();
    expect(await recoverImportSessions(database.db, sessions)).toMatchObject({ running: 0, interrupted: 1 });
  });

  it('leaves alone a session whose import transaction is still open, though its process is gone', async () => {
    const { session } = await opened();
    const other = await otherProcess();
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [importLockClass, session.id]);
    await leftRunning(session, goneBoot);
    const settled = await settleImportSession(database.db, sessions, await sessions.get(librarian().actor, session.id));
    expect(settled.state).toBe('running');
    await other.query('ROLLBACK');
    await other.end();
    const after = await settleImportSession(database.db, sessions, await sessions.get(librarian().actor, session.id));
    expect(after.state).toBe('ready');
  });
});
