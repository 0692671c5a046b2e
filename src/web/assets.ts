import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../core/paths.ts';

const folder = fromRoot('src/web/static');

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Asset {
  /** Public path with the content hash in the name, e.g. `/static/app.3f9a0c1d2e.css`. */
  url: string;
  body: Buffer;
  type: string;
}

/**
 * The static files, read once at start-up. Each is served under a name that carries a hash of its content, so
 * it can be cached for a year: a changed file gets a new name.
 */
function loadAssets(): { byName: Map<string, Asset>; byUrl: Map<string, Asset> } {
  const byName = new Map<string, Asset>();
  const byUrl = new Map<string, Asset>();
  for (const name of fs.readdirSync(folder)) {
    const body = fs.readFileSync(path.join(folder, name));
    const ext = path.extname(name);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const asset = {
      url: `/static/${path.basename(name, ext)}.${hash}${ext}`,
      body,
      type: types[ext] ?? 'application/octet-stream',
    };
    byName.set(name, asset);
    byUrl.set(asset.url, asset);
  }
  return { byName, byUrl };
}

export const assets = loadAssets();

/** The hashed URL of a static file by its name in `src/web/static`. */
export function assetUrl(name: string): string {
  const asset = assets.byName.get(name);
  if (!asset) throw new Error(`Unknown static file ${name}`);
  return asset.url;
}
