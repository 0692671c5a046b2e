import fs from 'node:fs';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { fromRoot } from '../core/paths.ts';
import type { Database } from './client.ts';

export const migrationsFolder = fromRoot('src/db/migrations');

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** The migrations shipped with this version, oldest first. */
export function shippedMigrations(): Journal['entries'] {
  const journal = JSON.parse(fs.readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries;
}

/**
 * Applies the migrations not yet applied. On PostgreSQL an advisory lock keeps two processes that start together
 * from migrating at the same time.
 */
export async function migrateDatabase(database: Database, databaseUrl?: string): Promise<void> {
  if (database.engine === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const [{ default: pg }, { drizzle: drizzleNodePg }, { migrate: migrateNodePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('accroche.migrate'))");
    await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder });
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('accroche.migrate'))").catch(() => {});
    await client.end();
  }
}

export interface MigrationStatus {
  applied: number;
  shipped: number;
  current: boolean;
  /** Tags of shipped migrations not applied yet. */
  pending: string[];
}

/** Compares the migrations recorded in the database with those shipped with this version. */
export async function migrationStatus(database: Database): Promise<MigrationStatus> {
  const shipped = shippedMigrations();
  let appliedAt: number[] = [];
  try {
    const rows = await database.raw('SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at');
    appliedAt = rows.map((r) => Number(r.created_at));
  } catch {
    appliedAt = []; // no migration table yet
  }
  const done = new Set(appliedAt);
  const pending = shipped.filter((m) => !done.has(m.when)).map((m) => m.tag);
  return { applied: appliedAt.length, shipped: shipped.length, current: pending.length === 0, pending };
}
