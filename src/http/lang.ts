import { getCookie } from 'hono/cookie';
import { defaultLang, isLang, type Lang, negotiateLang } from '../core/i18n/index.ts';
import type { Ctx } from './env.ts';

export const LANG_COOKIE = 'lang';

/** The visitor's language outside a language prefix: remembered choice, then browser, then French. */
export function preferredLang(c: Ctx): Lang {
  const remembered = getCookie(c, LANG_COOKIE);
  if (isLang(remembered)) return remembered;
  return negotiateLang(c.req.header('accept-language')) ?? defaultLang;
}

/** Language of the page being asked for: its prefix when it has one. */
export function langOfPath(c: Ctx): Lang {
  const prefix = c.req.path.split('/')[1];
  return isLang(prefix) ? prefix : preferredLang(c);
}

/** The language of an API client: its Accept-Language, else English. */
export const apiLang = (c: Ctx): Lang => negotiateLang(c.req.header('accept-language')) ?? 'en';

/** Whether the request is for the JSON API (problem details) rather than a page. */
export const isApi = (c: Ctx) => c.req.path.startsWith('/api/') || c.req.path.endsWith('.json');
