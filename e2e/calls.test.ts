import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { accessibilityViolations, browserSuite } from './suite.ts';

/** axe finds nothing on the page as it is now. */
async function accessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

// axe on the calls' pages as a link reaches them, and each in the three languages: e2e/pages.test.ts. Here, axe
// checks what only a form reaches, in one language.
describe.skipIf(!hasChromium)('calls in a real browser', () => {
  // In development the server makes the demo calls: one open, one announced.
  const suite = browserSuite({ env: { NODE_ENV: 'development' } });

  for (const lang of ['fr', 'nl', 'en'] as const) {
    it(`finds the open demo call from the menu, checks eligibility, and is sent to apply (${lang})`, async () => {
      const page = await suite.page();
      await page.goto(`${suite.url}/${lang}`);
      await page.locator('nav.main-nav a[href$="/calls"]').click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/calls`);
      const open = page.locator('a[href*="/calls/das-2027-2029"]').first();
      await open.click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/calls/das-2027-2029`);
      await expect(page.locator('.tag-demo').count()).resolves.toBeGreaterThan(0);
      // The self-check: a blocking answer gives its reason, a good one the way in.
      await page.locator('#check-type').selectOption('school');
      await page.locator('input[name="q_brussels"][value="no"]').check();
      await page.locator('.call-check button[type="submit"]').click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/calls/das-2027-2029/check`);
      const result = await page.locator('#check-result').textContent();
      expect(result).toMatch(/bruxelloise|Brussel|Brussels/);
      if (lang === 'fr') await accessible(page);
      await page.locator('input[name="q_brussels"][value="yes"]').check();
      await page.locator('.call-check button[type="submit"]').click();
      await expect(page.locator('#check-result.notice-success').count()).resolves.toBe(1);
      const start = await page.locator('a.button[href*="/applications/new?call="]').getAttribute('href');
      expect(start).toBe(`/${lang}/applications/new?call=das-2027-2029`);
      // The announced call says when it opens, with the time zone, and offers no way in yet.
      await page.goto(`${suite.url}/${lang}/calls/dasc-2027-2029`);
      await expect(page.locator('a.button[href*="/applications/new"]').count()).resolves.toBe(0);
    });
  }
});
