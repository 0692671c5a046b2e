import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import type { Actor } from '../../core/context.ts';
import { createLibrarySearch, searchKey } from './cached-search.ts';
import { SearchParams } from './schemas.ts';
import { searchRecords } from './search-records.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

/** The search with its cache and queue, over the real `searchRecords`, counting the searches that reach it. */
function counted() {
  const calls: string[] = [];
  const search = createLibrarySearch(
    {
      cache: { ttlMs: 60_000, maxEntries: 100, maxBytes: 10_000_000 },
      queue: { concurrency: 1, maxWaiting: 10, maxWaitMs: 60_000 },
    },
    (ctx, params, options) => {
      calls.push(params.q);
      return searchRecords(ctx, params, options);
    },
  );
  return { calls, search };
}

const params = (p: Record<string, string | string[]>) => SearchParams.parse(p);

describe('the cached library search', () => {
  it('answers the same search twice with one database search, and the same result', async () => {
    const { calls, search } = counted();
    const first = await search.search(visitorContext(database), params({ q: 'décrochage' }));
    const second = await search.search(visitorContext(database), params({ q: 'décrochage' }));
    expect(second).toEqual(first);
    expect(first.total).toBeGreaterThan(0);
    expect(calls).toEqual(['décrochage']);
  });

  it('shares one database search between identical searches missing at once', async () => {
    const { calls, search } = counted();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => search.search(visitorContext(database), params({ q: 'schoolverlaten' }))),
    );
    expect(calls).toEqual(['schoolverlaten']);
    expect(new Set(results.map((r) => r.total)).size).toBe(1);
  });

  it('tells apart searches that differ in any parameter, and not those whose filter values are in another order', () => {
    const base = { q: 'ecole', category: ['policy', 'prevention'] };
    const key = searchKey(params(base), undefined);
    expect(searchKey(params({ ...base, category: ['prevention', 'policy'] }), undefined)).toBe(key);
    expect(searchKey(params({ ...base, q: '  ecole ' }), undefined)).toBe(key);
    const others = [
      { ...base, q: 'école' },
      { ...base, category: ['policy'] },
      { ...base, author: 'BEFUS' },
      { ...base, keyword: 'absentéisme' },
      { ...base, language: 'fr' },
      { ...base, type: 'report' },
      { ...base, from: '2010' },
      { ...base, to: '2020' },
      { ...base, sort: 'title' },
      { ...base, page: '2' },
    ].map((p) => searchKey(params(p), undefined));
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
    // A query cut to the longest the engine reads is not its prefix: its result says it was cut.
    const longest = 'ecole '.repeat(40).slice(0, 200);
    expect(searchKey(params({ q: `${longest} decrochage` }), undefined)).not.toBe(
      searchKey(params({ q: longest }), undefined),
    );
    expect(searchKey(params(base), 1000)).not.toBe(key);
  });

  it('never keeps a search that includes drafts for a curator', async () => {
    const { calls, search } = counted();
    const librarian: Actor = { kind: 'user', id: 'l', roles: ['librarian'], municipality: null };
    const ctx = { ...visitorContext(database), actor: librarian };
    await search.search(ctx, params({ q: 'jeunes' }), { includeDrafts: true });
    await search.search(ctx, params({ q: 'jeunes' }), { includeDrafts: true });
    expect(calls).toEqual(['jeunes', 'jeunes']);
  });
});
