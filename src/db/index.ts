export { type Database, type Db, openDatabase } from './client.ts';
export { DataDirLockedError } from './lock.ts';
export { type MigrationStatus, migrateDatabase, migrationStatus } from './migrate.ts';
