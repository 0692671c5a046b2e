import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langs, localized, publicPages } from '../test/pages.ts';
import { hasChromium, launchChromium } from './browser.ts';
import { type RunningServer, startServer, tempDataDir } from './server.ts';

describe.skipIf(!hasChromium)('in a real browser', () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: data.dir }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  for (const lang of langs) {
    it(`shows every public page in ${lang} with no accessibility violation`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // The 404 page is asked for on purpose; any other error (a blocked script or style, a missing file) counts.
        if (m.type() === 'error' && !m.location().url.endsWith('/no-such-page')) {
          problems.push(`${m.location().url}: ${m.text()}`);
        }
      });
      for (const path of [...publicPages, '/no-such-page']) {
        const url = `${server.url}${localized(lang, path)}`;
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(path === '/no-such-page' ? 404 : 200);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (v) => `${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(violations).toEqual([]);
      }
      expect(problems, 'console errors (CSP or script failures)').toEqual([]);
      await context.close();
    });
  }

  it('lets a keyboard user skip to the content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/timeline`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('switches language on the same page and remembers the choice', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(page.url()).toBe(`${server.url}/fr`);
    await page.goto(`${server.url}/fr/schemes/dasc`);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    expect(page.url()).toBe(`${server.url}/nl/schemes/dasc`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.goto(`${server.url}/`);
    expect(page.url()).toBe(`${server.url}/nl`);
    await context.close();
  });

  it('works without JavaScript: a visitor reaches a scheme and its calls from the home page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Schemes' }).click();
    expect(page.url()).toBe(`${server.url}/en/schemes`);
    await page.getByRole('link', { name: /DASC/ }).first().click();
    expect(page.url()).toBe(`${server.url}/en/schemes/dasc`);
    await expect(page.getByRole('table').textContent()).resolves.toContain('2025–2027');
    await context.close();
  });

  it('stays usable on a small screen without horizontal scrolling of the page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['/fr', '/fr/municipalities', '/nl/timeline']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
