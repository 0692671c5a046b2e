import type { Config } from '../core/config.ts';
import { type Database, migrateDatabase, migrationStatus, openDatabase } from '../db/index.ts';

/** Opens the configured database (PGlite folder or PostgreSQL server). */
export function openConfigured(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/** Brings a database up to date: migrations, then the reference data when this version's is not loaded yet. */
export async function prepare(database: Database, config: Config) {
  await migrateDatabase(database, config.databaseUrl);
  // Loaded here, not with this module: the seed runs the verbs of several areas, and `serve` imports this module
  // before it starts opening the database (which then overlaps with loading the web layer and these areas).
  const { seedReferenceData } = await import('../domain/reference/index.ts');
  return seedReferenceData(database);
}

/** `/readyz`: the database answers and its migrations are the ones this version ships. */
export function readinessOf(database: Database) {
  return async () => {
    try {
      const status = await migrationStatus(database);
      return {
        database: true,
        migrations: status.current,
        ...(status.current ? {} : { detail: `pending migrations: ${status.pending.join(', ')}` }),
      };
    } catch (error) {
      return { database: false, migrations: false, detail: (error as Error).message };
    }
  };
}
