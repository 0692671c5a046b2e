import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { fromRoot } from '../../core/paths.ts';
import { openDatabase } from '../client.ts';
import { BackupError, databaseEntry, formatVersion, type Manifest, manifestEntry, migrationsIn } from './manifest.ts';
import { dumpPglite } from './pglite.ts';
import { dumpPostgres } from './postgres.ts';
import { TarWriter } from './tar.ts';
import { hashFile, listUploads } from './uploads.ts';

export interface BackupReport {
  file: string;
  bytes: number;
  manifest: Manifest;
  /** Stored files whose content no longer matches their name (damaged on disk before the backup). */
  damaged: string[];
}

/** Dumps the configured database into `file`, returning what the manifest records about it. */
async function dumpDatabase(config: Config, file: string) {
  if (config.databaseUrl) return { engine: 'postgres' as const, ...(await dumpPostgres(config.databaseUrl, file)) };
  // Opening takes the data folder's lock: a running server makes this stop with its PID, before anything is read.
  const database = await openDatabase({ dataDir: config.dataDir });
  try {
    const { bytes, ...dump } = await dumpPglite(database);
    await fsp.writeFile(file, bytes, { flag: 'wx' });
    return { engine: 'pglite' as const, dumpedWith: undefined, ...dump };
  } finally {
    await database.close();
  }
}

/**
 * Writes one backup file (a tar: manifest.json, the database dump, the uploaded files) to `output`. The archive is
 * built beside it under a temporary name and renamed at the end, so a failed backup leaves no file under the real
 * name. The database is dumped before the uploads are listed: stored files are never changed or removed, so every
 * file the dump refers to is in the backup.
 */
export async function createBackup(config: Config, output: string, now = new Date()): Promise<BackupReport> {
  const file = path.resolve(output);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists: choose another name or remove it.`);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const work = await fsp.mkdtemp(path.join(path.dirname(file), '.accroche-backup-'));
  try {
    const dumpFile = path.join(work, 'database');
    const dump = await dumpDatabase(config, dumpFile);
    const { files, damaged } = await listUploads(path.join(config.dataDir, 'uploads'));
    const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
    const manifest: Manifest = {
      format: 'accroche-backup',
      formatVersion,
      createdAt: now.toISOString(),
      accrocheVersion: pkg.version,
      engine: dump.engine,
      database: {
        entry: databaseEntry[dump.engine],
        ...(await hashFile(dumpFile)),
        migrations: migrationsIn(dump.tables),
        serverVersion: dump.serverVersion,
        ...(dump.dumpedWith ? { dumpedWith: dump.dumpedWith } : {}),
        tables: dump.tables,
      },
      uploads: files,
    };
    const partial = path.join(work, 'backup.tar');
    const tar = await TarWriter.create(partial);
    try {
      await tar.addBuffer(manifestEntry, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), now);
      await tar.addFile(manifest.database.entry, dumpFile, manifest.database.size, now);
      for (const upload of files) {
        await tar.addFile(`uploads/${upload.path}`, path.join(config.dataDir, 'uploads', upload.path), upload.size);
      }
      await tar.close();
    } catch (error) {
      await tar.abort();
      throw error;
    }
    await fsp.rename(partial, file);
    return { file, bytes: fs.statSync(file).size, manifest, damaged };
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}
