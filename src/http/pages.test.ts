import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { TestDatabase } from '../../test/db.ts';
import { langs, localized, publicPages } from '../../test/pages.ts';
import { catalogues } from '../core/i18n/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

describe('public pages', () => {
  for (const lang of langs) {
    it(`serves every public page in ${lang} with the frame every page needs`, async () => {
      for (const path of publicPages) {
        const url = localized(lang, path);
        const res = await app.request(url);
        expect(res.status, url).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        const html = await res.text();
        expect(html.startsWith('<!DOCTYPE html>'), url).toBe(true);
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain('href="#main"');
        expect(html).toContain(catalogues[lang]['layout.skip']);
        expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
        expect(html).toMatch(/<link rel="icon" href="\/static\/favicon\.[0-9a-f]{10}\.svg"/);
        expect(html).toContain('<header');
        expect(html).toContain('<footer');
        expect(html).toContain('id="main"');
        // The language switch leads to the same page in the other languages.
        for (const other of langs) expect(html).toContain(`href="${localized(other, path)}"`);
      }
    });
  }

  it('shows the schemes, their calls and sources on a scheme page', async () => {
    const html = await (await app.request('/en/schemes/das')).text();
    expect(html).toContain('384 projects');
    expect(html).toContain('RTBF');
    expect(html).toContain('2019–2021');
  });

  it('formats money the French way on French pages', async () => {
    const html = await (await app.request('/fr/schemes/vocational-pilot')).text();
    expect(html.replace(/[\u00a0\u202f]/g, ' ')).toContain('300 000 €');
  });

  it('shows a municipality in the visitor language, with its NIS code and postal codes', async () => {
    const nl = await (await app.request('/nl/municipalities/21015')).text();
    expect(nl).toContain('<h1>Schaarbeek</h1>');
    expect(nl).toContain('1030');
    const fr = await (await app.request('/fr/municipalities/21015')).text();
    expect(fr).toContain('<h1>Schaerbeek</h1>');
  });

  it('marks the current page in the navigation', async () => {
    const html = await (await app.request('/fr/timeline')).text();
    expect(html).toMatch(/<a href="\/fr\/timeline" aria-current="page">/);
  });
});

describe('languages', () => {
  it('sends / to the language of Accept-Language', async () => {
    const res = await app.request('/', { headers: { 'accept-language': 'nl-BE,nl;q=0.9,fr;q=0.8' } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/nl');
    expect(res.headers.get('vary')).toContain('Accept-Language');
  });

  it('sends / to French when no language of ours is acceptable', async () => {
    const res = await app.request('/', { headers: { 'accept-language': 'de' } });
    expect(res.headers.get('location')).toBe('/fr');
  });

  it('remembers the language chosen and prefers it to the browser', async () => {
    const visit = await app.request('/en/schemes', { headers: { 'accept-language': 'nl' } });
    const cookie = visit.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lang=en;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const res = await app.request('/', { headers: { 'accept-language': 'nl', cookie: 'lang=en' } });
    expect(res.headers.get('location')).toBe('/en');
  });

  it('drops a trailing slash', async () => {
    const res = await app.request('/fr/schemes/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/fr/schemes');
  });
});

describe('errors', () => {
  it('answers an unknown path with a 404 page in the language of its prefix', async () => {
    for (const lang of langs) {
      const res = await app.request(`/${lang}/no-such-page`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(catalogues[lang]['error.404.title']);
    }
  });

  it('answers an unknown language prefix with a 404 page, not a crash', async () => {
    const res = await app.request('/de/schemes', { headers: { 'accept-language': 'nl' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(catalogues.nl['error.404.title']);
  });

  it('answers an unknown scheme or municipality with a 404 page', async () => {
    expect((await app.request('/en/schemes/nope')).status).toBe(404);
    expect((await app.request('/en/municipalities/21099')).status).toBe(404);
    expect((await app.request('/en/municipalities/abc')).status).toBe(404);
  });
});

describe('security and caching', () => {
  it('sends the security headers on pages, API errors and redirects', async () => {
    for (const path of ['/api/v1/schemes/nope', '/']) {
      expect((await app.request(path)).headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const res = await app.request('/fr');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('serves static files under hashed names with a one-year cache', async () => {
    const html = await (await app.request('/fr')).text();
    const css = html.match(/href="(\/static\/app\.[0-9a-f]{10}\.css)"/)?.[1];
    expect(css).toBeDefined();
    const res = await app.request(css as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toContain('text/css');
    expect((await app.request('/static/app.0000000000.css')).status).toBe(404);
  });

  it('compresses pages for clients that accept gzip', async () => {
    const res = await app.request('/fr/timeline', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers health and readiness', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: true, migrations: true });
  });
});

describe('with an https base address', () => {
  it('sends HSTS and marks the language cookie Secure', async () => {
    const secure = await testApp({ BASE_URL: 'https://accroche.example.org' });
    try {
      const res = await secure.app.request('/fr');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
      expect(res.headers.get('set-cookie')).toContain('Secure');
    } finally {
      await secure.database.dispose();
    }
  });
});

describe('when the database fails', () => {
  it('shows a 500 page in the visitor language with a reference, and readiness turns 503', async () => {
    const broken = await testApp();
    await broken.database.close();
    const res = await broken.app.request('/nl/schemes');
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain(catalogues.nl['error.500.title']);
    expect(html).toMatch(/Foutreferentie: [0-9a-f-]{36}/);
    expect((await broken.app.request('/readyz')).status).toBe(503);
    await broken.database.dispose().catch(() => {});
  });
});
