import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv, Ctx } from '../env.ts';

const COOKIE = 'accroche.csrf';
export const CSRF_FIELD = '_csrf';
const wellFormed = /^[\w-]{32,64}$/;

/**
 * The visitor's CSRF token, for a page that renders a form; sets the HttpOnly cookie it is checked against when
 * the visitor has none. Pages without forms never call it, so they stay cookie-free and cacheable.
 */
export function csrfToken(c: Ctx, secure: boolean): string {
  const existing = getCookie(c, COOKIE);
  if (existing && wellFormed.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  setCookie(c, COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure });
  return token;
}

/**
 * CSRF protection for our HTML forms, in two layers: a request that states a foreign origin (Origin header, or
 * Sec-Fetch-Site: cross-site) is refused; and every form must carry the token of the HttpOnly cookie (double
 * submit), which a forged form cannot know.
 */
export function csrfProtection(options: { baseUrl: string }): MiddlewareHandler<AppEnv> {
  const ownOrigin = new URL(options.baseUrl).origin;
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    const requestOrigin = new URL(c.req.url).origin;
    const foreign = origin && origin !== 'null' && origin !== ownOrigin && origin !== requestOrigin;
    if (foreign || c.req.header('sec-fetch-site') === 'cross-site') {
      throw new DomainError('FORBIDDEN', 'Cross-site form submission refused');
    }
    const form = await c.req.parseBody();
    const sent = typeof form[CSRF_FIELD] === 'string' ? form[CSRF_FIELD] : '';
    const expected = getCookie(c, COOKIE) ?? '';
    const ok =
      wellFormed.test(expected) &&
      sent.length === expected.length &&
      timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
    if (!ok) throw new DomainError('FORBIDDEN', 'The form has expired: reload the page and try again');
    return next();
  };
}
