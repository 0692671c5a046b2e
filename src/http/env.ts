import type { Context as HonoContext } from 'hono';
import type { Config } from '../core/config.ts';
import { type Context, type Db, visitor } from '../core/context.ts';
import type { Lang } from '../core/i18n/index.ts';
import type { Logger } from '../core/logger.ts';

/** What the HTTP layer is built from: handed in by the CLI (or a test), never opened here. */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  /** Health of the database for `/readyz`: reachable, and migrations current. */
  readiness(): Promise<{ database: boolean; migrations: boolean; detail?: string }>;
}

/** Variables each request carries through the middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    /** Language of the page, from the path prefix; set on localized pages. */
    lang: Lang;
  };
}

export type Ctx = HonoContext<AppEnv>;

/** The verbs' context for this request: a visitor until accounts exist. */
export function domainContext(c: Ctx, deps: AppDeps): Context {
  return { actor: visitor, db: deps.db, requestId: c.get('requestId'), now: new Date() };
}
