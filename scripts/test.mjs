#!/usr/bin/env node
// `npm test`: the lint and the type-check side by side, then the whole Vitest suite; ends with the wall time of
// each step and of the whole, pass or fail. Arguments go to Vitest (`npm test -- library` runs the library's files).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const started = performance.now();
const times = [];

function run(label, command, args) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      times.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)} s`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function finish(code) {
  const total = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nnpm test: ${code === 0 ? 'passed' : 'failed'} in ${total} s (${times.join(', ')})\n`);
  process.exit(code);
}

const checks = await Promise.all([
  run('lint', bin('biome'), ['check', '--error-on-warnings', '.']),
  run('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
]);
if (checks.some((code) => code !== 0)) finish(1);
else finish(await run('tests', bin('vitest'), ['run', ...process.argv.slice(2)]));
