import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/demo.ts';
import { catalogues } from '../src/core/i18n/index.ts';
import { langs, localized } from '../test/pages.ts';
import { hasChromium } from './browser.ts';
import { cookiesFor, HttpClient } from './http-client.ts';
import { crawl, type Found, pageRoutes, unprefixed } from './pages.ts';
import { root, runCli } from './server.ts';
import { accessibilityViolations, browserSuite } from './suite.ts';

/** The real boundaries, read at run time from the shared data folder when it is there (never copied here). */
const boundaries = path.resolve(root, '..', 'shared', 'data', 'brussels-municipalities.geojson');

/** The demo accounts a development server makes, one per role (src/cli/demo.ts). */
const personas = ['applicant', 'admin', 'officer', 'reviewer', 'librarian', 'coordinator'] as const;

/**
 * Page routes no link leads to, and why; each is still walked by the flow named. Any other page route the crawl
 * does not reach fails the coverage test below.
 */
const unlinked: Record<string, string> = {
  '/reset-password': 'reached from the mail a reset request sends (src/http/account.test.ts)',
  '/sign-in/two-factor': 'reached by the sign-in form of staff (e2e/library.test.ts)',
  '/invitations/:token': 'reached from an invitation mail (e2e/accounts.test.ts)',
  '/co-applicant-invitations/:token': 'reached from an invitation mail (src/http/authorization.test.ts)',
  '/calls/:code/check': 'the answer of the eligibility form (e2e/calls.test.ts)',
  '/figures/map': 'the answer of the map’s indicator form, a redirect (e2e/figures.test.ts)',
  '/library/manage/import/:id': 'the preview an upload leads to (e2e/library.test.ts)',
  '/library/manage/import/:id/status': 'the progress an import page polls, in JSON (e2e/library.test.ts)',
  '/admin': 'a redirect to /admin/users, for the address typed by hand',
  '/calls/:code/documents/:id': 'a file; the demo calls have no documents (src/http/calls.test.ts)',
  '/applications/:id/files/:fileId': 'a file; the demo applications have none (e2e/applications.test.ts)',
  '/library/records/:id/file': 'a file; the seeded records have none (src/http/library-file.test.ts)',
};

