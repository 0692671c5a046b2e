import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DEMO_TOTP_KEY } from '../src/cli/demo-two-factor.ts';
import { throwAwayPostgres as throwAway } from '../test/postgres.ts';
import { totpCode } from '../test/totp-code.ts';
import { type RunningServer, startServer } from './server.ts';

/** A client for a real server: cookies kept, forms posted with the CSRF token of the cookie, JSON for the API. */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  constructor(public base: string) {}

  private async send(pathname: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
    const res = await fetch(this.base + pathname, {
      ...init,
      redirect: 'manual',
      headers: {
        origin: this.base,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...init.headers,
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return res;
  }

  get(pathname: string) {
    return this.send(pathname);
  }

  postForm(pathname: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ _csrf: this.cookies.get('accroche.csrf') ?? '', ...fields });
    return this.send(pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  postFile(pathname: string, fields: Record<string, string>, file: File) {
    const body = new FormData();
    body.set('_csrf', this.cookies.get('accroche.csrf') ?? '');
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append('file', file);
    return this.send(pathname, { method: 'POST', body });
  }

  json(method: 'POST' | 'PUT', pathname: string, value: unknown, headers: Record<string, string> = {}) {
    return this.send(pathname, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(value),
    });
  }

  /**
   * Signs in through the sign-in page, as a person does; staff demo accounts then give the code of the demo
   * two-step key, as the person's phone would.
   */
  async signIn(email: string, password: string): Promise<void> {
    await this.get('/en/sign-in');
    const res = await this.postForm('/en/sign-in', { email, password });
    if (res.status !== 303) throw new Error(`sign-in of ${email} answered ${res.status}`);
    const next = new URL(res.headers.get('location') ?? '', this.base || 'http://localhost');
    if (!next.pathname.endsWith('/sign-in/two-factor')) return;
    const step = `${next.pathname}${next.search}`;
    await this.get(step);
    const code = await this.postForm(step, { code: totpCode(DEMO_TOTP_KEY) });
    if (code.status !== 303) throw new Error(`two-step code of ${email} answered ${code.status}`);
  }
}

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
