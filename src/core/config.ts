import path from 'node:path';
import { z } from 'zod';

/** Raised when the environment does not describe a usable configuration; names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n')}\n` +
        'See .env.example for the variables Accroche reads.',
    );
    this.name = 'ConfigError';
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const postgresUrl = z
  .string()
  .url('must be a URL such as postgres://user:password@localhost:5432/accroche')
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be at most 65535').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
  BASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine(isHttpUrl, 'must be an absolute http:// or https:// address such as https://accroche.example.org')
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine(
        (v) => /^smtps?:\/\/[^\s]+$/.test(v),
        'must be an smtp:// or smtps:// address such as smtp://user:pass@mail:587',
      )
      .optional(),
  ),
  MAIL_FROM: z.string().min(3).default('Accroche <no-reply@accroche.localhost>'),
  AUTH_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, 'must be at least 32 characters (for example: openssl rand -base64 32)').optional(),
  ),
  PAGE_CACHE_SECONDS: z.coerce.number().int('must be a whole number of seconds').min(0).default(60),
  UPLOAD_MAX_MB: z.coerce.number().positive('must be a positive number of megabytes').max(100).default(10),
  REQUEST_MAX_KB: z.coerce.number().int('must be a whole number of kilobytes').min(16).max(102_400).default(1024),
  LIBRARY_SEARCH_CACHE_SECONDS: z.coerce.number().int('must be a whole number of seconds').min(0).default(60),
  LIBRARY_SEARCH_CACHE_MB: z.coerce.number().positive('must be a positive number of megabytes').default(32),
  LIBRARY_SEARCH_CACHE_ENTRIES: z.coerce.number().int('must be a whole number').min(1).default(2000),
  LIBRARY_SEARCH_CONCURRENCY: z.coerce.number().int('must be a whole number').min(1).optional(),
  LIBRARY_SEARCH_QUEUE: z.coerce.number().int('must be a whole number').min(0).optional(),
  LIBRARY_SEARCH_QUEUE_WAIT_MS: z.coerce.number().int('must be a whole number of milliseconds').min(1).default(2000),
});

/**
 * The library search's limits on each engine when the environment does not set them, measured with `npm run bench
 * -- load` (docs/architecture.md, Library). PGlite runs one query at a time in the server's own thread, so a second
 * search running beside the first only slows both; PostgreSQL runs searches side by side on its pool of 10
 * connections, and leaves the others to the rest of the site.
 */
export const librarySearchDefaults = {
  pglite: { concurrency: 1, maxWaiting: 32 },
  postgres: { concurrency: 4, maxWaiting: 64 },
} as const;

/** The validated configuration every part of Accroche reads. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absolute path of the data folder (PGlite files, uploads). */
  dataDir: string;
  /** PostgreSQL server to use; when absent, the embedded PGlite database in `dataDir/pglite`. */
  databaseUrl: string | undefined;
  /** Public address of the site, without a trailing slash. */
  baseUrl: string;
  /** Whether the public address is https (turns on HSTS and secure cookies). */
  secure: boolean;
  logLevel: string;
  shutdownTimeoutMs: number;
  /**
   * Secret that signs sessions and tokens. Required in production; elsewhere, when absent, one is generated
   * and kept in the data folder.
   */
  authSecret: string | undefined;
  /** SMTP server for outgoing mail; without it, mail is written to the log and kept in the outbox. */
  smtpUrl: string | undefined;
  /** Sender of outgoing mail. */
  mailFrom: string;
  /** Largest file an applicant may attach, in bytes (UPLOAD_MAX_MB, 10 by default). */
  uploadMaxBytes: number;
  /** Lifetime of rendered public pages in memory; 0 turns the page cache off. */
  pageCacheSeconds: number;
  /** Largest request body outside the upload routes, in bytes (REQUEST_MAX_KB, 1024 by default). */
  requestMaxBytes: number;
  /** The library search's cache of results and the queue in front of its database work. */
  librarySearch: {
    /** Lifetime of a cached result (0: none kept); a change in this process drops them all at once. */
    cacheSeconds: number;
    cacheBytes: number;
    cacheEntries: number;
    /** Searches running against the database at once. */
    concurrency: number;
    /** Searches waiting for their turn; past that, 503 with Retry-After. */
    maxWaiting: number;
    /** Longest wait for a turn; past that, 503 with Retry-After. */
    maxWaitMs: number;
  };
}

/** Reads and validates the configuration from an environment (by default `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  const v = parsed.data;
  if (v.NODE_ENV === 'production' && !v.AUTH_SECRET) {
    throw new ConfigError([{ variable: 'AUTH_SECRET', message: 'is required when NODE_ENV=production' }]);
  }
  const baseUrl = (v.BASE_URL ?? `http://localhost:${v.PORT}`).replace(/\/+$/, '');
  const searchDefaults = librarySearchDefaults[v.DATABASE_URL ? 'postgres' : 'pglite'];
  return {
    env: v.NODE_ENV,
    port: v.PORT,
    host: v.HOST,
    dataDir: path.resolve(v.DATA_DIR),
    databaseUrl: v.DATABASE_URL,
    baseUrl,
    secure: baseUrl.startsWith('https://'),
    logLevel: v.LOG_LEVEL,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    pageCacheSeconds: v.PAGE_CACHE_SECONDS,
    smtpUrl: v.SMTP_URL,
    authSecret: v.AUTH_SECRET,
    mailFrom: v.MAIL_FROM,
    uploadMaxBytes: Math.round(v.UPLOAD_MAX_MB * 1024 * 1024),
    requestMaxBytes: v.REQUEST_MAX_KB * 1024,
    librarySearch: {
      cacheSeconds: v.LIBRARY_SEARCH_CACHE_SECONDS,
      cacheBytes: Math.round(v.LIBRARY_SEARCH_CACHE_MB * 1024 * 1024),
      cacheEntries: v.LIBRARY_SEARCH_CACHE_ENTRIES,
      concurrency: v.LIBRARY_SEARCH_CONCURRENCY ?? searchDefaults.concurrency,
      maxWaiting: v.LIBRARY_SEARCH_QUEUE ?? searchDefaults.maxWaiting,
      maxWaitMs: v.LIBRARY_SEARCH_QUEUE_WAIT_MS,
    },
  };
}
