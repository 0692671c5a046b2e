import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';

const COOKIE = 'accroche.csrf';
export const CSRF_FIELD = '_csrf';

/**
 * CSRF protection for our HTML forms, in two layers: a request that states a foreign origin (Origin header, or
 * Sec-Fetch-Site: cross-site) is refused; and every form carries a token that must equal the one in an
 * HttpOnly cookie (double submit), so a forged form cannot know it. Pages read the token with `c.get('csrf')`.
 */
export function csrfProtection(options: { baseUrl: string; secure: boolean }): MiddlewareHandler<AppEnv> {
  const ownOrigin = new URL(options.baseUrl).origin;
  return async (c, next) => {
    let token = getCookie(c, COOKIE);
    if (!token || !/^[\w-]{32,64}$/.test(token)) {
      token = randomBytes(24).toString('base64url');
      setCookie(c, COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: options.secure });
    }
    c.set('csrf', token);
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();

    const origin = c.req.header('origin');
    const requestOrigin = new URL(c.req.url).origin;
    if (
      (origin && origin !== ownOrigin && origin !== requestOrigin) ||
      c.req.header('sec-fetch-site') === 'cross-site'
    ) {
      throw new DomainError('FORBIDDEN', 'Cross-site form submission refused');
    }
    const form = await c.req.parseBody();
    const sent = typeof form[CSRF_FIELD] === 'string' ? (form[CSRF_FIELD] as string) : '';
    const expected = getCookie(c, COOKIE) ?? '';
    const ok =
      sent.length === expected.length && sent.length > 0 && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
    if (!ok) throw new DomainError('FORBIDDEN', 'The form has expired: reload the page and try again');
    return next();
  };
}