/** Text that a missing translation or a missing value leaves in a page: `undefined`, `NaN`, an unfilled `{name}`, a raw key. */
const keys = new Set(Object.keys(catalogues.fr));
const placeholders = new Set(
  Object.values(catalogues.fr).flatMap((m) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1] as string)),
);
function untranslated(html: string): string[] {
  // Scripts, styles and code (the API's paths, `/organisations/{id}`) are not text to translate.
  const body = html.replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, '');
  const problems: string[] = [];
  const texts = [...body.matchAll(/>([^<]+)</g)].map((m) => (m[1] as string).trim()).filter(Boolean);
  const attributes = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder|content|value)="([^"]*)"/g)].map(
    (m) => m[1] as string,
  );
  for (const found of [...texts, ...attributes]) {
    // Quoted code in a description (`/{lang}/library`) is no more to translate than <code>.
    const text = found.replace(/`[^`]*`/g, '');
    if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(text)) problems.push(text);
    if (keys.has(text)) problems.push(`key ${text}`);
    for (const m of text.matchAll(/\{(\w+)\}/g)) if (placeholders.has(m[1] as string)) problems.push(text);
  }
  return problems;
}

/** A route without its parameters' expressions: `/calls/:code{[a-z0-9-]{1,60}}/check` gives `/calls/:code/check`. */
const shape = (route: string) => route.replace(/\{(?:[^{}]|\{[^{}]*\})*\}/g, '');

/** A route of a file rather than a page (`/admin/audit.csv`, `/:file{funding\.(csv|json)}`): linked, not required. */
const isFileRoute = (route: string) => /\\\.|\.\w+$/.test(route);

/** Runs `work` on every item, `width` at a time. */
async function eachLimited<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe.skipIf(!hasChromium)('every page of the app', () => {
  const routes = pageRoutes();
  const clients = new Map<string, HttpClient>();
  let found: Found[] = [];
  // A development server: the demo accounts, organisations, calls and files give the crawl something to find.
  const suite = browserSuite({
    env: { NODE_ENV: 'development' },
    prepare: async (dir) => {
      if (!fs.existsSync(boundaries)) return;
      const geo = await runCli(['geo', 'import', boundaries, '--credit', 'Statbel'], { DATA_DIR: dir });
      expect(geo.code, geo.stdout + geo.stderr).toBe(0);
    },
  });

  beforeAll(async () => {
    const visitor = new HttpClient(suite.url);
    clients.set('visitor', visitor);
    const crawls = [crawl(visitor, 'visitor', ['/fr'], routes)];
    for (const persona of personas) {
      const client = new HttpClient(suite.url);
      clients.set(persona, client);
      crawls.push(
        client
          .signIn(`${persona}@demo.accroche.localhost`, DEMO_PASSWORD)
          .then(() => crawl(client, persona, ['/fr/account', '/fr'], routes)),
      );
    }
    found = (await Promise.all(crawls)).flat();
  }, 300_000);

  /** Every address found, once (by the first person who found it), HTML pages only. */
  const pages = () => {
    const byUrl = new Map<string, Found>();
    for (const f of found) if (f.html && !byUrl.has(f.url)) byUrl.set(f.url, f);
    return [...byUrl.values()];
  };

  it('finds an address for every page route, and every link it follows answers', () => {
    const reached = new Set(found.map((f) => f.route));
    console.log(
      `${found.length} addresses read, ${pages().length} pages, ${new Set(pages().map((p) => p.route)).size} page templates`,
    );
    const missing = routes
      .map((r) => r.path)
      .filter((r) => !reached.has(r) && !isFileRoute(r))
      .map(shape)
      .filter((r) => !(r in unlinked));
    expect(missing, 'page routes no link leads to (add a link, or say why in `unlinked`)').toEqual([]);
    const broken = found
      .filter((f) => f.status >= 400)
      .map((f) => `${f.url} (${f.persona}, from ${f.from}): ${f.status}`);
    expect(broken).toEqual([]);
  });

  for (const lang of langs) {
    it(`serves every page found in ${lang}: its status, lang="${lang}", and no untranslated text`, async () => {
      const problems: string[] = [];
      await eachLimited(pages(), 4, async (page) => {
        const url = localized(lang, unprefixed(page.url));
        const res = await (clients.get(page.persona) as HttpClient).get(url);
        const html = await res.text();
        if (res.status !== page.status) problems.push(`${url} (${page.persona}): ${res.status}`);
        if (!html.includes(`<html lang="${lang}"`)) problems.push(`${url}: no <html lang="${lang}">`);
        for (const text of untranslated(html)) problems.push(`${url}: "${text}"`);
      });
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('shows one page of each template with no accessibility violation and no console error', async () => {
    // One address per route, seen by the person who found it first, each in one of the three languages in turn.
    const first = new Map<string, Found>();
    for (const page of pages()) if (!first.has(page.route)) first.set(page.route, page);
    const problems: string[] = [];
    const byPersona = new Map<string, Found[]>();
    for (const page of first.values()) byPersona.set(page.persona, [...(byPersona.get(page.persona) ?? []), page]);
    let turn = 0;
    const took: [string, number][] = [];
    for (const [persona, list] of byPersona) {
      const context = await suite.context();
      await context.addCookies(cookiesFor(clients.get(persona) as HttpClient));
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
      });
      for (const found of list) {
        const lang = langs[turn++ % langs.length] as string;
        const url = `${suite.url}${localized(lang, unprefixed(found.url))}`;
        const began = performance.now();
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(found.status);
        problems.push(...(await accessibilityViolations(page)));
        took.push([url, Math.round(performance.now() - began)]);
      }
    }
    expect(problems).toEqual([]);
    const slowest = took.sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`axe on ${first.size} templates; slowest: ${slowest.map(([u, ms]) => `${u} ${ms} ms`).join(', ')}`);
  }, 600_000);

  it('answers an unknown address with a 404 page in its language, with no accessibility violation', async () => {
    const page = await suite.page();
    const errors: string[] = [];
    page.on('console', (m) => {
      // The 404 itself is reported; any other error (a blocked script or style) counts.
      if (m.type() === 'error' && !m.location().url.endsWith('/no-such-page')) errors.push(m.text());
    });
    for (const lang of langs) {
      const res = await page.goto(`${suite.url}/${lang}/no-such-page`);
      expect(res?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  afterAll(() => {
    clients.clear();
  });
});
