import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { TestDatabase } from '../../test/db.ts';
import { Indicator, IndicatorValue, parseCsv } from '../domain/figures/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

/** The `data-value` cells of the table whose caption contains `caption`, in order. */
function tableValues(html: string, caption: string): { territory: string; value: number }[] {
  const start = html.indexOf(caption);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr><th scope="row">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/th>.*?data-value="([^"]+)"/g)].map(
    (m) => ({ territory: m[1] as string, value: Number(m[2]) }),
  );
}

describe('figures pages', () => {
  it('draws the dashboard with the Brussels rate, its sources, the charts as SVG and the map', async () => {
    const res = await app.request('/fr/figures');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('9,8');
    expect(html).toContain('Federal Planning Bureau');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('href="/fr/municipalities/21014"');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it('serves a chart CSV holding exactly the values of its data table', async () => {
    const page = await (await app.request('/nl/figures/early-leavers-18-24')).text();
    const shown = tableValues(page, 'Gegevens van de grafiek: Vroegtijdige schoolverlaters, 1992');
    expect(shown.length).toBeGreaterThan(40);
    const csv = parseCsv(await (await app.request('/nl/figures/early-leavers-18-24/line.csv')).text());
    expect(csv[0]).toEqual(['territory', 'territory_name', 'year', 'period', 'breakdown', 'value', 'source']);
    expect(csv.slice(1).map((r) => ({ territory: r[1], value: Number(r[5]) }))).toEqual(shown);
  });

  it('serves the chart as SVG and PNG', async () => {
    const svg = await app.request('/fr/figures/early-leavers-18-24/line.svg');
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg [^>]*role="img"/);
    const png = await app.request('/fr/figures/early-leavers-18-24/line.png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('switches maps through a form that works without JavaScript', async () => {
    const res = await app.request('/fr/figures/map?indicator=secondary-repeated-a-year');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/fr/figures/map/secondary-repeated-a-year#map');
    expect((await app.request('/fr/figures/map?indicator=nope')).status).toBe(404);
    expect((await app.request('/fr/figures/map/early-leavers-18-24')).status).toBe(404);
  });

  it('shows the figures on a municipality page', async () => {
    const html = await (await app.request('/en/municipalities/21014')).text();
    expect(html).toContain('Figures for the municipality');
    expect(html).toContain('90.1');
  });

  it('lists funding by scheme with CSV and JSON downloads', async () => {
    const html = await (await app.request('/fr/funding')).text();
    expect(html).toContain('/fr/funding.csv');
    const csv = parseCsv(await (await app.request('/fr/funding.csv')).text());
    expect(csv.find((r) => r[0] === 'das-2019-2021')?.[4]).toBe('5852609');
    const json = (await (await app.request('/fr/funding.json')).json()) as { data: { code: string }[] };
    expect(json.data.map((c) => c.code)).toContain('das-2019-2021');
  });
});

describe('figures API', () => {
  it('lists the catalogue and filters values, each with its source', async () => {
    const list = (await (await app.request('/api/v1/indicators')).json()) as { data: unknown[] };
    for (const i of list.data) Indicator.parse(i);
    const res = await app.request(
      '/api/v1/indicators/early-leavers-18-24/values?territory=BE10&year=2024&breakdown=total',
    );
    const body = (await res.json()) as { data: unknown[] };
    const values = body.data.map((v) => IndicatorValue.parse(v));
    expect(values.map((v) => [v.value, v.source.id, v.preferred])).toEqual([[9.8, 'FPB_2025', true]]);
    const bad = await app.request('/api/v1/indicators/early-leavers-18-24/values?territory=XX');
    expect(bad.status).toBe(400);
    expect((await app.request('/api/v1/indicators/nope/values')).status).toBe(404);
  });

  it('describes the routes in OpenAPI and the datasets in DCAT-AP', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/indicators', '/indicators/{code}/values', '/catalogue.jsonld']),
    );
    const res = await app.request('/api/v1/catalogue.jsonld');
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const catalogue = (await res.json()) as { '@type': string; 'dcat:dataset': Record<string, unknown>[] };
    expect(catalogue['@type']).toBe('dcat:Catalog');
    const esl = catalogue['dcat:dataset'].find((d) => d['dct:identifier'] === 'early-leavers-18-24');
    expect(esl?.['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    expect(((esl?.['dct:source'] ?? []) as unknown[]).length).toBeGreaterThan(5);
    expect(catalogue['dcat:dataset'].some((d) => d['dct:identifier'] === 'funding')).toBe(true);
  });
});
