import { z } from 'zod';
import type { Database } from '../client.ts';

/** The version of the backup layout this code writes; restore refuses a newer one. */
export const formatVersion = 1;
export const manifestEntry = 'manifest.json';

/** Name of the database entry inside the archive, per engine. */
export const databaseEntry = {
  pglite: 'database/pglite-datadir.tar.gz',
  postgres: 'database/postgres.dump',
} as const;

/** Uploaded files keep their path under the uploads folder: two hex digits, then the SHA-256 (the FileStore). */
const uploadPath = z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{64}$/, 'not a stored file path');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const Manifest = z.object({
  format: z.literal('accroche-backup'),
  formatVersion: z.number().int().positive(),
  createdAt: z.string(),
  accrocheVersion: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  database: z.object({
    entry: z.string(),
    sha256,
    size: z.number().int().nonnegative(),
    migrations: z.number().int().nonnegative(),
    /** Server version (PostgreSQL) or PGlite's PostgreSQL version, and the pg_dump that wrote the entry. */
    serverVersion: z.string(),
    dumpedWith: z.string().optional(),
    /** Row count per table, keyed `schema.table`. */
    tables: z.record(z.string(), z.number().int().nonnegative()),
  }),
  uploads: z.array(z.object({ path: uploadPath, sha256, size: z.number().int().nonnegative() })),
});
export type Manifest = z.infer<typeof Manifest>;

/** Raised for a backup that cannot be restored here, or a backup that cannot be made; the message says why. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table outside PostgreSQL's own schemas (the application's and drizzle's migration journal). */
export async function listTables(raw: Database['raw']): Promise<string[]> {
  const rows = await raw(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
       AND table_schema NOT LIKE 'pg\\_%'
     ORDER BY 1, 2`,
  );
  return rows.map((r) => `${r.s}.${r.t}`);
}

/** The row count of every table, keyed `schema.table`. */
export async function countRows(raw: Database['raw']): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(raw)) {
    const [schema = '', name = ''] = table.split(/\.(.*)/s);
    const [row] = await raw(`SELECT count(*)::text AS n FROM ${quote(schema)}.${quote(name)}`);
    counts[table] = Number(row?.n);
  }
  return counts;
}

/** The migrations applied, read from the row count of drizzle's journal table (0 before the first migration). */
export const migrationsIn = (tables: Record<string, number>) => tables['drizzle.__drizzle_migrations'] ?? 0;

/** Differences between the row counts found and those the manifest records, one readable line each. */
export function compareCounts(expected: Record<string, number>, found: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(expected)) {
    if (!(table in found)) problems.push(`table ${table} is missing (the backup has ${rows} rows)`);
    else if (found[table] !== rows) problems.push(`table ${table}: ${found[table]} rows, the backup has ${rows}`);
  }
  for (const table of Object.keys(found)) {
    if (!(table in expected)) problems.push(`table ${table} is not in the backup`);
  }
  return problems;
}
