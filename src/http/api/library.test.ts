import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.ts';
import type { TestDatabase } from '../../../test/db.ts';
import { SearchResult } from '../../domain/library/index.ts';
import type { createApp } from '../app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

describe('library API', () => {
  it('searches with the page parameters and answers total, facets and results', async () => {
    const res = await app.request('/api/v1/library/search?q=schoolverlaters&language=nl&from=2013&to=2014&sort=oldest');
    expect(res.status).toBe(200);
    const body = SearchResult.parse(await res.json());
    expect(body.total).toBe(3);
    expect(body.results.map((r) => r.record.year)).toEqual([2013, 2013, 2014]);
    expect(body.facets.language.find((f) => f.value === 'nl')?.count).toBe(3);
  });

  it('gives a record and its exports, and 404 for an unknown one', async () => {
    const search = SearchResult.parse(
      await (await app.request('/api/v1/library/search?q=%22High%20School%20Journal%22')).json(),
    );
    const id = search.results[0]?.record.id as string;
    const record = await (await app.request(`/api/v1/library/records/${id}`)).json();
    expect(record).toMatchObject({ doi: '10.1353/hsj.2013.0000' });
    const bib = await (await app.request(`/api/v1/library/records/${id}/export/bibtex`)).text();
    expect(bib).toMatch(/^@article\{/);
    const csl = await (await app.request('/api/v1/library/export/csl-json?category=policy')).json();
    expect(Array.isArray(csl) && csl.length).toBeGreaterThan(3);
    const missing = await app.request('/api/v1/library/records/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/library/search', '/library/records/{id}', '/library/export/{format}']),
    );
  });
});
