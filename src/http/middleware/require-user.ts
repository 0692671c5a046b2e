import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Ctx } from '../env.ts';

/** The sign-in page of a language, coming back to `next` (a path of this site) once signed in when given. */
export const signInUrl = (lang: string, next?: string): string =>
  `/${lang}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`;

export interface RequireUserOptions {
  /**
   * Whether the sign-in page should bring the person back to the page asked for (its path, without the query),
   * for pages reached from a link in a mail; or a test of the request deciding it.
   */
  comeBack?: boolean | ((c: Ctx) => boolean);
}

/**
 * In front of the pages made for a signed-in person: anyone else is sent to sign in (303). What the person may
 * do there is the verbs' to decide.
 */
export function requireUser(options: RequireUserOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('user')) return next();
    const comeBack = typeof options.comeBack === 'function' ? options.comeBack(c) : options.comeBack;
    return c.redirect(signInUrl(c.get('lang'), comeBack ? c.req.path : undefined), 303);
  };
}
