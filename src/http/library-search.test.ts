import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, visitorContext } from '../../test/app.ts';
import type { TestDatabase } from '../../test/db.ts';
import { systemActor } from '../core/context.ts';
import { catalogues } from '../core/i18n/index.ts';
import { createRecord, SearchParams, searchRecords, setRecordStatus, updateRecord } from '../domain/library/index.ts';
import type { AppOptions as AppDeps } from './env.ts';
import { librarySearchOf } from './library-search.ts';

type App = Awaited<ReturnType<typeof testApp>>;

const librarian = (database: TestDatabase) => ({
  actor: systemActor('test'),
  db: database.db,
  requestId: 'test',
  now: new Date(),
});
const totalOf = async (res: Response) => ((await res.json()) as { total: number }).total;

describe('the library search cache', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.database.dispose());
  const api = (q: string) => t.app.request(`/api/v1/library/search?q=${encodeURIComponent(q)}`);

  it('answers a repeated search from memory, and shows a record published or changed at once', async () => {
    const ctx = librarian(t.database);
    const draft = await createRecord(ctx, { type: 'report', title: 'Les ateliers de Zanzibar' });
    expect(await totalOf(await api('zanzibar'))).toBe(0);

    // Published behind the verbs' back (nothing tells the cache): the same search still comes from memory.
    await t.database.db.execute(sql`UPDATE library_records SET status = 'published' WHERE id = ${draft.id}`);
    const fresh = await searchRecords(visitorContext(t.database), SearchParams.parse({ q: 'zanzibar' }));
    expect(fresh.total).toBe(1);
    expect(await totalOf(await api('zanzibar'))).toBe(0);
    await t.database.db.execute(sql`UPDATE library_records SET status = 'draft' WHERE id = ${draft.id}`);

    // Published through the verb: seen by the next search, on the API and the page.
    await setRecordStatus(ctx, draft.id, 'published');
    expect(await totalOf(await api('zanzibar'))).toBe(1);
    const page = await (await t.app.request('/fr/library?q=zanzibar')).text();
    expect(page).toContain('<mark>Zanzibar</mark>');

    const record = await updateRecord(ctx, draft.id, { type: 'report', title: 'Les ateliers de Tombouctou' });
    expect(record.title).toBe('Les ateliers de Tombouctou');
    expect(await totalOf(await api('zanzibar'))).toBe(0);
    expect(await totalOf(await api('tombouctou'))).toBe(1);

    await createRecord(ctx, { type: 'report', title: 'Tombouctou, suite', status: 'published' });
    expect(await totalOf(await api('tombouctou'))).toBe(2);
  });
});

/**
 * Holds an exclusive lock on the records in a transaction until `release` is called: a search that reaches the
 * database waits there (on PGlite, every query waits for the transaction).
 */
function blockRecords(database: TestDatabase) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const done = database.db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE library_records IN ACCESS EXCLUSIVE MODE`);
    await released;
  });
  return { release, done };
}

/** Waits until the search has `n` searches running against the database. */
async function running(deps: AppDeps, n: number) {
  for (let i = 0; i < 600 && librarySearchOf(deps).stats().running < n; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(librarySearchOf(deps).stats().running).toBe(n);
}

describe('the library search queue', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp({
      LIBRARY_SEARCH_CONCURRENCY: '1',
      LIBRARY_SEARCH_QUEUE: '0',
      LIBRARY_SEARCH_QUEUE_WAIT_MS: '3000',
    });
  });
  afterAll(() => t.database.dispose());

  it('answers 503 with Retry-After when the queue is full: problem details on the API, a page on the site', async () => {
    const block = blockRecords(t.database);
    const first = t.app.request('/api/v1/library/search?q=decrochage');
    await running(t.deps, 1);

    const api = await t.app.request('/api/v1/library/search?q=jeunes', { headers: { 'accept-language': 'nl' } });
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('3');
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(await api.json()).toMatchObject({
      status: 503,
      code: 'UNAVAILABLE',
      title: catalogues.nl['problem.UNAVAILABLE'],
    });

    const page = await t.app.request('/en/library?q=jeunes');
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('3');
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain(catalogues.en['error.503.title']);

    // The same search as the one running joins it instead of asking for a place of its own.
    const same = t.app.request('/api/v1/library/search?q=decrochage');
    block.release();
    await block.done;
    const [a, b] = await Promise.all([first, same]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await totalOf(b)).toBe(await totalOf(a));
    expect((await t.app.request('/api/v1/library/search?q=jeunes')).status).toBe(200);
  });
});

describe('the library search queue, waiting', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp({
      LIBRARY_SEARCH_CONCURRENCY: '1',
      LIBRARY_SEARCH_QUEUE: '5',
      LIBRARY_SEARCH_QUEUE_WAIT_MS: '100',
    });
  });
  afterAll(() => t.database.dispose());

  it('answers 503 with Retry-After to a search that waited too long for its turn', async () => {
    const block = blockRecords(t.database);
    const first = t.app.request('/fr/library?q=decrochage');
    await running(t.deps, 1);
    const late = await t.app.request('/fr/library?q=jeunes');
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect(await late.text()).toContain(catalogues.fr['error.503.title']);
    block.release();
    await block.done;
    expect((await first).status).toBe(200);
  });
});
