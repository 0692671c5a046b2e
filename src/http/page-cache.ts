import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { publicDataGeneration } from '../core/generation.ts';
import type { AppEnv } from './env.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface Entry {
  raw: Uint8Array<ArrayBuffer>;
  /** Filled in the background (zlib's thread pool) once the page is cached; until then the raw page is sent. */
  gzip?: Uint8Array<ArrayBuffer>;
  br?: Uint8Array<ArrayBuffer>;
  etag: string;
  generation: number;
  expires: number;
}

/** The best encoding the client accepts among ours (q=0 means refused). */
export function pickEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  if (!header) return undefined;
  const accepted = new Set(
    header
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

/**
 * Keeps rendered public pages in memory, already compressed with brotli and gzip, so that a page that every
 * visitor sees the same is built and compressed once, not on each request. An entry lives until the public data
 * changes in this process or its lifetime ends (which bounds staleness across several processes). Answers
 * `If-None-Match` with 304. A lifetime of 0 turns it off.
 */
export function pageCache(options: { ttlMs: number; maxEntries?: number }): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 500;

  return async (c, next) => {
    // Signed-in people see their own header: their pages are never taken from or put in the cache.
    if (options.ttlMs <= 0 || c.req.method !== 'GET' || c.get('user')) return next();
    const key = c.req.path;
    const hit = entries.get(key);
    if (hit && hit.generation === publicDataGeneration() && hit.expires > Date.now()) {
      const headers: Record<string, string> = {
        'content-type': 'text/html; charset=UTF-8',
        etag: hit.etag,
        'cache-control': 'no-cache',
        vary: 'Accept-Encoding',
      };
      if (c.req.header('if-none-match') === hit.etag) return c.body(null, 304, headers);
      const wanted = pickEncoding(c.req.header('accept-encoding'));
      const encoding = wanted === 'br' && !hit.br && hit.gzip ? 'gzip' : wanted;
      const body = encoding ? hit[encoding] : hit.raw;
      if (encoding && body) headers['content-encoding'] = encoding;
      return c.body(body ?? hit.raw, 200, headers);
    }
    const generation = publicDataGeneration();
    await next();
    if (!c.get('publicPage') || c.res.status !== 200) return;
    if (!c.res.headers.get('content-type')?.startsWith('text/html')) return;
    if (c.res.headers.get('content-encoding')) return;
    const raw = new Uint8Array(await c.res.clone().arrayBuffer());
    const etag = `W/"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"`;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    const entry: Entry = { raw, etag, generation, expires: Date.now() + options.ttlMs };
    entries.set(key, entry);
    // Compressed once, off the event loop: brotli at its best quality takes tens of milliseconds per page.
    void Promise.all([
      gzipAsync(raw, { level: 9 }),
      brotliAsync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    ]).then(
      ([gz, br]) => {
        entry.gzip = new Uint8Array(gz);
        entry.br = new Uint8Array(br);
      },
      () => {
        // Compression failed: the entry keeps serving the raw page.
      },
    );
    c.res.headers.set('etag', etag);
    c.res.headers.set('cache-control', 'no-cache');
  };
}
