import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { engine, freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { systemActor } from '../../core/context.ts';
import { migrateDatabase, openDatabase } from '../../db/index.ts';
import { libraryRecordSeeds } from '../../db/seed/reference/library.ts';
import { seedReferenceData } from '../reference/index.ts';
import { createRecord } from './create-record.ts';
import { SearchParams } from './schemas.ts';
import { searchRecords } from './search-records.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

const search = (params: Record<string, string | string[]>, db = database) =>
  searchRecords(visitorContext(db as TestDatabase), SearchParams.parse(params));
const titles = (r: Awaited<ReturnType<typeof search>>) => r.results.map((h) => h.record.title);

describe('library search engines', () => {
  it.runIf(engine === 'postgres')(
    'gives the same totals, facets and first results on PGlite',
    async () => {
      const pglite = await openDatabase({ memory: true });
      await migrateDatabase(pglite);
      await seedReferenceData(pglite);
      const other = { ...pglite, dispose: () => pglite.close() } as TestDatabase;
      try {
        const cases: Record<string, string | string[]>[] = [
          {},
          { q: 'décrochage' },
          { q: 'schoolverlaten', sort: 'title' },
          { q: 'early school', language: ['en', 'nl'] },
          { category: 'policy', sort: 'author' },
          { from: '2010', to: '2015', sort: 'oldest' },
        ];
        for (const params of cases) {
          const [a, b] = [await search(params), await search(params, other)];
          const shape = (r: typeof a) => ({
            total: r.total,
            facets: r.facets,
            ids: r.results.map((h) => h.record.title),
            marks: r.results.map((h) => h.titleHighlight),
          });
          expect(shape(a), JSON.stringify(params)).toEqual(shape(b));
        }
      } finally {
        await pglite.close();
      }
    },
    180_000,
  );
});

describe('library search', () => {
  it('browses every seeded record, newest first, when the query is empty', async () => {
    const r = await search({});
    expect(r.total).toBe(libraryRecordSeeds.length);
    expect(r.sort).toBe('newest');
    const years = r.results.map((h) => h.record.year).filter((y) => y !== null);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('folds accents: "decrochage" finds the records about "décrochage"', async () => {
    const r = await search({ q: 'decrochage' });
    expect(r.total).toBeGreaterThanOrEqual(5);
    expect(titles(r)).toContain('Décrochage scolaire, comprendre pour agir');
    const hit = r.results.find((h) => h.record.title.startsWith('Décrochage scolaire'));
    // The title's hit keeps its accent and is marked (every odd piece is a hit).
    expect(hit?.titleHighlight[1]).toBe('Décrochage');
  });

  it('stems Dutch and English: "schoolverlater" and "leaving" find their records', async () => {
    expect(titles(await search({ q: 'schoolverlater' }))).toContain('Vroege schoolverlaters in Vlaanderen in 2010');
    expect(titles(await search({ q: 'leaving' }))).toContain(
      'Tackling Early Leaving from Education and Training in Europe: Strategies, Policies and Measures',
    );
  });

  it('reads web-search syntax: phrases, exclusions and or', async () => {
    const phrase = await search({ q: '"vroege schoolverlaters"' });
    expect(phrase.total).toBe(2);
    const without = await search({ q: 'schoolverlaters -arbeidsmarkt' });
    expect(titles(without)).not.toContain('Vroege schoolverlaters en de aantrekkingskracht van de arbeidsmarkt');
    const either = await search({ q: 'spijbelen or dropout' });
    expect(either.total).toBeGreaterThanOrEqual(3);
  });

  it('counts facets, OR within a facet and AND across facets', async () => {
    const all = await search({ q: 'décrochage' });
    const fr = all.facets.language.find((f) => f.value === 'fr')?.count ?? 0;
    expect(fr).toBeGreaterThan(0);
    const onlyFr = await search({ q: 'décrochage', language: 'fr' });
    expect(onlyFr.total).toBe(fr);
    // Choosing a language leaves the other languages countable.
    expect(onlyFr.facets.language).toEqual(all.facets.language);
    const frOrEn = await search({ language: ['fr', 'en'] });
    const browse = await search({});
    const count = (v: string) => browse.facets.language.find((f) => f.value === v)?.count ?? 0;
    expect(frOrEn.total).toBeLessThanOrEqual(count('fr') + count('en'));
    expect(frOrEn.total).toBeGreaterThanOrEqual(Math.max(count('fr'), count('en')));
    const narrowed = await search({ language: 'nl', from: '2013', to: '2013' });
    expect(narrowed.results.every((h) => h.record.year === 2013 && h.record.languages.includes('nl'))).toBe(true);
    expect(narrowed.total).toBe(3);
  });

  it('never fails on odd input, and cuts very long queries', async () => {
    for (const q of ['(((', '"', "'", '&|!', 'a:*', '-', 'or or', '\u0000x', '\uD800', '<script>', '\\', '%_']) {
      const r = await search({ q });
      expect(r.total).toBeGreaterThanOrEqual(0);
    }
    const long = await search({ q: 'décrochage '.repeat(40) });
    expect(long.truncated).toBe(true);
    expect(Array.from(long.query).length).toBeLessThanOrEqual(200);
  });

  it('suggests a near word for a misspelt query', async () => {
    const r = await search({ q: 'schoolverlatrs' });
    expect(r.suggestion).toBe('schoolverlaters');
  });

  it('keeps markup of titles as text in the highlighted passage', async () => {
    const ctx = { ...visitorContext(database), actor: systemActor('test') };
    await createRecord(ctx, { type: 'report', title: 'Absentéisme <script>alert(1)</script>', status: 'published' });
    const r = await search({ q: 'absentéisme' });
    expect(r.results[0]?.titleHighlight.join('')).toBe('Absentéisme <script>alert(1)</script>');
  });
});
