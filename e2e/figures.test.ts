import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/domain/figures/csv.ts';
import { hasChromium } from './browser.ts';
import { root, runCli } from './server.ts';
import { browserSuite, downloadedText } from './suite.ts';

/** The real boundaries, read at run time from the shared data folder when it is there (never copied here). */
const boundaries = path.resolve(root, '..', 'shared', 'data', 'brussels-municipalities.geojson');
const haveBoundaries = fs.existsSync(boundaries);
if (!haveBoundaries) console.warn(`${boundaries} is absent: the map is tested as the tile grid.`);

/** The rows of the table with this caption: first cell text and the raw value of the value cell. */
const tableRows = (page: Page, caption: string) =>
  page.$$eval(
    'table',
    (tables, wanted) => {
      const table = tables.find((t) => t.querySelector('caption')?.textContent?.includes(wanted));
      return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
        name: tr.querySelector('th')?.textContent?.trim() ?? '',
        value: Number(tr.querySelector('[data-value]')?.getAttribute('data-value')),
        shown: tr.querySelector('[data-value]')?.textContent?.trim() ?? '',
      }));
    },
    caption,
  );

// Every figures page in the three languages, and axe on each of their templates (the pages this flow passes
// through among them): e2e/pages.test.ts.
describe.skipIf(!hasChromium)('public figures, as a visitor', () => {
  const suite = browserSuite({
    prepare: async (dir) => {
      // The CLI refuses a file with bad lines and names them, writing nothing.
      const bad = path.join(dir, 'bad.csv');
      fs.writeFileSync(
        bad,
        'indicator,territory,year,breakdown,value,source,preferred\nearly-leavers-18-24,BE10,2020,total,x,FPB_2025,1\n',
      );
      const refused = await runCli(['indicators', 'import', bad], { DATA_DIR: dir });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('Line 2: "x" is not a number');
      if (haveBoundaries) {
        const geo = await runCli(['geo', 'import', boundaries, '--credit', 'Statbel'], { DATA_DIR: dir });
        expect(geo.stdout).toContain('Boundaries of 19 municipalities imported.');
      }
    },
  });

  it('reads the Brussels series with its sources in French and Dutch, switches the map, opens a municipality with the keyboard, and downloads what it saw', async () => {
    const context = await suite.context({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    // French dashboard: the latest Brussels rate, its trend, its source; the series in the table.
    await page.goto(`${suite.url}/fr/figures`);
    const brussels = page.locator('.headline-BE10');
    await expect(brussels.locator('.figure-value').textContent()).resolves.toMatch(/^9,8\s%$/);
    await expect(brussels.textContent()).resolves.toContain('Federal Planning Bureau');
    const series = await tableRows(page, 'Données du graphique : Jeunes ayant quitté prématurément');
    const brusselsSeries = series.filter((r) => r.name === 'Région de Bruxelles-Capitale');
    expect(brusselsSeries.length).toBeGreaterThan(10);
    expect(brusselsSeries.at(-1)?.shown).toMatch(/^9,8\s%$/);

    // Dutch: the same figure, its words in Dutch, and every value of the series with its source.
    await page.goto(`${suite.url}/nl/figures/early-leavers-18-24`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Vroegtijdige schoolverlaters');
    const values = await tableRows(page, 'Waarden van "Vroegtijdige schoolverlaters"');
    expect(values.filter((v) => v.name === 'Brussels Hoofdstedelijk Gewest').length).toBeGreaterThan(20);
    await expect(page.locator('.values-table').textContent()).resolves.toContain('Statbel');

    // The map: switch to another indicator with the form.
    await page.goto(`${suite.url}/fr/figures`);
    await page.getByLabel('Indicateur sur la carte').selectOption('secondary-repeated-a-year');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/\/fr\/figures\/map\/secondary-repeated-a-year/);
    await expect(page.locator('#map-h').textContent()).resolves.toContain('ayant déjà redoublé');

    // The CSV of the map holds exactly the values of its table.
    const shown = await tableRows(page, 'Données du graphique : Carte');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.map-section .downloads a', { hasText: 'données CSV' }).click(),
    ]);
    const csv = parseCsv(await downloadedText(download));
    expect(csv.slice(1).map((r) => ({ name: r[1], value: Number(r[5]) }))).toEqual(
      shown.map(({ name, value }) => ({ name, value })),
    );
    expect(shown.map((s) => s.name)).toContain('Saint-Josse-ten-Noode');

    // Keyboard: from the switcher, Tab into the map and open the first municipality with Enter.
    await page.getByLabel('Indicateur sur la carte').focus();
    let focused = '';
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('svg') ? (el.getAttribute('href') ?? '') : '';
      });
    }
    expect(focused).toMatch(/^\/fr\/municipalities\/210\d\d$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${focused}`);
    await expect(page.locator('h2#municipality-figures-h').textContent()).resolves.toBe('Chiffres de la commune');

    // The full table of an indicator in JSON holds the values of the page.
    await page.goto(`${suite.url}/fr/figures/disadvantaged-first-secondary`);
    const all = await tableRows(page, 'Valeurs de « Élèves défavorisés');
    const json = (await (await fetch(`${suite.url}/fr/figures/disadvantaged-first-secondary.json`)).json()) as {
      data: { value: number }[];
    };
    expect(json.data.map((v) => v.value)).toEqual(all.map((v) => v.value));
    expect(errors).toEqual([]);
  }, 300_000);
});
