/**
 * `npm run screenshots`: starts the server on a fresh data folder with the development demo data and saves the
 * README's screenshots of the main pages into docs/screenshots/, taken in Debian's Chromium: public pages, then
 * the demo applicant's and the demo librarian's pages, signed in as they would.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { root, runCli, startServer, tempDataDir } from '../e2e/server.ts';
import { DEMO_TOTP_KEY } from '../src/cli/demo-two-factor.ts';
import { totpCode } from '../test/totp-code.ts';

const publicShots = [
  { name: 'home', path: '/fr' },
  { name: 'scheme', path: '/en/schemes/dasc' },
  { name: 'timeline', path: '/nl/timeline' },
  { name: 'municipalities', path: '/fr/municipalities' },
  { name: 'sign-up', path: '/nl/sign-up' },
  { name: 'figures-dashboard', path: '/fr/figures' },
  { name: 'figures-map', path: '/nl/figures/map/disadvantaged-first-secondary#map' },
  { name: 'calls', path: '/fr/calls' },
  { name: 'library', path: `/en/library?q=${encodeURIComponent('décrochage')}` },
];
/** The password of the development demo accounts (src/cli/demo.ts). */
const demoPassword = 'demo-accroche-2026';

const data = tempDataDir();
// The map shows the real boundaries when the shared data folder is there (read at run time, never copied).
const boundaries = path.resolve(root, '..', 'shared', 'data', 'brussels-municipalities.geojson');
if (fs.existsSync(boundaries))
  await runCli(['geo', 'import', boundaries, '--credit', 'Statbel'], { DATA_DIR: data.dir });
else console.log(`${boundaries} is absent: the map screenshot shows the tile grid.`);
const server = await startServer({ DATA_DIR: data.dir, NODE_ENV: 'development' });
const browser = await launchChromium();

async function shoot(page: Page, name: string, fullPage = false) {
  const file = path.join(root, 'docs/screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`${page.url().replace(server.url, '')} -> ${path.relative(root, file)}`);
}

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/fr/sign-in`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', demoPassword);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  // Staff accounts then give the code of the demo two-step key.
  if (new URL(page.url()).pathname.endsWith('/sign-in/two-factor')) {
    await page.fill('input[name=code]', totpCode(DEMO_TOTP_KEY));
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  }
  return page;
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const shot of publicShots) {
    await page.goto(`${server.url}${shot.path}`);
    await shoot(page, shot.name);
  }
  // The demo applicant: the dashboard, then the budget step of the first draft.
  const applicant = await signedIn('applicant@demo.accroche.localhost');
  await applicant.goto(`${server.url}/nl/applications`);
  await shoot(applicant, 'applications');
  const first = await applicant.locator('main table a[href*="/applications/"]').first().getAttribute('href');
  await applicant.goto(`${server.url}${first}/sections/budget`);
  await shoot(applicant, 'application-budget');
  // The demo librarian: the records, a refused record form, and the preview of an import.
  const librarian = await signedIn('librarian@demo.accroche.localhost');
  await librarian.goto(`${server.url}/fr/library/manage/records`);
  await shoot(librarian, 'library-records');
  await librarian.goto(`${server.url}/nl/library/manage/records/new`);
  await librarian.fill('#field-year', 'vorig jaar');
  await Promise.all([librarian.waitForNavigation(), librarian.locator('main form button[type=submit]').last().click()]);
  await shoot(librarian, 'library-record-form');
  await librarian.goto(`${server.url}/en/library/manage/import`);
  await librarian.setInputFiles('input[name=file]', path.join(root, 'test/fixtures/library-sample.bib'));
  await Promise.all([
    librarian.waitForNavigation(),
    librarian.locator('main form button[type=submit]').first().click(),
  ]);
  await shoot(librarian, 'library-import-preview');
} finally {
  await browser.close();
  await server.stop();
  data.remove();
}
