import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createView, type View } from '../web/view.ts';
import type { Ctx } from './env.ts';
import { csrfToken } from './middleware/csrf.ts';
import { sendPage } from './web.tsx';

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
