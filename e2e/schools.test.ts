import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../test/totp.ts';
import { hasChromium } from './browser.ts';
import { root, runCli } from './server.ts';
import { accessibilityViolations, browserSuite } from './suite.ts';

const fixture = path.join(root, 'test/fixtures/schools.csv');

describe.skipIf(!hasChromium)('the school registry', () => {
  const password = 'the registry admin passphrase';
  // The server starts in the second test, on what the first imported.
  const suite = browserSuite({
    startServer: false,
    prepare: async (dir) => {
      const created = await runCli(
        ['create-admin', '--email', 'registry@region.example.be', '--name', 'Registry Admin'],
        { DATA_DIR: dir, ACCROCHE_ADMIN_PASSWORD: password },
      );
      expect(created.code, created.stdout + created.stderr).toBe(0);
    },
  });

  it('imports from the command line, refusing a broken file with exit code 1', async () => {
    const broken = path.join(suite.dataDir, 'broken.csv');
    fs.writeFileSync(
      broken,
      'number;name;language;network;level;type;nis;street;postcode\n1;A;fr;free;primary;mainstream;21004;Rue 1;4000\n',
    );
    const refused = await runCli(['schools', 'import', broken], { DATA_DIR: suite.dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('line 2: Postal code not in the Brussels Region: "4000".');
    const done = await runCli(['schools', 'import', fixture], { DATA_DIR: suite.dataDir });
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(done.stdout).toContain('Schools imported: 20 created, 0 updated, 0 unchanged.');
  }, 120_000);

  it('lists, searches and imports from the administration page, without accessibility violations', async () => {
    await suite.start();
    const page = await suite.page({ locale: 'fr-BE' });
    await page.goto(`${suite.url}/fr/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('registry@region.example.be');
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.goto(`${suite.url}/fr/admin/schools`);
    expect(new URL(page.url()).pathname).toBe('/fr/account');
    await page.locator('input[name="tfaPassword"]').fill(password);
    await page.getByRole('button', { name: 'Activer la vérification en deux étapes' }).click();
    const uri = await page.getByRole('link', { name: 'Ouvrir dans l’application' }).getAttribute('href');
    const secret = new URL(uri as string).searchParams.get('secret') as string;
    await page.getByLabel('Code à six chiffres').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    // Back on the page that sent them to turn it on, which now opens.
    await page.waitForURL(`${suite.url}/fr/admin/schools`);

    const list = await page.goto(`${suite.url}/fr/admin/schools`);
    expect(list?.status()).toBe(200);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('20 école(s)');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Nom ou numéro d'école").fill('foret');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.locator('tbody th').allTextContents()).resolves.toEqual(['Athénée royal de la Forêt']);

    await page.goto(`${suite.url}/nl/admin/schools`);
    await page.getByLabel('CSV-bestand (hoogstens 5 MB)').setInputFiles({
      name: 'scholen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'nummer;naam;taal;net;niveau;onderwijstype;gemeente;adres;postcode\n2001;Basisschool De Regenboog;nl;vrij;basis;gewoon;21001;Regenboogstraat 9;1070\n2099;;nl;vrij;basis;gewoon;21001;Straat 1;1070\n',
      ),
    });
    const refused = page.waitForResponse((r) => r.url().endsWith('/nl/admin/schools/import'));
    await page.getByRole('button', { name: 'Inlezen' }).click();
    expect((await refused).status()).toBe(422);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Er is niets gewijzigd.');
    await expect(page.locator('.import-report tbody').textContent()).resolves.toContain('Naam ontbreekt.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('CSV-bestand (hoogstens 5 MB)').setInputFiles(fixture);
    await page.getByLabel('De geldige regels inlezen en de andere overslaan').check();
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      '0 school/scholen toegevoegd, 0 bijgewerkt, 20 ongewijzigd',
    );
  }, 240_000);
});
