import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromeArgs, chromePath, hasChromium } from './browser.ts';
import { childEnv, cli, root } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder migrated and seeded with the reference data: each file starts from its own copy. */
    e2eSeededDataDir: string;
    /** The shared Chromium's endpoint for `chromium.connect()`, or '' when there is no Chromium. */
    chromiumEndpoint: string;
  }
}

/** Runs a command of the project to completion; fails with what it printed. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/** Whether dist/ is newer than every source file and the build script (what `bin/accroche.js` checks too). */
function bundleIsFresh(): boolean {
  try {
    const built = fs.statSync(path.join(root, 'dist/BUILT')).mtimeMs;
    const src = path.join(root, 'src');
    const sources = fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).map((f) => path.join(src, f));
    return [...sources, path.join(root, 'scripts/build.mjs')].every((f) => fs.statSync(f).mtimeMs <= built);
  } catch {
    return false;
  }
}

/**
 * Once per run of the e2e project: compiles `dist/` (so that every `accroche` process the tests start runs the
 * bundle, not the sources through tsx), migrates and seeds one data folder through the CLI, which each file copies
 * instead of preparing its own, and launches the one Chromium every browser test connects to, a context per test.
 */
export default async function setup(project: TestProject) {
  const seeded = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-e2e-seeded-'));
  let browserServer: BrowserServer | undefined;
  try {
    const launching = hasChromium
      ? chromium.launchServer({ executablePath: chromePath, headless: true, args: chromeArgs })
      : undefined;
    // Built again only when a source changed since: another run may be using it.
    if (!bundleIsFresh()) await run([path.join(root, 'scripts/build.mjs')], process.env);
    await run([cli, 'seed'], childEnv({ DATA_DIR: seeded }));
    browserServer = await launching;
  } catch (error) {
    fs.rmSync(seeded, { recursive: true, force: true });
    await browserServer?.close();
    throw error;
  }
  project.provide('e2eSeededDataDir', seeded);
  project.provide('chromiumEndpoint', browserServer?.wsEndpoint() ?? '');
  return async () => {
    await browserServer?.close();
    fs.rmSync(seeded, { recursive: true, force: true });
  };
}
