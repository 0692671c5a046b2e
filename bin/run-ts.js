#!/usr/bin/env node
// Runs a TypeScript file of the project (benchmarks, scripts) through tsx's loader: `node bin/run-ts.js file.ts`.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: node bin/run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
await import(pathToFileURL(file).href);
