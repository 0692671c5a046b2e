import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { TestDatabase } from '../../test/db.ts';
import { systemActor } from '../core/context.ts';
import { createRecord } from '../domain/library/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let draftId: string;
let markupId: string;
beforeAll(async () => {
  ({ app, database } = await testApp());
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'test', now: new Date() };
  draftId = (await createRecord(ctx, { type: 'guide', title: 'Un brouillon de guide' })).id;
  markupId = (
    await createRecord(ctx, {
      type: 'report',
      title: 'Absentéisme <img src=x onerror=alert(1)>',
      abstract: '<script>alert("x")</script> absentéisme',
      status: 'published',
    })
  ).id;
});
afterAll(() => database.dispose());

const get = (path: string) => app.request(path);
const recordIdIn = (html: string) => /\/records\/([0-9a-f-]{36})/.exec(html)?.[1] as string;

describe('library pages', () => {
  it('searches in French with accent folding, and keeps the state in the page', async () => {
    const res = await get('/fr/library?q=decrochage&language=fr&sort=title');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('5 résultat(s)');
    expect(html).toContain('<mark>décrochage</mark>');
    expect(html).toMatch(/<input type="checkbox" id="f-language-0" name="language" value="fr" checked=""/);
    expect(html).toMatch(/<option value="title" selected="">/);
  });

  it('answers any query without an error, cuts long ones with a notice, and suggests near words', async () => {
    for (const q of ['(((', '"unclosed', '-', '!!!', '<b>', '%00', 'a'.repeat(5000)]) {
      const res = await get(`/nl/library?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect(await (await get(`/en/library?q=${'word '.repeat(100)}`)).text()).toContain('too long');
    expect(await (await get('/en/library?q=schoolverlatrs')).text()).toContain('Did you mean');
  });

  it('shows markup in titles and abstracts as text', async () => {
    const html = await (await get('/fr/library?q=absent%C3%A9isme')).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    const record = await (await get(`/fr/library/records/${markupId}`)).text();
    expect(record).not.toContain('<script>alert');
    expect(record).toContain('\\u003cscript\\u003e');
  });

  it('shows a record with citations in the page language, Dublin Core and JSON-LD', async () => {
    const list = await (await get('/nl/library?q=%22High+School+Journal%22')).text();
    const html = await (await get(`/nl/library/records/${recordIdIn(list)}`)).text();
    expect(html).toContain('<meta name="DC.title" content="Do we know who will drop out?');
    expect(html).toContain('<meta name="DC.creator" content="Bowers, A. J."/>');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.parse(ld)).toMatchObject({
      '@type': 'ScholarlyArticle',
      sameAs: 'https://doi.org/10.1353/hsj.2013.0000',
    });
    expect(html).toMatch(/id="citation-apa">Bowers, A\. J\., Sprott, R\., (&amp;|en) Taff, S\. A\. \(2013\)/);
    expect(html).toMatch(/id="citation-vancouver">1\. Bowers AJ, Sprott R, Taff SA\./);
    expect(html).toMatch(/id="citation-chicago">Bowers, A\. J\./);
  });

  it('exports one record and a result set as RIS, BibTeX and CSL-JSON', async () => {
    const list = await (await get('/en/library?q=%22High+School+Journal%22')).text();
    const id = recordIdIn(list);
    const ris = await get(`/en/library/records/${id}/export.ris`);
    expect(ris.headers.get('content-disposition')).toContain('.ris');
    const text = await ris.text();
    expect(text).toMatch(/^TY {2}- JOUR/m);
    expect(text).toMatch(/^DO {2}- 10\.1353\/hsj\.2013\.0000/m);
    const bib = await (await get('/en/library/export.bib?q=%22vroege+schoolverlaters%22')).text();
    expect(bib.match(/^@/gm)?.length).toBe(2);
    const csl = JSON.parse(await (await get('/en/library/export.json?language=nl')).text()) as unknown[];
    expect(csl.length).toBe(8);
  });

  it('publishes an Atom feed for a search', async () => {
    const res = await get('/en/library/feed.atom?q=%22vroege+schoolverlaters%22');
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml.match(/<entry>/g)?.length).toBe(2);
    expect(xml).toContain('<title>Vroege schoolverlaters in Vlaanderen in 2010</title>');
  });

  it('lists categories, authors and keywords with counts', async () => {
    const authors = await (await get('/fr/library/authors')).text();
    expect(authors).toContain('Van Damme, J.');
    expect(authors).toContain('(3 publication(s))');
    const categories = await (await get('/en/library/categories')).text();
    expect(categories).toContain('Policy and regulation');
    expect((await get('/nl/library/keywords')).status).toBe(200);
  });

  it('hides drafts from visitors', async () => {
    expect((await get(`/fr/library/records/${draftId}`)).status).toBe(404);
    expect(await (await get('/fr/library?q=brouillon')).text()).toContain('0 résultat(s)');
  });
});
