import { inject } from 'vitest';
import { type Database, migrateDatabase, openDatabase } from '../src/db/index.ts';
import { seedReferenceData } from '../src/domain/reference/index.ts';
import { leasePglite } from './pglite-pool.ts';
import { throwAwayPostgres } from './postgres.ts';

/** What a global setup prepared once per run, when there is one (a project without that setup provides nothing). */
function provided(key: 'pgliteTemplate' | 'postgresTemplate'): string | undefined {
  try {
    return inject(key) || undefined;
  } catch {
    return undefined;
  }
}

/** The prepared PGlite dump built once per run by `test/global-setup.ts`. */
const templateFile = () => provided('pgliteTemplate');

/** The engine this test run is for: `pglite` (default) or `postgres` (needs DATABASE_URL). */
export const engine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase extends Database {
  /** The connection string of the throw-away PostgreSQL database, when on PostgreSQL. */
  url?: string;
  /** Closes and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh database for one test file: in-memory PGlite, or a new database on the PostgreSQL server of DATABASE_URL,
 * dropped afterwards. `prepared` (the default) gives it the migrations and the reference data, copied from the
 * template the project's global setup built once (on PGlite, a database an earlier file of the same worker gave back,
 * restored to that template: see `test/pglite-pool.ts`); `prepared: false` gives an empty one.
 */
export async function freshDatabase(options: { prepared?: boolean } = { prepared: true }): Promise<TestDatabase> {
  let database: Database;
  let url: string | undefined;
  let drop = async () => {};
  if (engine === 'postgres') {
    const admin = process.env.DATABASE_URL;
    if (!admin) throw new Error('TEST_DB=postgres needs DATABASE_URL');
    const template = options.prepared !== false ? provided('postgresTemplate') : undefined;
    const created = await throwAwayPostgres(admin, 'accroche_test', template);
    url = created.url;
    database = await openDatabase({ databaseUrl: url });
    drop = created.drop;
    if (template) {
      return { ...database, url, dispose: () => database.close().finally(drop) };
    }
  } else if (options.prepared !== false && templateFile()) {
    return leasePglite(templateFile() as string);
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
