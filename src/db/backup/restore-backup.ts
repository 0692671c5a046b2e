import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { DataDirLockedError, lockDataDir } from '../lock.ts';
import { shippedMigrations } from '../migrate.ts';
import { checkTarget } from './check-target.ts';
import { BackupError, compareCounts, type Manifest } from './manifest.ts';
import { loadPgliteFolder } from './pglite.ts';
import { restorePostgres } from './postgres.ts';
import { stageBackup } from './stage.ts';
import { listUploads } from './uploads.ts';

export interface RestoreReport {
  manifest: Manifest;
  /** Whether the database and the uploads were replaced (false when a check failed on the staged copy). */
  replaced: boolean;
  /** Every difference with the manifest found after the restore; empty when all matched. */
  problems: string[];
  /** Shipped migrations the restored database has not applied yet (they run at the next migrate or serve). */
  pendingMigrations: number;
}

/** Replaces `live` by `staged`, keeping the previous one at `old` (removed with the staging folder). */
async function swapIn(staged: string, live: string, old: string) {
  const hadOne = fs.existsSync(live);
  if (hadOne) await fsp.rename(live, old);
  try {
    await fsp.rename(staged, live);
  } catch (error) {
    if (hadOne) await fsp.rename(old, live);
    throw error;
  }
}

/** Differences between the stored files now in place and the manifest's list. */
async function checkUploads(root: string, manifest: Manifest): Promise<string[]> {
  const found = new Map((await listUploads(root)).files.map((f) => [f.path, f]));
  const problems: string[] = [];
  for (const want of manifest.uploads) {
    const got = found.get(want.path);
    if (!got) problems.push(`file ${want.path} is missing`);
    else if (got.sha256 !== want.sha256 || got.size !== want.size) problems.push(`file ${want.path} differs`);
    found.delete(want.path);
  }
  for (const extra of found.keys()) problems.push(`file ${extra} is not in the backup`);
  return problems;
}

/**
 * Restores a backup into the configured database and data folder. Everything is first read into a staging
 * folder inside DATA_DIR and checked against the manifest; then the database is built in a fresh place (PGlite:
 * a new data folder, checked and renamed into place; PostgreSQL: pg_restore in one transaction) and the uploads
 * folder is swapped in. On PGlite the data folder's lock is held throughout, so a running server stops it.
 */
export async function restoreBackup(config: Config, file: string, options: { force: boolean }) {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`No such file: ${source}`);
  let release = () => {};
  if (!config.databaseUrl) {
    try {
      release = lockDataDir(config.dataDir);
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error;
      const { pid, host, startedAt } = error.holder;
      throw new BackupError(
        `Cannot restore: the data folder ${config.dataDir} is in use by process ${pid} on ${host} (since ` +
          `${startedAt}), most likely the Accroche server. Stop it, then restore. Nothing was changed.`,
      );
    }
  }
  await fsp.mkdir(config.dataDir, { recursive: true });
  const staging = await fsp.mkdtemp(path.join(config.dataDir, '.restore-'));
  try {
    const manifest = await stageBackup(source, staging, (m) => checkTarget(config, m, options.force));
    const pendingMigrations = shippedMigrations().length - manifest.database.migrations;
    const dumpFile = path.join(staging, 'database');
    let problems: string[];
    if (config.databaseUrl) {
      const counts = await restorePostgres(config.databaseUrl, dumpFile, manifest.database.dumpedWith);
      problems = compareCounts(manifest.database.tables, counts);
    } else {
      await fsp.mkdir(path.join(staging, 'pglite'));
      const counts = await loadPgliteFolder(path.join(staging, 'pglite'), dumpFile);
      problems = compareCounts(manifest.database.tables, counts);
      // A PGlite copy that does not match is not put in place: the current database stays as it was.
      if (problems.length) return { manifest, replaced: false, problems, pendingMigrations };
      await swapIn(path.join(staging, 'pglite'), path.join(config.dataDir, 'pglite'), path.join(staging, 'old-db'));
    }
    const uploads = path.join(config.dataDir, 'uploads');
    await swapIn(path.join(staging, 'uploads'), uploads, path.join(staging, 'old-uploads'));
    problems.push(...(await checkUploads(uploads, manifest)));
    return { manifest, replaced: true, problems, pendingMigrations } satisfies RestoreReport;
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
    release();
  }
}
