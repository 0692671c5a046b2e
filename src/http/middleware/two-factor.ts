import type { MiddlewareHandler } from 'hono';
import { authorize, type Decision } from '../../core/authorize.ts';
import { type Actor, type PlatformRole, type StaffRole, staffRoles } from '../../core/context.ts';
import { type AppEnv, actorOf, type SessionUser } from '../env.ts';
import { signInUrl } from './require-user.ts';

/** Whether the person holds one of these staff roles but may not use it before turning on two-step verification. */
export const awaitingTwoFactor = (
  user: Pick<SessionUser, 'pendingRoles'> | null,
  roles: readonly PlatformRole[] = staffRoles,
): boolean => Boolean(user?.pendingRoles.some((r) => roles.includes(r)));

/** The account page's two-step section, coming back to `next` (a page of this site) once it is on. */
export const twoFactorSetupUrl = (lang: string, next?: string): string =>
  `/${lang}/account?twoFactorRequired${next ? `&next=${encodeURIComponent(next)}` : ''}#tfa-title`;

/**
 * In front of a staff area of the site (the administration, the library's curation), for the staff roles it is
 * for. Signed out: to the sign-in page. Holding one of those roles without two-step verification: sent to turn
 * it on (303) and brought back to the page afterwards (a form post is not replayed); until then the session gave
 * them an applicant's rights everywhere. Others go on: the verbs refuse them (403), unless `may` is given, a
 * policy rule that then refuses them here for the whole area.
 */
export function requireStaffWithTwoFactor(
  roles: readonly StaffRole[],
  may?: (actor: Actor) => Decision,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return c.redirect(signInUrl(c.get('lang')), 303);
    if (awaitingTwoFactor(user, roles)) {
      const back = c.req.method === 'GET' ? `${c.req.path}${new URL(c.req.url).search}` : undefined;
      return c.redirect(twoFactorSetupUrl(c.get('lang'), back), 303);
    }
    if (may) authorize(may(actorOf(c)));
    return next();
  };
}
