import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../test/totp.ts';
import { hasChromium, launchChromium } from './browser.ts';
import { type RunningServer, runCli, startServer, tempDataDir } from './server.ts';

describe.skipIf(!hasChromium)('the first administrator', () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Browser;
  const password = 'the first admin passphrase';

  beforeAll(async () => {
    const created = await runCli(['create-admin', '--email', 'first@region.example.be', '--name', 'First Admin'], {
      DATA_DIR: data.dir,
      ACCROCHE_ADMIN_PASSWORD: password,
    });
    expect(created.code, created.stdout + created.stderr).toBe(0);
    [server, browser] = await Promise.all([startServer({ DATA_DIR: data.dir }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('turns on two-step verification when asked, then reaches every administration page in French and Dutch', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/fr/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('first@region.example.be');
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.goto(`${server.url}/fr/admin/users`);
    expect(new URL(page.url()).pathname).toBe('/fr/account');

    await page.locator('input[name="tfaPassword"]').fill(password);
    await page.getByRole('button', { name: 'Activer la vérification en deux étapes' }).click();
    const uri = await page.getByRole('link', { name: 'Ouvrir dans l’application' }).getAttribute('href');
    const secret = new URL(uri as string).searchParams.get('secret') as string;
    const setup = await new AxeBuilder({ page }).analyze();
    expect(setup.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Code à six chiffres').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    // Back on the page that sent them to turn it on, which now opens.
    await page.waitForURL(`${server.url}/fr/admin/users`);

    for (const lang of ['fr', 'nl']) {
      for (const path of ['/admin/users', '/admin/audit', '/admin/outbox', '/organisations']) {
        const res = await page.goto(`${server.url}/${lang}${path}`);
        expect(res?.status(), `${lang}${path}`).toBe(200);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${lang}${path}: ${v.id}`)).toEqual([]);
      }
    }
    const users = await page.goto(`${server.url}/nl/admin/users?q=first`);
    expect(users?.status()).toBe(200);
    await page.getByRole('link', { name: 'First Admin' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
