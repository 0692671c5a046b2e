/**
 * The pages of the app, found rather than listed: the page routes are read from the app's own router, and a
 * crawl from the home page and each signed-in person's account page follows every link to concrete addresses.
 * A page added later is checked as soon as a link leads to it; a page route no link leads to fails the
 * coverage test until a link does or `unlinked` below says why none does.
 */
import { loadConfig } from '../src/core/config.ts';
import { createLogger } from '../src/core/logger.ts';
import { createApp } from '../src/http/app.tsx';
import type { HttpClient } from './http-client.ts';

/** A route's path turned into a regular expression: Hono's `:name`, `:name{regex}`, `*` and literal text. */
export function routePattern(route: string): RegExp {
  let source = '';
  for (let i = 0; i < route.length; ) {
    const ch = route[i] as string;
    if (ch === ':') {
      let j = i + 1;
      while (j < route.length && /\w/.test(route[j] as string)) j++;
      if (route[j] === '{') {
        // The parameter's own expression, with its braces balanced ({8} and the like).
        let depth = 0;
        let k = j;
        for (; k < route.length; k++) {
          if (route[k] === '{') depth++;
          else if (route[k] === '}' && --depth === 0) break;
        }
        source += `(?:${route.slice(j + 1, k)})`;
        i = k + 1;
      } else {
        source += '[^/]+';
        i = j;
      }
      if (route[i] === '?') i++;
    } else if (ch === '*') {
      source += '.*';
      i++;
    } else {
      source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${source}$`);
}

/** A page route, without its language prefix (`/schemes/:code{...}`), and the expression its paths match. */
export interface Route {
  path: string;
  pattern: RegExp;
}

/**
 * The GET routes under a language prefix, as the app registers them (built with inert dependencies: building it
 * opens nothing). The app's own order, the order in which it matches them, is kept.
 */
export function pageRoutes(): Route[] {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_SECRET: 'routes-only-'.repeat(4) });
  const app = createApp({
    db: {} as never,
    auth: {} as never,
    config,
    logger: createLogger('silent'),
    readiness: async () => ({ database: true, migrations: true }),
  });
  const paths = new Set<string>();
  for (const r of app.routes) {
    if (r.method !== 'GET' || !(r.path === '/fr' || r.path.startsWith('/fr/'))) continue;
    paths.add(r.path.slice('/fr'.length) || '/');
  }
  return [...paths].map((path) => ({ path, pattern: routePattern(path) }));
}

/** The route that answers a path without its language prefix: the first that matches, as in the app. */
export const routeOf = (routes: Route[], path: string): Route | undefined =>
  routes.find((r) => r.pattern.test(path.split('?')[0] as string));

/** A path without its language prefix: `/fr/schemes?x` gives `/schemes?x`, `/fr` gives `/`. */
export const unprefixed = (path: string) => path.replace(/^\/(fr|nl|en)(?=\/|\?|$)/, '') || '/';

/** What the crawl found at one address. */
export interface Found {
  /** Path and query, in French (`/fr/...`). */
  url: string;
  route: string;
  status: number;
  html: boolean;
  /** Who found it (their client has the cookies to see it again). */
  persona: string;
  /** The page whose link, or the address whose redirect, led here ('' for a start). */
  from: string;
}

/** Whether a path is under a language prefix (`/fr`, `/fr/...`, `/fr?...`). */
const prefixed = (path: string, lang?: string) => new RegExp(`^/(${lang ?? 'fr|nl|en'})(?=/|\\?|$)`).test(path);

/**
 * The links of a page that stay on the site: `<a href="/fr/...">` in the same language, and addresses outside
 * the language prefixes (`/api/docs`), which are read only for the page they redirect to. The language switch
 * (`hreflang`) is left: each page is read in the three languages afterwards.
 */
function linksOf(html: string, lang: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*>/g)) {
    if (/\shreflang=/.test(m[0])) continue;
    const attribute = /\shref="([^"]*)"/.exec(m[0]);
    if (!attribute) continue;
    const href = (attribute[1] as string).replace(/&amp;/g, '&').split('#')[0] as string;
    if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/static/')) continue;
    if (prefixed(href, lang) || !prefixed(href)) links.push(href);
  }
  return links;
}

/**
 * Follows the links of one person from `starts`, in one language, breadth first, reading at most `perRoute`
 * addresses of each route (the others of a long list add time, not pages), and the redirects it meets.
 */
export async function crawl(
  client: HttpClient,
  persona: string,
  starts: string[],
  routes: Route[],
  options: { lang?: string; perRoute?: number; skip?: (path: string) => boolean } = {},
): Promise<Found[]> {
  const lang = options.lang ?? 'fr';
  const perRoute = options.perRoute ?? 2;
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const from = new Map<string, string>();
  const perRouteCount = new Map<string, number>();
  const found: Found[] = [];
  while (queue.length) {
    const url = queue.shift() as string;
    if (!prefixed(url)) {
      // Outside the language prefixes: only a redirect into one is followed.
      const res = await client.get(url);
      await res.arrayBuffer();
      const location = new URL(res.headers.get('location') ?? '/', client.base);
      const next = location.pathname + location.search;
      if (res.status >= 300 && res.status < 400 && prefixed(next, lang) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
        from.set(next, url);
      }
      continue;
    }
    const route = routeOf(routes, unprefixed(url));
    if (!route || options.skip?.(url)) continue;
    const count = perRouteCount.get(route.path) ?? 0;
    if (count >= perRoute) continue;
    perRouteCount.set(route.path, count + 1);
    const res = await client.get(url).catch((error: Error) => {
      throw new Error(`${persona} reading ${url}: ${error.message}`, { cause: error });
    });
    const html = (res.headers.get('content-type') ?? '').includes('text/html');
    const next: string[] = [];
    if (res.status >= 300 && res.status < 400) {
      const location = new URL(res.headers.get('location') ?? '', client.base);
      if (location.origin === new URL(client.base).origin) next.push(location.pathname + location.search);
      await res.arrayBuffer();
    } else if (html) {
      next.push(...linksOf(await res.text(), lang));
    } else {
      await res.arrayBuffer();
    }
    found.push({ url, route: route.path, status: res.status, html, persona, from: from.get(url) ?? '' });
    for (const link of next) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
        from.set(link, url);
      }
    }
  }
  return found;
}
