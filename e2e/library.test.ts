import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../test/totp.ts';
import { hasChromium } from './browser.ts';
import { root, runCli } from './server.ts';
import { accessibilityViolations, browserSuite, downloadedText, mailedLink } from './suite.ts';

/** The real bibliography of the shared data, read at run time where present; else the project's own fixture. */
const sharedBib = `${root}../shared/data/library/cdl.bib`;
const hasSharedBib = fs.existsSync(sharedBib);
const fixture = `${root}test/fixtures/library-sample.bib`;
const bibliography = hasSharedBib ? sharedBib : fixture;

const axeClean = async (page: Page) => {
  expect(await accessibilityViolations(page)).toEqual([]);
};

// The library's pages in the three languages, and axe on each of their templates: e2e/pages.test.ts.
describe.skipIf(!hasChromium)('the library in a real browser', () => {
  const password = 'the library curator passphrase';
  const suite = browserSuite({
    prepare: async (dir) => {
      const created = await runCli(['create-admin', '--email', 'curator@region.example.be', '--name', 'Curator'], {
        DATA_DIR: dir,
        ACCROCHE_ADMIN_PASSWORD: password,
      });
      expect(created.code, created.stdout + created.stderr).toBe(0);
    },
  });
  /** The curator's two-step key, once turned on: staff roles count only with it. */
  let curatorKey = '';

  /** On the account page a staff page sent them to: turns on two-step verification; returns the app's key. */
  async function turnOnTwoFactor(page: Page, pass: string): Promise<string> {
    await expect(page.locator('#tfa-title + .notice').textContent()).resolves.toContain('requires two-step');
    await page.locator('input[name="tfaPassword"]').fill(pass);
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    const uri = await page.getByRole('link', { name: 'Open in the app' }).getAttribute('href');
    const key = new URL(uri as string).searchParams.get('secret') as string;
    await page.getByLabel('Six-digit code').fill(totpCode(key));
    await page.getByRole('button', { name: 'Confirm' }).click();
    return key;
  }

  /** Signs the curator (an admin) in and opens a staff page: turning on two-step verification the first time. */
  async function curatorOn(page: Page, path: string) {
    await page.goto(`${suite.url}/en/sign-in`);
    await page.getByLabel('E-mail address').fill('curator@region.example.be');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (curatorKey) {
      await page.getByLabel('Six-digit code').fill(totpCode(curatorKey));
      await page.getByRole('button', { name: 'Confirm' }).click();
    }
    await page.waitForURL((url) => !url.pathname.includes('/sign-in'));
    await page.goto(`${suite.url}${path}`);
    if (!curatorKey) {
      // Sent to turn it on, then brought back to the page asked for.
      expect(new URL(page.url()).pathname).toBe('/en/account');
      curatorKey = await turnOnTwoFactor(page, password);
      await page.waitForURL(`${suite.url}${path}`);
    }
  }

  for (const [lang, labels] of [
    [
      'fr',
      {
        search: 'Rechercher dans la bibliothèque',
        submit: 'Rechercher',
        apply: 'Appliquer les filtres',
        french: 'Français',
        from: 'De',
        to: 'À',
      },
    ],
    [
      'nl',
      {
        search: 'Zoeken in de bibliotheek',
        submit: 'Zoeken',
        apply: 'Filters toepassen',
        french: 'Frans',
        from: 'Van',
        to: 'Tot',
      },
    ],
  ] as const) {
    it(`searches "décrochage" in ${lang}, narrows by language and year, cites a record and downloads its RIS`, async () => {
      const context = await suite.context({ acceptDownloads: true });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`${suite.url}/${lang}/library`);
      await page.getByLabel(labels.search).fill('décrochage');
      await page.getByRole('button', { name: labels.submit, exact: true }).click();
      await page.waitForURL(/q=d%C3%A9crochage|q=décrochage/);
      const count = async () => Number.parseInt((await page.locator('#library-count').textContent()) ?? '0', 10);
      const all = await count();
      expect(all).toBeGreaterThan(0);
      // axe in one language: the other shows the same markup in other words.
      if (lang === 'fr') await axeClean(page);

      await page.getByLabel(new RegExp(`^${labels.french} \\(\\d+\\)$`)).check();
      await page.getByLabel(labels.from, { exact: true }).fill('2014');
      await page.getByLabel(labels.to, { exact: true }).fill('2017');
      await page.getByRole('button', { name: labels.apply }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2017');
      expect(new URL(page.url()).searchParams.get('language')).toBe('fr');
      await expect.poll(count).toBeLessThan(all);
      const narrowed = await count();
      expect(narrowed).toBeGreaterThan(0);
      // Every state is in the address: opening it again gives the same page.
      const again = await context.newPage();
      await again.goto(page.url());
      expect(Number.parseInt((await again.locator('#library-count').textContent()) ?? '', 10)).toBe(narrowed);
      await again.close();

      await page.locator('.result h3 a').first().click();
      await expect(page.locator('h1').textContent()).resolves.toMatch(/\S/);
      const apa = (await page.locator('#citation-apa').textContent())?.trim() ?? '';
      expect(apa).toMatch(/\((2014|2015|2016|2017)\)/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'RIS', exact: true }).click(),
      ]);
      const ris = await downloadedText(download);
      expect(ris).toMatch(/^TY {2}- /m);
      expect(download.suggestedFilename()).toMatch(/\.ris$/);
      expect(problems).toEqual([]);
      await context.close();
    }, 180_000);
  }

  it('lets a curator create a record through the form, with a refused form first, and publish it', async () => {
    const context = await suite.context();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await curatorOn(page, '/en/library/manage/records');
    await page.getByRole('link', { name: 'New record' }).first().click();
    await page.getByLabel('Year').fill('last year');
    await page.getByRole('button', { name: 'Create the record' }).click();
    await expect(page.locator('#error-summary a').allTextContents()).resolves.toEqual([
      'Give a title of at most 1,000 characters.',
      'A four-digit year between 1000 and 2200.',
    ]);
    await expect(page.getByLabel('Year').inputValue()).resolves.toBe('last year');
    await axeClean(page);
    await page.locator('#error-summary a').first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('field-title');
    await page.getByLabel('Title (required)').fill('Curated in the browser: a guide for mentors');
    await page.getByLabel('Year').fill('2025');
    await page.getByLabel('Authors').fill('Peeters, An\nBrussels School Service');
    await page.getByRole('checkbox', { name: 'Prevention' }).check();
    await page.getByRole('button', { name: 'Create the record' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('The record was created.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('The record is published');
    await context.close();
    const found = await (await fetch(`${suite.url}/en/library?q=mentors`)).text();
    expect(found).toContain('Curated in the browser: a guide for <mark>mentors</mark>');
    // The refused form answers 422, which Chromium reports; nothing else may be logged.
    expect(problems).toEqual([
      'Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
    ]);
  }, 120_000);

  it(`lets a librarian import ${hasSharedBib ? 'the shared cdl.bib' : 'the project fixture (cdl.bib is absent)'} with its duplicates reported, then harvests every record over OAI-PMH`, async () => {
    // The curator is a librarian: signs up and confirms the address from the mail; the administrator (with
    // two-step verification, which staff need) gives the role.
    const context = await suite.context();
    const page = await context.newPage();
    const librarianPassword = 'the librarian of the school service';
    await page.goto(`${suite.url}/en/sign-up`);
    await page.getByLabel('First and last name').fill('Lena Librarian');
    await page.getByLabel('E-mail address').fill('librarian@region.example.be');
    await page.getByLabel('Password', { exact: false }).fill(librarianPassword);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Check your mailbox');
    const link = await mailedLink(suite.server, 'librarian@region.example.be', 'verify-email');
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign out' }).click();

    await curatorOn(page, '/en/admin/users?q=librarian');
    await page.getByRole('link', { name: 'Lena Librarian' }).click();
    await page.getByLabel('librarian', { exact: true }).check();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.goto(`${suite.url}/en/sign-in`);
    await page.getByLabel('E-mail address').fill('librarian@region.example.be');
    await page.getByLabel('Password').fill(librarianPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    // The role counts only with two-step verification on: every page says so, and the import page sends her to
    // turn it on, then back.
    await expect(page.locator('#pending-roles').textContent()).resolves.toContain('Your role (librarian) is inactive');
    await page.goto(`${suite.url}/en/library/manage/import`);
    expect(new URL(page.url()).pathname).toBe('/en/account');
    await turnOnTwoFactor(page, librarianPassword);
    await page.waitForURL(`${suite.url}/en/library/manage/import`);
    await expect(page.locator('#pending-roles').count()).resolves.toBe(0);
    const signedIn = await context.storageState();
    await context.close();
    const problems: string[] = [];

    // Without JavaScript: upload, preview, confirm.
    const plain = await suite.context({ javaScriptEnabled: false, storageState: signedIn });
    const noJs = await plain.newPage();
    const importFile = async (p: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) => {
      await p.goto(`${suite.url}/en/library/manage/import`);
      await p.getByLabel('File', { exact: true }).setInputFiles(file);
      await p.getByLabel('Import the valid entries and list the others').check();
      await p.getByLabel('Publish new records at once (otherwise drafts)').check();
      await p.getByRole('button', { name: 'Upload and preview' }).click();
      await expect(p.locator('#import-report').textContent()).resolves.toBe('Preview: nothing has been written yet');
    };
    // With JavaScript the page stays until the import's answer replaces it.
    const importDone = (p: Page) =>
      expect
        .poll(() => p.locator('#import-report').textContent(), { timeout: 240_000, interval: 500 })
        .toBe('Import done');
    const countIn = async (p: Page, id: string) =>
      Number.parseInt(
        ((await p.locator(`#${id} caption, h3#${id}`).first().textContent()) ?? '').replace(/\D+/g, ''),
        10,
      );
    await importFile(noJs, fixture);
    await noJs.getByRole('button', { name: 'Confirm the import' }).click();
    await expect(noJs.locator('#import-report').textContent()).resolves.toBe('Import done');
    expect(await countIn(noJs, 'import-created')).toBe(3);
    await plain.close();

    // With JavaScript: the same file changed, merged on the merge screen; then the bibliography, with its
    // duplicates reported, and the import's progress polled.
    const rich = await suite.context({ storageState: signedIn });
    const withJs = await rich.newPage();
    withJs.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    const changed = fs.readFileSync(fixture, 'utf8').replace('volume = {12}', 'volume = {13}');
    await importFile(withJs, { name: 'changed.bib', mimeType: 'text/plain', buffer: Buffer.from(changed) });
    await expect(withJs.locator('#import-counts').textContent()).resolves.toContain(
      'Duplicates of records already there: 3',
    );
    await axeClean(withJs);
    await withJs.getByRole('group', { name: 'Decision for line 5' }).getByLabel('Merge field by field').check();
    await withJs.locator('#dup-5').getByRole('radiogroup', { name: 'Volume' }).getByLabel('File').check();
    await withJs
      .getByRole('group', { name: 'Decision for line 16' })
      .getByLabel('Replace the record with the entry of the file')
      .check();
    await withJs.getByRole('button', { name: 'Confirm the import' }).click();
    await importDone(withJs);
    await axeClean(withJs);
    expect(await countIn(withJs, 'import-merged')).toBe(1);
    await expect(withJs.locator('#import-merged').textContent()).resolves.toContain('Changed fields: Volume.');
    await expect(withJs.locator('#import-skipped').textContent()).resolves.toContain('Duplicate of line 5.');

    await importFile(withJs, bibliography);
    const repeated = Number.parseInt(
      ((await withJs.locator('#import-counts li').nth(2).textContent()) ?? '').replace(/\D+/g, ''),
      10,
    );
    if (hasSharedBib) expect(repeated).toBeGreaterThan(0);
    const polled = withJs.waitForRequest(/\/library\/manage\/import\/[0-9a-f]{32}\/status$/);
    await withJs.getByRole('button', { name: 'Confirm the import' }).click();
    await polled;
    await importDone(withJs);
    const created = await countIn(withJs, 'import-created');
    if (hasSharedBib) {
      expect(created).toBeGreaterThan(0);
      await expect(withJs.locator('#import-skipped').textContent()).resolves.toContain('Duplicate of line');
    }
    expect(problems).toEqual([]);
    await rich.close();

    // A harvester pages through every published record.
    const seen = new Set<string>();
    let url = `${suite.url}/oai?verb=ListRecords&metadataPrefix=oai_dc`;
    let complete = 0;
    for (let pages = 0; pages < 1000; pages++) {
      const body = await (await fetch(url)).text();
      expect(body).not.toContain('<error');
      for (const m of body.matchAll(/<identifier>(oai:accroche:library\/[0-9a-f-]+)<\/identifier>/g))
        seen.add(m[1] as string);
      const token = /<resumptionToken completeListSize="(\d+)"[^>]*>([^<]*)<\/resumptionToken>/.exec(body);
      if (token) complete = Number(token[1]);
      if (!token?.[2]) break;
      url = `${suite.url}/oai?verb=ListRecords&resumptionToken=${token[2]}`;
    }
    expect(seen.size).toBe(complete || seen.size);
    expect(seen.size).toBeGreaterThanOrEqual(created + 3 + 19);
  }, 300_000);
});
