// biome-ignore lint/style/noRestrictedImports: temporary forwarder, see seedReferenceData below (a type, erased).
import type { SeedResult } from '../domain/reference/index.ts';
import type { Database } from './client.ts';

export { type Database, type Db, openDatabase } from './client.ts';
export { DataDirLockedError } from './lock.ts';
export { type MigrationStatus, migrateDatabase, migrationStatus } from './migrate.ts';

/**
 * Temporary forwarder: loading the reference data moved to `domain/reference` (it runs domain verbs, and `db/`
 * never imports the domain). It stays here only for the callers outside `src/` that still import it from this
 * file (e2e/applications.test.ts, bench/library.ts); remove it once they import `seedReferenceData` from
 * `src/domain/reference/index.ts`. The domain is loaded when the function is called, so that importing `db/`
 * does not load it.
 */
export async function seedReferenceData(database: Database, options?: { force?: boolean }): Promise<SeedResult> {
  // biome-ignore lint/style/noRestrictedImports: temporary forwarder, see above.
  const { seedReferenceData: seed } = await import('../domain/reference/index.ts');
  return seed(database, options);
}
