import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPages, langs, localized, publicPages } from '../test/pages.ts';
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

  // The three languages run side by side, each in its own browser context: axe works in the page's renderer
  // process, so the walks share the cores instead of waiting for one another.
  for (const lang of langs) {
    it.concurrent(`shows every public page in ${lang} with no accessibility violation`, async ({ expect }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // The 404 page is asked for on purpose; any other error (a blocked script or style, a missing file) counts.
        if (m.type() === 'error' && !m.location().url.endsWith('/no-such-page')) {
          problems.push(`${m.location().url}: ${m.text()}`);
        }
      });
      for (const path of [...publicPages, ...accountPages, '/no-such-page']) {
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
      // Some thirty pages, each analysed by axe: more than the default minute on a busy machine.
    }, 600_000);
  }

  it('signs up, confirms the address from the mail, and reaches the account page, with no accessibility violation', async () => {
    // Our pages have no script; axe needs one to run, so this flow runs with JavaScript on (see the next test).
    const context = await browser.newContext({ locale: 'nl-BE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/nl/sign-up`);
    await page.getByLabel('Voor- en achternaam').fill('Lotte Janssens');
    await page.getByLabel('E-mailadres').fill('lotte@example.be');
    await page.getByLabel('Wachtwoord', { exact: false }).fill('kort');
    await page.getByRole('button', { name: 'Mijn account aanmaken' }).click();
    // Rejected: the name and address stay, the error is announced at the top and beside the field.
    expect(await page.getByLabel('Voor- en achternaam').inputValue()).toBe('Lotte Janssens');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('minstens 12 tekens');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Wachtwoord', { exact: false }).fill('een lange en veilige zin');
    await page.getByRole('button', { name: 'Mijn account aanmaken' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Controleer uw mailbox');
    // The message is in the outbox and, without SMTP, in the server log: take the link from there.
    const line = server.output.find((l) => l.includes('lotte@example.be') && l.includes('verify-email'));
    const link = line?.match(/https?:\/\/[^\s"\\]+verify-email[^\s"\\]+/)?.[0];
    expect(link, 'verification link in the log').toBeDefined();
    await page.goto(link as string);
    expect(new URL(page.url()).pathname).toBe('/nl/account');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mijn account');
    const account = await new AxeBuilder({ page }).analyze();
    expect(account.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('signs in and out without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/fr/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('lotte@example.be');
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Adresse e-mail ou mot de passe incorrect');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('lotte@example.be');
    await page.getByLabel('Mot de passe').fill('een lange en veilige zin');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/account');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/sign-in');
    await context.close();
  });

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
