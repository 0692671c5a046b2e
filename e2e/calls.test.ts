import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { type RunningServer, startServer, tempDataDir } from './server.ts';

/** axe finds nothing on the page as it is now. */
async function accessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) => `${page.url()}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

describe.skipIf(!hasChromium)('calls in a real browser', () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    // In development the server makes the demo calls: one open, one announced.
    [server, browser] = await Promise.all([
      startServer({ DATA_DIR: data.dir, NODE_ENV: 'development' }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  for (const lang of ['fr', 'nl', 'en'] as const) {
    it(`finds the open demo call from the menu, checks eligibility, and is sent to apply (${lang})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}`);
      await page.locator('nav.main-nav a[href$="/calls"]').click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/calls`);
      await accessible(page);
      const open = page.locator('a[href*="/calls/das-2027-2029"]').first();
      await open.click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/calls/das-2027-2029`);
      await expect(page.locator('.tag-demo').count()).resolves.toBeGreaterThan(0);
      await accessible(page);
      // The self-check: a blocking answer gives its reason, a good one the way in.
      await page.locator('#check-type').selectOption('school');
      await page.locator('input[name="q_brussels"][value="no"]').check();
      await page.locator('.call-check button[type="submit"]').click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/calls/das-2027-2029/check`);
      const result = await page.locator('#check-result').textContent();
      expect(result).toMatch(/bruxelloise|Brussel|Brussels/);
      await accessible(page);
      await page.locator('input[name="q_brussels"][value="yes"]').check();
      await page.locator('.call-check button[type="submit"]').click();
      await expect(page.locator('#check-result.notice-success').count()).resolves.toBe(1);
      const start = await page.locator('a.button[href*="/applications/new?call="]').getAttribute('href');
      expect(start).toBe(`/${lang}/applications/new?call=das-2027-2029`);
      // The announced call says when it opens, with the time zone, and offers no way in yet.
      await page.goto(`${server.url}/${lang}/calls/dasc-2027-2029`);
      await expect(page.locator('a.button[href*="/applications/new"]').count()).resolves.toBe(0);
      await accessible(page);
      await context.close();
    });
  }
});
