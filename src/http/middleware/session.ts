import type { MiddlewareHandler } from 'hono';
import { effectiveRoles } from '../../core/context.ts';
import { isLang } from '../../core/i18n/index.ts';
import { authHeaders } from '../auth-bridge.ts';
import type { AppDeps, AppEnv } from '../env.ts';

/**
 * Loads the signed-in person for pages, only when the request carries a session cookie: anonymous visits cost
 * no query. A disabled (banned) account counts as signed out. Staff roles count only with two-step verification
 * on: until then they are kept apart as `pendingRoles`, so every page, API guard and verb sees an applicant.
 */
export function sessionLoader(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    if ((c.req.header('cookie') ?? '').includes('session_token=')) {
      const found = await deps.auth.api.getSession({ headers: authHeaders(c) });
      const user = found?.user as (typeof found & object)['user'] & {
        lang?: string;
        role?: string | null;
        municipality?: string | null;
        banned?: boolean | null;
        twoFactorEnabled?: boolean | null;
      };
      if (found && user && !user.banned) {
        c.set('user', {
          id: user.id,
          name: user.name,
          email: user.email,
          lang: isLang(user.lang) ? user.lang : 'fr',
          ...effectiveRoles((user.role ?? '').split(',').filter(Boolean), Boolean(user.twoFactorEnabled)),
          municipality: user.municipality ?? null,
          twoFactorEnabled: Boolean(user.twoFactorEnabled),
          sessionToken: found.session.token,
        });
      }
    }
    await next();
  };
}
