import path from 'node:path';
import type { Database } from '../client.ts';
import { countRows, listTables } from './manifest.ts';
import { chooseTools, connectionFor, findPgTools, majorOf, run } from './pg-tools.ts';

/**
 * The PostgreSQL server's side of backups, through Debian's client programs: `pg_dump --format=custom` and
 * `pg_restore --single-transaction --clean --if-exists`, so that a restore is all or nothing.
 */
async function connect(url: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const raw: Database['raw'] = async (sql) => (await client.query(sql)).rows;
  const [info] = await raw("SELECT current_setting('server_version') AS v, current_database() AS db");
  return { client, raw, serverVersion: String(info?.v), database: String(info?.db) };
}

/**
 * Dumps the database into `file`. The row counts and the dump read the same snapshot (exported by a
 * repeatable-read transaction and handed to pg_dump), so they agree even while the application writes.
 */
export async function dumpPostgres(url: string, file: string) {
  const server = await connect(url);
  try {
    const tools = chooseTools(await findPgTools(), majorOf(server.serverVersion), 'the PostgreSQL server');
    await server.raw('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [snapshot] = await server.raw('SELECT pg_export_snapshot() AS id');
    const tables = await countRows(server.raw);
    const { dbname, env } = connectionFor(url);
    await run(
      path.join(tools.dir, 'pg_dump'),
      ['--format=custom', `--snapshot=${snapshot?.id}`, '--no-password', `--file=${file}`, `--dbname=${dbname}`],
      env,
    );
    await server.raw('COMMIT');
    return { tables, serverVersion: server.serverVersion, dumpedWith: tools.version };
  } finally {
    await server.client.end();
  }
}

/** What a restore needs to know of the target first: its tables, and who else is connected to it. */
export async function inspectPostgres(url: string) {
  const server = await connect(url);
  try {
    const tables = await listTables(server.raw);
    const others = await server.raw(
      `SELECT coalesce(nullif(application_name, ''), host(client_addr), 'local') AS who FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return { tables, database: server.database, others: others.map((r) => String(r.who)) };
  } finally {
    await server.client.end();
  }
}

/**
 * Restores a custom-format dump in one transaction: on any error pg_restore rolls back and the database is as it
 * was. Objects are created as the connecting role (`--no-owner --no-privileges`), so a backup moves between
 * servers whose roles differ. Returns the row counts read afterwards.
 */
export async function restorePostgres(url: string, file: string, dumpedWith: string | undefined) {
  const tools = chooseTools(await findPgTools(), majorOf(dumpedWith ?? '0'), 'the pg_dump that wrote the backup');
  const { dbname, env } = connectionFor(url);
  await run(
    path.join(tools.dir, 'pg_restore'),
    [
      '--single-transaction',
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--no-password',
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
  const server = await connect(url);
  try {
    return await countRows(server.raw);
  } finally {
    await server.client.end();
  }
}
