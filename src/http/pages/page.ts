import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { MessageKey, Translate } from '../../core/i18n/index.ts';
import { createView, type View } from '../../web/view.ts';
import type { Ctx } from '../env.ts';
import { csrfToken } from '../middleware/csrf.ts';

/** Sends a page: hono/jsx writes no doctype, so it is added here. */
export async function sendPage(c: Ctx, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await Promise.resolve(page?.toString() ?? '')}`, status);
}

/**
 * The view of a public page. When `cacheable`, the page is the same for every anonymous visitor, so the page
 * cache may keep it; a signed-in person gets their own header, with the token of the sign-out form.
 */
export function publicView(c: Ctx, secure: boolean, cacheable = true): View {
  const user = c.get('user');
  if (cacheable) c.set('publicPage', true);
  return createView(c.get('lang'), c.req.path.slice(3) || '/', user ? { user, csrf: csrfToken(c, secure) } : {});
}

/**
 * The view of a page made for one person (forms, their account, administration): their header, and the CSRF
 * token its forms carry.
 */
export function personalView(c: Ctx, secure: boolean): View {
  return createView(c.get('lang'), c.req.path.slice(3) || '/', { user: c.get('user'), csrf: csrfToken(c, secure) });
}

/** Sends a page made for one person: never stored by a shared cache or the browser's back/forward cache. */
export function sendPersonalPage(c: Ctx, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  c.header('cache-control', 'no-store');
  return sendPage(c, page, status);
}

/** The text fields of a posted form, the CSRF token left out (it was checked by the middleware). */
export async function formValues(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const entries = Object.entries(body).filter(([k, v]) => k !== '_csrf' && typeof v === 'string');
  return Object.fromEntries(entries) as Record<string, string>;
}

/** After a post: 303 to a page of this site in the same language (`path` without the language prefix). */
export const redirectTo = (c: Ctx, path: string): Response => c.redirect(`/${c.get('lang')}${path}`, 303);

/** The notice a redirect after an action asked for (`?created` ...), in the reader's language. */
export function noticeOf(c: Ctx, t: Translate, notices: Record<string, MessageKey>): string | undefined {
  const key = Object.keys(notices).find((k) => c.req.query(k) !== undefined);
  return key ? t(notices[key] as MessageKey) : undefined;
}

/** The page number of a paged list (`?page=`), from 1 to 10,000. */
export const pageNumber = (c: Ctx): number =>
  Math.min(10_000, Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));

/** Path patterns shared by the page routes. */
export const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A call's code in a path. */
export const callCodePattern = '[a-z0-9-]{1,60}';
