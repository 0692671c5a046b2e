import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, migrateDatabase, openDatabase, seedReferenceData } from '../src/db/index.ts';
import { throwAwayPostgres } from './postgres.ts';

/** The prepared PGlite dump built once per run by `test/global-setup.ts`, when there is one. */
function templateFile(): string | undefined {
  try {
    return inject('pgliteTemplate') || undefined;
  } catch {
    return undefined;
  }
}

/** The engine this test run is for: `pglite` (default) or `postgres` (needs DATABASE_URL). */
export const engine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase extends Database {
  /** The connection string of the throw-away PostgreSQL database, when on PostgreSQL. */
  url?: string;
  /** Closes and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: in-memory PGlite, or a new database on the PostgreSQL server of
 * DATABASE_URL, dropped afterwards. `prepared` applies the migrations and loads the reference data.
 */
export async function freshDatabase(options: { prepared?: boolean } = { prepared: true }): Promise<TestDatabase> {
  let database: Database;
  let url: string | undefined;
  let drop = async () => {};
  if (engine === 'postgres') {
    const admin = process.env.DATABASE_URL;
    if (!admin) throw new Error('TEST_DB=postgres needs DATABASE_URL');
    const created = await throwAwayPostgres(admin);
    url = created.url;
    database = await openDatabase({ databaseUrl: url });
    drop = created.drop;
  } else if (options.prepared !== false && templateFile()) {
    const bytes = fs.readFileSync(templateFile() as string);
    database = await openDatabase({ memory: true, template: new Blob([bytes]) });
    return { ...database, dispose: () => database.close() };
  } else {
    database = await openDatabase({ memory: true });
  }
  if (options.prepared !== false) {
    await migrateDatabase(database, url);
    await seedReferenceData(database);
  }
  return {
    ...database,
    ...(url ? { url } : {}),
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}
