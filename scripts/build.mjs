#!/usr/bin/env node
// Compiles the TypeScript sources into dist/ (one ES module bundle per entry, dependencies left as imports).
// The server then starts without a TypeScript loader in the way: in Node 20, loader hooks run on another thread
// and every module resolution pays for the round trip, which doubled the start-up time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
fs.rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: 'linked',
  logLevel: 'warning',
});
fs.writeFileSync(path.join(outdir, 'BUILT'), new Date().toISOString());
