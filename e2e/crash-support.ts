import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { throwAwayPostgres as throwAway } from '../test/postgres.ts';
import { type RunningServer, startServer } from './server.ts';

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs` (generous: a busy machine is slow). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills the server with SIGKILL (no shutdown code runs) and waits until the process is gone. */
export async function killNine(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) throw new Error('the server had already stopped');
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
}

/** What a start of the server measured: wall time from spawn to listening, and the server's own start-up time. */
export interface StartFigures {
  wallMs: number;
  startupMs: number;
}

/** Starts the server, with the figures of its start. */
export async function timedStart(env: Record<string, string>): Promise<{ server: RunningServer } & StartFigures> {
  const began = performance.now();
  const server = await startServer(env, { timeoutMs: 300_000 });
  const wallMs = Math.round(performance.now() - began);
  const line = server.output.find((l) => l.includes('"startupMs"'));
  const startupMs = line ? Number(JSON.parse(line).startupMs) : Number.NaN;
  return { server, wallMs, startupMs };
}

/** The PID recorded in a data folder's lock file, or null when there is none. */
export function lockHolder(dataDir: string): number | null {
  const file = path.join(dataDir, 'accroche.lock');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid : null;
}

/** A throw-away database on the PostgreSQL server of DATABASE_URL, dropped by `drop`. */
export const throwAwayPostgres = (admin: string) => throwAway(admin, 'accroche_crash');

/**
 * PostgreSQL only: holds a table in SHARE mode from another connection, so that the server's next INSERT into it
 * waits, inside its transaction, with everything before it written. `blocked` resolves once the server is
 * waiting there; `release` ends the hold and waits until no connection of the killed server is left; `abandon`
 * (after a failure) only ends the hold.
 */
export async function holdTable(url: string, table: 'audit_log' | 'mail_outbox') {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET lock_timeout = '120s'");
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN SHARE MODE`);
  let held = true;
  const count = async (where: string, params: unknown[] = []) => {
    // Inside a transaction, the activity view is a snapshot taken at its first reading: clear it each time.
    await client.query('SELECT pg_stat_clear_snapshot()');
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()
         AND pid <> pg_backend_pid() ${where}`,
      params,
    );
    return result.rows[0]?.n ?? 0;
  };
  const end = async () => {
    if (!held) return;
    held = false;
    await client.query('ROLLBACK');
  };
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    await client.end();
  };
  return {
    blocked: () =>
      until(`an INSERT into ${table} waiting for its lock`, async () => {
        const n = await count(`AND wait_event_type = 'Lock' AND query LIKE $1`, [`insert into "${table}"%`]);
        return n > 0;
      }),
    release: async () => {
      await end();
      await until('the connections of the killed server to close', async () => (await count('')) === 0);
      await close();
    },
    abandon: async () => {
      await end().catch(() => {});
      await close().catch(() => {});
    },
  };
}
