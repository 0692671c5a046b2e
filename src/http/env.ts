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
import type { Auth } from '../domain/identity/auth.ts';
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
}

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

/** The verbs' context for this request: the signed-in person, or a visitor. */
export function domainContext(c: Ctx, deps: AppDeps): Context {
  const user = c.get('user');
  const actor: Actor = user
    ? {
        kind: 'user',
        id: user.id,
        roles: user.roles.filter((r): r is PlatformRole => (platformRoles as readonly string[]).includes(r)),
        municipality: user.municipality,
      }
    : visitor;
  return { actor, db: deps.db, requestId: c.get('requestId'), now: new Date(), ip: clientIp(c) };
}
