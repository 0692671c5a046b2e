import path from 'node:path';
import type { Context as HonoContext } from 'hono';
import type { Config } from '../core/config.ts';
import {
  type Actor,
  type Context,
  type Db,
  type PlatformRole,
  platformRoles,
  type StaffRole,
  visitor,
} from '../core/context.ts';
import type { Lang } from '../core/i18n/index.ts';
import type { Logger } from '../core/logger.ts';
import { FileStore } from '../domain/files/index.ts';
import type { Auth } from '../domain/identity/index.ts';
import { clientIp } from './auth-bridge.ts';

/** What the HTTP layer is built from: handed in by the CLI (or a test), never opened here. */
export interface AppDeps {
  db: Db;
  /** better-auth, mounted at /api/auth and called by the account pages. */
  auth: Auth;
  config: Config;
  logger: Logger;
  /** Tells the outbox worker that mail was queued, so it leaves without waiting for the next round. */
  mailQueued?: () => void;
  /** Health of the database for `/readyz`: reachable, and migrations current. */
  readiness(): Promise<{ database: boolean; migrations: boolean; detail?: string }>;
  /** The one upload store (`DATA_DIR/uploads`) that every page and API route keeping files reads and writes. */
  files: FileStore;
}

/** What `createApp` is given: the deps, the upload store optional (made from `DATA_DIR/uploads` when absent). */
export type AppOptions = Omit<AppDeps, 'files'> & { files?: FileStore };

/**
 * The deps with their defaults filled in. The same object is returned (not a copy), so that what is kept per
 * application on it (the library search's cache and queue) is the one the caller sees too.
 */
export function completeDeps(options: AppOptions): AppDeps {
  options.files ??= new FileStore(path.join(options.config.dataDir, 'uploads'));
  return options as AppDeps;
}

/** The upload store with the size limit of one upload, as the verbs that take files want it. */
export const uploads = (deps: AppDeps) => ({ store: deps.files, maxBytes: deps.config.uploadMaxBytes });

/** What pages need to know of the signed-in person. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  lang: Lang;
  /** The roles that count now: staff roles only once two-step verification is on. */
  roles: string[];
  /** Staff roles the person holds that wait for two-step verification (empty once it is on). */
  pendingRoles: StaffRole[];
  municipality: string | null;
  twoFactorEnabled: boolean;
  sessionToken: string;
}

/** Variables each request carries through the middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    /** Language of the page, from the path prefix; set on localized pages. */
    lang: Lang;
    /** The signed-in user, when there is one (set on localized pages). */
    user: SessionUser | null;
    /** Set by a handler whose page is the same for every anonymous visitor, so the page cache may keep it. */
    publicPage: boolean;
  };
}

export type Ctx = HonoContext<AppEnv>;

/** Who is asking: the signed-in person with the roles that count now, or a visitor. */
export function actorOf(c: Ctx): Actor {
  const user = c.get('user');
  return user
    ? {
        kind: 'user',
        id: user.id,
        roles: user.roles.filter((r): r is PlatformRole => (platformRoles as readonly string[]).includes(r)),
        municipality: user.municipality,
      }
    : visitor;
}

/** The verbs' context for this request: the signed-in person, or a visitor. */
export function domainContext(c: Ctx, deps: AppDeps): Context {
  return { actor: actorOf(c), db: deps.db, requestId: c.get('requestId'), now: new Date(), ip: clientIp(c) };
}
