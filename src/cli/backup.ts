import type { Config } from '../core/config.ts';
import { BackupError, createBackup, type Manifest, restoreBackup } from '../db/backup/index.ts';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function describe(manifest: Manifest) {
  const tables = Object.values(manifest.database.tables);
  const rows = tables.reduce((a, b) => a + b, 0);
  const files = manifest.uploads.reduce((a, u) => a + u.size, 0);
  return {
    database: `${manifest.engine} (PostgreSQL ${manifest.database.serverVersion}), ${manifest.database.migrations} migrations, ${tables.length} tables, ${rows} rows`,
    uploads: `${manifest.uploads.length} files, ${size(files)}`,
  };
}

/** `accroche backup FILE`: one file with the database and the uploaded files, and its manifest. */
export async function backupCommand(config: Config, file: string | undefined, print: (line: string) => void) {
  if (!file) {
    print('Usage: accroche backup FILE');
    return 2;
  }
  const started = performance.now();
  try {
    const report = await createBackup(config, file);
    const summary = describe(report.manifest);
    print(`Backup written to ${report.file} (${size(report.bytes)}) in ${seconds(started)}.`);
    print(`  database: ${summary.database}`);
    print(`  uploads:  ${summary.uploads}`);
    for (const name of report.damaged) print(`  warning: uploads/${name} does not match its name (damaged on disk)`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
}

/**
 * `accroche restore FILE [--force]`: restores a backup, then checks every table's row count and every file's
 * checksum against the manifest. Exits with 1 on a refusal or any difference.
 */
export async function restoreCommand(
  config: Config,
  args: { file: string | undefined; force: boolean },
  print: (line: string) => void,
) {
  if (!args.file) {
    print('Usage: accroche restore FILE [--force]');
    return 2;
  }
  const started = performance.now();
  try {
    const report = await restoreBackup(config, args.file, { force: args.force });
    const summary = describe(report.manifest);
    const where = config.databaseUrl ? 'the PostgreSQL database' : `the data folder ${config.dataDir}`;
    print(
      report.replaced
        ? `Restored the backup of ${report.manifest.createdAt} into ${where} in ${seconds(started)}.`
        : `The restored copy does not match the backup: ${where} was left as it was.`,
    );
    print(`  database: ${summary.database}`);
    print(`  uploads:  ${summary.uploads}`);
    for (const problem of report.problems) print(`  MISMATCH ${problem}`);
    if (report.problems.length) return 1;
    print('  check:    every table has the row count and every file the SHA-256 that the manifest records.');
    if (report.pendingMigrations > 0) {
      print(`  note:     ${report.pendingMigrations} newer migrations will be applied by the next migrate or serve.`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
}
