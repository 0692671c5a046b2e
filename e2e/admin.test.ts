import { describe, expect, it } from 'vitest';
import { totpCode } from '../test/totp.ts';
import { hasChromium } from './browser.ts';
import { runCli } from './server.ts';
import { accessibilityViolations, browserSuite } from './suite.ts';

describe.skipIf(!hasChromium)('the first administrator', () => {
  const password = 'the first admin passphrase';
  const suite = browserSuite({
    prepare: async (dir) => {
      const created = await runCli(['create-admin', '--email', 'first@region.example.be', '--name', 'First Admin'], {
        DATA_DIR: dir,
        ACCROCHE_ADMIN_PASSWORD: password,
      });
      expect(created.code, created.stdout + created.stderr).toBe(0);
    },
  });

  it('turns on two-step verification when asked, then reaches every administration page in French and Dutch', async () => {
    const context = await suite.context({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${suite.url}/fr/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('first@region.example.be');
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.goto(`${suite.url}/fr/admin/users`);
    expect(new URL(page.url()).pathname).toBe('/fr/account');

    await page.locator('input[name="tfaPassword"]').fill(password);
    await page.getByRole('button', { name: 'Activer la vérification en deux étapes' }).click();
    const uri = await page.getByRole('link', { name: 'Ouvrir dans l’application' }).getAttribute('href');
    const secret = new URL(uri as string).searchParams.get('secret') as string;
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Code à six chiffres').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    // Back on the page that sent them to turn it on, which now opens.
    await page.waitForURL(`${suite.url}/fr/admin/users`);

    // axe on these templates, and every page in the three languages: e2e/pages.test.ts.
    for (const lang of ['fr', 'nl']) {
      for (const path of ['/admin/users', '/admin/audit', '/admin/outbox', '/organisations']) {
        const res = await page.goto(`${suite.url}/${lang}${path}`);
        expect(res?.status(), `${lang}${path}`).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
      }
    }
    const users = await page.goto(`${suite.url}/nl/admin/users?q=first`);
    expect(users?.status()).toBe(200);
    await page.getByRole('link', { name: 'First Admin' }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('First Admin');
  });
});
