import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { TestDatabase } from '../../test/db.ts';
import { bumpPublicDataGeneration } from '../core/generation.ts';
import { municipalities } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';
import { pickEncoding } from './page-cache.ts';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp({ PAGE_CACHE_SECONDS: '60' }));
});
afterAll(() => database.dispose());

describe('page cache', () => {
  it('serves the same page again with an ETag, and 304 when the client has it', async () => {
    const first = await app.request('/en/municipalities');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const html = await first.text();
    const second = await app.request('/en/municipalities');
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe(html);
    const conditional = await app.request('/en/municipalities', { headers: { 'if-none-match': etag as string } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sends ready-compressed pages that decode to the same HTML', async () => {
    const html = await (await app.request('/fr/timeline')).text();
    // Compression happens in the background once the page is cached: ask until it is there (at most 2 s).
    let br = await app.request('/fr/timeline', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    for (let i = 0; i < 40 && br.headers.get('content-encoding') !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      br = await app.request('/fr/timeline', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    }
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(html);
    const gz = await app.request('/fr/timeline', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html);
  });

  it('shows a change to public data at once', async () => {
    expect(await (await app.request('/fr/municipalities/21002')).text()).toContain('<h1>Auderghem</h1>');
    await database.db
      .update(municipalities)
      .set({ nameFr: 'Auderghem (test)' })
      .where(eq(municipalities.nisCode, '21002'));
    bumpPublicDataGeneration();
    expect(await (await app.request('/fr/municipalities/21002')).text()).toContain('<h1>Auderghem (test)</h1>');
  });

  it('never keeps an error page', async () => {
    expect((await app.request('/fr/schemes/nope')).status).toBe(404);
    expect((await app.request('/fr/schemes/nope')).headers.get('etag')).toBeNull();
  });

  it('chooses brotli, then gzip, and honours a refusal', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});
