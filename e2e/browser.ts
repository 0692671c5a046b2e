import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromePath);

if (!hasChromium) {
  if (process.env.CI) throw new Error(`CI must run the browser tests, but there is no Chromium at ${chromePath}`);
  console.warn(
    `\n  NOTICE: browser tests skipped: no Chromium at ${chromePath}.\n` +
      '  Install it (apt-get install chromium) or set CHROME_PATH to run them.\n',
  );
}

/** The flags this sandboxed, offline machine needs. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium of its own (scripts; the e2e tests share the one of their global setup). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
}

/** What axe finds wrong on the page as it is now: one line per rule, with the page and the elements. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // axe.run in the page itself: our pages have no frames, so the per-frame runs and the blank page that gathers
  // their results (the default) only cost time, and all of what passed travels twice. Violations in full; of the
  // rest, one node each.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) => `${page.url()}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
