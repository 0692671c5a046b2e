export { type BackupReport, createBackup } from './create-backup.ts';
export { BackupError, type Manifest } from './manifest.ts';
export { type RestoreReport, restoreBackup } from './restore-backup.ts';
