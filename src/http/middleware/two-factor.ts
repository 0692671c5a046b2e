import type { MiddlewareHandler } from 'hono';
import { type PlatformRole, type StaffRole, staffRoles } from '../../core/context.ts';
import type { AppEnv, SessionUser } from '../env.ts';

/** The staff areas of the site (paths after the language prefix), with the staff roles each one is for. */
export const staffAreas: { prefix: string; roles: readonly StaffRole[] }[] = [
  { prefix: '/admin', roles: ['admin', 'officer'] },
  { prefix: '/library/manage', roles: ['librarian', 'admin'] },
];

/** Whether the person holds one of these staff roles but may not use it before turning on two-step verification. */
export const awaitingTwoFactor = (
  user: Pick<SessionUser, 'pendingRoles'> | null,
  roles: readonly PlatformRole[] = staffRoles,
): boolean => Boolean(user?.pendingRoles.some((r) => roles.includes(r)));

/** The account page's two-step section, coming back to `next` (a page of this site) once it is on. */
export const twoFactorSetupUrl = (lang: string, next?: string): string =>
  `/${lang}/account?twoFactorRequired${next ? `&next=${encodeURIComponent(next)}` : ''}#tfa-title`;

/**
 * In front of every page: a person whose staff role waits for two-step verification and who opens a staff area is
 * sent to turn it on (303), and brought back to the page afterwards (a form post is not replayed). Everywhere
 * else the session loader already gave them an applicant's rights.
 */
export function twoFactorGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user?.pendingRoles.length) return next();
    const path = c.req.path.slice(3);
    const area = staffAreas.find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`));
    if (!area || !awaitingTwoFactor(user, area.roles)) return next();
    const back = c.req.method === 'GET' ? `${c.req.path}${new URL(c.req.url).search}` : undefined;
    return c.redirect(twoFactorSetupUrl(c.get('lang'), back), 303);
  };
}
