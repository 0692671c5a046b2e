import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { shippedMigrations } from '../migrate.ts';
import { BackupError, databaseEntry, type Manifest } from './manifest.ts';
import { pgliteTables } from './pglite.ts';
import { inspectPostgres } from './postgres.ts';
import { hasUploads } from './uploads.ts';

/** Refuses a backup that this installation cannot take, and a non-empty target without `force`. */
export async function checkTarget(config: Config, manifest: Manifest, force: boolean) {
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.engine !== engine) {
    throw new BackupError(
      `This backup comes from a ${manifest.engine} database and the configured database is ${engine}: ` +
        `restore it with the same engine (${manifest.engine === 'postgres' ? 'set' : 'unset'} DATABASE_URL). Nothing was changed.`,
    );
  }
  if (manifest.database.entry !== databaseEntry[engine]) throw new BackupError('The backup names an unknown dump.');
  const shipped = shippedMigrations().length;
  if (manifest.database.migrations > shipped) {
    throw new BackupError(
      `This backup was made by a newer version of Accroche (${manifest.database.migrations} migrations; this ` +
        `version has ${shipped}). Restore it with that version or a newer one. Nothing was changed.`,
    );
  }
  const uploads = (await hasUploads(path.join(config.dataDir, 'uploads'))) ? ' and its uploads folder holds files' : '';
  if (config.databaseUrl) {
    const target = await inspectPostgres(config.databaseUrl);
    if (target.others.length) {
      throw new BackupError(
        `${target.others.length} other session(s) are connected to the database ${target.database} ` +
          `(${[...new Set(target.others)].join(', ')}): stop the Accroche processes that use it, then restore. ` +
          'Nothing was changed.',
      );
    }
    if ((target.tables.length || uploads) && !force) {
      throw new BackupError(
        `The database ${target.database} is not empty (${target.tables.length} tables)${uploads}: a restore ` +
          'would replace it. Run again with --force to replace it. Nothing was changed.',
      );
    }
    const extra = target.tables.filter((t) => !(t in manifest.database.tables));
    if (extra.length) {
      throw new BackupError(
        `The database ${target.database} has tables the backup does not have (${extra.join(', ')}), which a ` +
          'restore would leave behind: restore into an empty database instead. Nothing was changed.',
      );
    }
    return;
  }
  const tables = await pgliteTables(path.join(config.dataDir, 'pglite'));
  if ((tables.length || uploads) && !force) {
    throw new BackupError(
      `The database in ${config.dataDir} is not empty (${tables.length} tables)${uploads}: a restore would ` +
        'replace it. Run again with --force to replace it. Nothing was changed.',
    );
  }
}
