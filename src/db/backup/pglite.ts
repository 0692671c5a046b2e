import fs from 'node:fs';
import path from 'node:path';
import { type Database, loadPglite } from '../client.ts';
import { BackupError, countRows, listTables } from './manifest.ts';

/**
 * The embedded database's side of backups. The dump is PGlite's own (`dumpDataDir`): a gzipped tarball of the
 * data folder, taken while the process holds the only connection, so nothing writes during it. A checkpoint
 * first keeps the write-ahead log it carries short.
 */
export async function dumpPglite(database: Database) {
  if (!database.dump) throw new BackupError('This PGlite database cannot be dumped.');
  await database.raw('CHECKPOINT');
  const tables = await countRows(database.raw);
  const [version] = await database.raw('SHOW server_version');
  const dump = await database.dump('gzip');
  return { tables, serverVersion: String(version?.server_version), bytes: new Uint8Array(await dump.arrayBuffer()) };
}

/** Opens a PGlite folder directly: the caller holds the data folder's lock already. */
async function openFolder(folder: string, loadDataDir?: Blob) {
  const { PGlite, extensions } = await loadPglite();
  const client = await PGlite.create(folder, { extensions, ...(loadDataDir ? { loadDataDir } : {}) });
  const raw: Database['raw'] = async (sql) => (await client.query<Record<string, unknown>>(sql)).rows;
  return { raw, close: () => client.close() };
}

/** The tables of the PGlite database in `folder` (none when there is no cluster there yet). */
export async function pgliteTables(folder: string): Promise<string[]> {
  if (!fs.existsSync(path.join(folder, 'PG_VERSION'))) return [];
  const database = await openFolder(folder);
  try {
    return await listTables(database.raw);
  } finally {
    await database.close();
  }
}

/**
 * Creates a new PGlite folder from a dumped tarball and returns the row count of each of its tables, read back
 * from the new cluster (so that the count is what a server will find there).
 */
export async function loadPgliteFolder(folder: string, dumpFile: string): Promise<Record<string, number>> {
  const blob = await fs.openAsBlob(dumpFile, { type: 'application/gzip' });
  const database = await openFolder(folder, blob);
  try {
    return await countRows(database.raw);
  } finally {
    await database.close();
  }
}
