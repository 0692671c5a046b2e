import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { processLockClass } from '../core/boot.ts';
import { lockDataDir } from './lock.ts';
import * as schema from './schema/index.ts';

/** The database handle the domain uses: the same type whether PGlite or PostgreSQL is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Where the data lives: a folder for PGlite, the server (password hidden) for PostgreSQL. */
  location: string;
  /** Runs a plain SQL statement (used by migrations and health checks). */
  raw(sql: string): Promise<Record<string, unknown>[]>;
  /** PGlite only: a tarball of the whole database, to start copies from (tests) or to back it up. */
  dump?(compression?: 'none' | 'gzip'): Promise<Blob>;
  /**
   * Holds, until `close`, the advisory lock that tells other processes sharing the database that this one is alive
   * (`core/boot.ts`). PostgreSQL only; with PGlite the folder lock says it already.
   */
  holdProcessLock(bootId: number): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL server; when absent, PGlite. */
  databaseUrl?: string | undefined;
  /** Data folder for PGlite; `undefined` with `memory: true` gives a throw-away in-memory database (tests). */
  dataDir?: string;
  memory?: boolean;
  /** With `memory`: start from this dump (`PGlite.dumpDataDir`) instead of an empty cluster. Tests use it. */
  template?: Blob | File;
}

/** PGlite and its extensions, loaded only when the embedded engine is used. */
export async function loadPglite() {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('drizzle-orm/pglite'),
  ]);
  return { PGlite, extensions: { pg_trgm, unaccent }, drizzle };
}

/** Opens the database named by the options. PGlite takes a lock on its folder, so one process uses it at a time. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  const { PGlite, extensions, drizzle } = await loadPglite();
  if (options.memory) {
    const client = await PGlite.create({ extensions, ...(options.template ? { loadDataDir: options.template } : {}) });
    return wrapPglite(client, drizzle, 'memory', async () => {});
  }
  if (!options.dataDir) throw new Error('openDatabase needs a dataDir or a databaseUrl');
  const folder = path.join(options.dataDir, 'pglite');
  const release = lockDataDir(options.dataDir);
  try {
    const client = await PGlite.create(folder, { extensions });
    return wrapPglite(client, drizzle, folder, async () => release());
  } catch (error) {
    release();
    throw error;
  }
}

/** The `Database` over a PGlite client; `release` runs after the client is closed. Tests lease clients through it. */
export function wrapPglite(
  client: PGlite,
  drizzle: typeof import('drizzle-orm/pglite').drizzle,
  location: string,
  release: () => Promise<void>,
): Database {
  return {
    db: drizzle({ client, schema }) as unknown as Db,
    engine: 'pglite',
    location,
    raw: async (sql) => (await client.query<Record<string, unknown>>(sql)).rows,
    dump: (compression = 'none') => client.dumpDataDir(compression),
    holdProcessLock: async () => {},
    close: async () => {
      await client.close();
      await release();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzleNodePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail early with the server's own message when it cannot be reached.
  const probe = await pool.connect();
  probe.release();
  const lock = processLock(pg, url);
  return {
    db: drizzleNodePg({ client: pool, schema }) as unknown as Db,
    engine: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    raw: async (sql) => (await pool.query(sql)).rows,
    holdProcessLock: lock.hold,
    close: async () => {
      await lock.release();
      await pool.end();
    },
  };
}

/**
 * The process advisory lock on a connection of its own, outside the pool (a pooled connection changes hands).
 * Should that connection drop while the process lives, the lock is taken again on a new one, so that other
 * processes do not take this one for dead for longer than the reconnection.
 */
function processLock(pg: typeof import('pg').default, url: string) {
  let client: import('pg').Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const again = (bootId: number) => {
    if (closed) return;
    retry = setTimeout(() => take(bootId).catch(() => again(bootId)), 1000);
    retry.unref();
  };
  const take = async (bootId: number): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true });
    next.on('error', () => {
      if (client !== next) return;
      client = undefined;
      again(bootId);
    });
    await next.connect();
    await next.query('SELECT pg_advisory_lock(hashtext($1), $2)', [processLockClass, bootId]);
    if (closed) await next.end();
    else client = next;
  };
  return {
    hold: take,
    release: async () => {
      closed = true;
      clearTimeout(retry);
      const held = client;
      client = undefined;
      await held?.end().catch(() => {});
    },
  };
}
