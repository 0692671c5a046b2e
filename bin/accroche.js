#!/usr/bin/env node
// The `accroche` command. It runs the compiled bundle in dist/ when that is newer than every source file, and
// otherwise the TypeScript sources through tsx's loader, so that it works straight after a checkout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function bundleIsFresh() {
  try {
    const built = fs.statSync(path.join(root, 'dist/BUILT')).mtimeMs;
    const src = path.join(root, 'src');
    for (const entry of fs.readdirSync(src, { recursive: true })) {
      if (fs.statSync(path.join(src, entry)).mtimeMs > built) return false;
    }
    return true;
  } catch {
    return false;
  }
}

if (process.env.ACCROCHE_FROM_SOURCE !== '1' && bundleIsFresh()) {
  await import(pathToFileURL(path.join(root, 'dist/main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
