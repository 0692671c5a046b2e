import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { loadPglite, wrapPglite } from '../src/db/client.ts';
import type { Database } from '../src/db/index.ts';

/**
 * In-memory PGlite databases for the test files of one worker, kept open from one file to the next.
 *
 * Starting a PGlite database from the template dump costs about two seconds of CPU (reading a 40 MB tarball, then
 * starting PostgreSQL in WebAssembly); most test files need exactly one. So a database a file has finished with is
 * put back to the state the template gave it, and the worker's next file gets it:
 * - every table is emptied and refilled with the rows the template had (triggers off, so the audit log's guard and
 *   the search triggers do not run), and every sequence is set back to its value;
 * - only if the catalogue (tables, columns, triggers, functions, extensions, temporary tables) is still the
 *   template's, compared by a fingerprint: a file that changed the schema has its database closed instead.
 * A file holds its database through a lease: once the file closes or disposes it, the lease refuses every query,
 * so work a file leaves running cannot reach the next file's data.
 */

interface Snapshot {
  fingerprint: string;
  tables: { name: string; columns: string; rows: string | null }[];
  sequences: { name: string; value: string | null; start: string }[];
}

interface Pooled {
  client: PGlite;
  snapshot: Snapshot;
  /** Which PGlite instance this is, for the pool's own test. */
  serial: number;
}

let opened = 0;
const serials = new WeakMap<object, number>();

/** Which PGlite instance is behind a leased database (the pool's test tells a kept one from a new one by it). */
export const instanceOf = (database: object): number | undefined => serials.get(database);

/** Databases kept for reuse beyond this many are closed: a file that opens several at once gets fresh ones. */
const KEEP = 2;

const shared = globalThis as typeof globalThis & {
  accrochePglitePool?: { free: Pooled[]; template?: { file: string; blob: Blob; snapshot?: Snapshot } };
};
shared.accrochePglitePool ??= { free: [] };
const pool = shared.accrochePglitePool;

const FINGERPRINT = `
  SELECT md5(coalesce(string_agg(item, '|' ORDER BY item), '')) AS fingerprint FROM (
    SELECT 'class:' || n.nspname || '.' || c.relname || ':' || c.relkind::text AS item
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
    UNION ALL
    SELECT 'column:' || c.oid::regclass::text || '.' || a.attname || ':' || a.atttypid::regtype::text
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE a.attnum > 0 AND NOT a.attisdropped
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
    UNION ALL
    SELECT 'trigger:' || tgrelid::regclass::text || '.' || tgname || ':' || tgenabled::text FROM pg_trigger
    UNION ALL
    SELECT 'function:' || p.oid::regprocedure::text
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT 'extension:' || extname || ':' || extversion FROM pg_extension
  ) items`;

const TABLES = `
  SELECT format('%I.%I', n.nspname, c.relname) AS name,
         (SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_t%'
   ORDER BY 1`;

async function fingerprint(client: PGlite): Promise<string> {
  const { rows } = await client.query<{ fingerprint: string }>(FINGERPRINT);
  return rows[0]?.fingerprint ?? '';
}

/** What the template put in the database: every table's rows as JSON, and every sequence's value. */
async function takeSnapshot(client: PGlite): Promise<Snapshot> {
  const tables: Snapshot['tables'] = [];
  for (const table of (await client.query<{ name: string; columns: string }>(TABLES)).rows) {
    const { rows } = await client.query<{ rows: string | null }>(
      `SELECT json_agg(t)::text AS rows FROM ${table.name} t`,
    );
    tables.push({ ...table, rows: rows[0]?.rows ?? null });
  }
  const sequences = (
    await client.query<{ name: string; value: string | null; start: string }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value, start_value::text AS start
         FROM pg_sequences`,
    )
  ).rows;
  return { fingerprint: await fingerprint(client), tables, sequences };
}

/** Puts the database back as the snapshot found it; false when it cannot be (its schema changed). */
async function restore(entry: Pooled): Promise<boolean> {
  const { client, snapshot } = entry;
  if (client.closed) return false;
  if ((await fingerprint(client)) !== snapshot.fingerprint) return false;
  await client.transaction(async (tx) => {
    await tx.exec('SET LOCAL session_replication_role = replica');
    await tx.exec(`TRUNCATE ${snapshot.tables.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`);
    for (const table of snapshot.tables) {
      if (!table.rows) continue;
      await tx.query(
        `INSERT INTO ${table.name} (${table.columns}) OVERRIDING SYSTEM VALUE
         SELECT ${table.columns} FROM json_populate_recordset(null::${table.name}, $1::json)`,
        [table.rows],
      );
    }
    for (const sequence of snapshot.sequences) {
      await tx.query(
        sequence.value === null
          ? 'SELECT setval($1::regclass, $2::bigint, false)'
          : 'SELECT setval($1::regclass, $2::bigint)',
        [sequence.name, sequence.value ?? sequence.start],
      );
    }
  });
  return true;
}

async function openFromTemplate(file: string): Promise<Pooled> {
  if (pool.template?.file !== file) pool.template = { file, blob: new Blob([fs.readFileSync(file)]) };
  const { PGlite, extensions } = await loadPglite();
  const client = await PGlite.create({ extensions, loadDataDir: pool.template.blob });
  // Every copy of one dump starts the same: its snapshot is taken once per worker.
  pool.template.snapshot ??= await takeSnapshot(client);
  opened += 1;
  return { client, snapshot: pool.template.snapshot, serial: opened };
}

/** A query method of a leased client: refused once the lease has ended. */
function leased(client: PGlite, open: () => boolean): PGlite {
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!open()) return Promise.reject(new Error('this test database was closed'));
        return value.apply(target, args);
      };
    },
  });
}

/**
 * A database with the template's data for one test file: a kept one from an earlier file of this worker when there
 * is one, else a new one from the template dump. `dispose` gives it back.
 */
export async function leasePglite(templateFile: string): Promise<Database & { dispose(): Promise<void> }> {
  const entry = pool.free.pop() ?? (await openFromTemplate(templateFile));
  const { drizzle } = await loadPglite();
  let open = true;
  let disposed = false;
  // The lease's `close` only ends the lease: the client itself stays open for the next file.
  const database: Database & { dispose(): Promise<void> } = {
    ...wrapPglite(
      leased(entry.client, () => open),
      drizzle,
      'memory',
      async () => {},
    ),
    close: async () => {
      open = false;
    },
    dispose: async () => {
      open = false;
      if (disposed) return;
      disposed = true;
      const reusable = pool.free.length < KEEP && (await restore(entry).catch(() => false));
      if (reusable) pool.free.push(entry);
      else if (!entry.client.closed) await entry.client.close();
    },
  };
  serials.set(database, entry.serial);
  return database;
}
