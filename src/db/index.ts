export { type Database, type Db, openDatabase } from './client.ts';
export { DataDirLockedError } from './lock.ts';
export { type MigrationStatus, migrateDatabase, migrationStatus } from './migrate.ts';
export { referenceVersion, type SeedResult, seedReferenceData } from './seed/index.ts';
