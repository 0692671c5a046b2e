import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { signedInAs } from '../../test/factories.ts';
import { systemActor } from '../core/context.ts';
import { auditLog, libraryRecords } from '../db/schema/index.ts';
import { createRecord } from '../domain/library/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-library-import-'));
const browsers: Record<'first' | 'second', Visitor> = {} as never;
const sample = fs.readFileSync(new URL('../../test/fixtures/library-sample.bib', import.meta.url));

beforeAll(async () => {
  const t = await testApp({ DATA_DIR: dataDir });
  ({ app, database } = t);
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'test', now: new Date() };
  for (const who of ['first', 'second'] as const) {
    const email = `${who}.librarian@region.example.be`;
    browsers[who] = (await signedInAs(t, { email, name: who, lang: 'en', roles: ['librarian'] })).visitor;
  }
  // The library already holds the first entry of the sample (same DOI), with another volume and keywords.
  await createRecord(ctx, {
    type: 'article',
    title: 'Le décrochage scolaire à Bruxelles : un état des lieux',
    authors: [{ family: 'Dupont', given: 'François' }],
    year: 2019,
    volume: '11',
    doi: '10.9999/accroche.2019.001',
    keywords: ['Bruxelles'],
    note: 'Relu par la bibliothèque',
  });
});
afterAll(() => {
  database.dispose();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const records = async () => (await database.db.select({ n: count() }).from(libraryRecords))[0]?.n ?? 0;
const audits = async (action: string) =>
  (await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)))[0]?.n ?? 0;

/** Uploads a file and returns the address of its preview. */
async function upload(browser: Visitor, bytes: Uint8Array, fields: Record<string, string> = {}): Promise<string> {
  await browser.get('/en/library/manage/import');
  const res = await browser.postMultipart('/en/library/manage/import', fields, {
    file: new File([new Uint8Array(bytes)], 'sample.bib', { type: 'application/x-bibtex' }),
  });
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  expect(location).toMatch(/^\/en\/library\/manage\/import\/[0-9a-f]{32}$/);
  return location;
}

/** The form fields of a page as a browser would send them: hidden fields, checked radios and boxes, selects. */
function formOf(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    const value = /value="([^"]*)"/.exec(attrs)?.[1] ?? 'on';
    const type = /type="([^"]+)"/.exec(attrs)?.[1];
    if (!name || name === '_csrf' || type === 'file') continue;
    if ((type === 'radio' || type === 'checkbox') && !/checked=""/.test(attrs)) continue;
    fields[name] = value.replaceAll('&amp;', '&');
  }
  for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>(.*?)<\/select>/gs)) {
    fields[m[1] as string] = /<option value="([^"]*)" selected=""/.exec(m[2] ?? '')?.[1] ?? '';
  }
  return fields;
}

describe('the web import, from the upload to the report', () => {
  let preview = '';

  it('keeps the upload on the server and shows a preview without writing anything', async () => {
    const before = await records();
    preview = await upload(browsers.first, sample, { skipInvalid: 'on' });
    const res = await browsers.first.get(preview);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Preview: nothing has been written yet');
    expect(html).toContain('New records: 2');
    expect(html).toContain('Duplicates of records already there: 1');
    expect(html).toContain('Entries repeated within the file (skipped): 2');
    expect(html).toContain('Invalid entries: 1');
    expect(html).toMatch(/<td class="num">45<\/td>/);
    expect(html).toContain('Line 5: same DOI as the existing record');
    expect(html).toMatch(
      /<tr class="differs"><th scope="row" id="field-5-volume-label">Volume<\/th><td>11<\/td><td>12<\/td>/,
    );
    // The source keywords that match no category are offered for mapping.
    expect(html).toMatch(/name="term-\d+" value="spijbelen"/);
    expect(await records()).toBe(before);
    // The file is stored once, by its SHA-256, under the data folder.
    const sha = (await import('node:crypto')).createHash('sha256').update(sample).digest('hex');
    expect(fs.existsSync(path.join(dataDir, 'uploads', sha.slice(0, 2), sha))).toBe(true);
  });

  it('does not show one librarian’s import to another', async () => {
    expect((await browsers.second.get(preview)).status).toBe(404);
    await browsers.second.get('/en/library/manage/import');
    expect((await browsers.second.post(preview, { action: 'import' })).status).toBe(404);
  });

  it('maps a keyword to a category, merges the duplicate as chosen, and reports every line', async () => {
    const page = await (await browsers.first.get(preview)).text();
    const term = /name="term-(\d+)" value="spijbelen"/.exec(page)?.[1] as string;
    const refreshed = await browsers.first.post(preview, {
      ...formOf(page),
      [`map-${term}`]: 'prevention',
      action: 'refresh',
    });
    expect(refreshed.status).toBe(200);
    const again = await refreshed.text();
    expect(again).toMatch(/<option value="prevention" selected="">Prevention<\/option>/);
    const importsBefore = await audits('library_record.import');
    const before = await records();
    const form = {
      ...formOf(again),
      'dup-5': 'merge',
      'field-5-volume': 'incoming',
      'field-5-keywords': 'union',
      action: 'import',
    };
    const res = await browsers.first.post(preview, form);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(preview);
    const report = await (await browsers.first.get(preview)).text();
    expect(report).toContain('Import done');
    expect(report).toContain('Created: 2');
    expect(report).toContain('Merged: 1');
    expect(report).toContain('Rejected: 1');
    expect(report).toMatch(/<td class="num">31<\/td><td>[^<]*<\/td><td>Duplicate of line 5\.<\/td>/);
    // The same report in French: the reasons are in the reader's language.
    const french = await (await browsers.first.get(preview.replace('/en/', '/fr/'))).text();
    expect(french).toMatch(/<td class="num">31<\/td><td>[^<]*<\/td><td>Doublon de la ligne 5\.<\/td>/);
    expect(french).toMatch(/<td>Champs changés : [^<]*Volume[^<]*\.<\/td>/);
    expect(await records()).toBe(before + 2);
    const [merged] = await database.db
      .select()
      .from(libraryRecords)
      .where(eq(libraryRecords.doi, '10.9999/accroche.2019.001'));
    expect(merged).toMatchObject({ volume: '12', note: 'Relu par la bibliothèque' });
    expect(merged?.keywords).toEqual(['Bruxelles', 'décrochage scolaire', 'prévention']);
    const [mapped] = await database.db
      .select()
      .from(libraryRecords)
      .where(eq(libraryRecords.title, 'Schoolverzuim in het Brussels Nederlandstalig onderwijs'));
    expect(mapped?.categories).toEqual(['prevention']);
    expect(await audits('library_record.import')).toBe(importsBefore + 1);
    expect(await audits('library_record.merge')).toBe(1);
    // Confirming the same import again writes nothing more.
    expect((await browsers.first.post(preview, form)).status).toBe(303);
    expect(await records()).toBe(before + 2);
  });

  it('writes nothing and lists each line when a file has invalid entries and the option is off', async () => {
    const before = await records();
    const address = await upload(browsers.first, sample);
    const page = await (await browsers.first.get(address)).text();
    const res = await browsers.first.post(address, { ...formOf(page), action: 'import' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('The file has invalid entries: nothing was imported.');
    expect(html).toMatch(/<li>Line 45: Unreadable entry \(/);
    expect(await records()).toBe(before);
  });

  it('writes nothing, audit included, when a record changed between the preview and the confirmation', async () => {
    const file = new TextEncoder().encode(
      '@book{fresh, author = {Nouveau, Nom}, title = {Un livre tout neuf}, year = 2024}\n\n' +
        '@book{martin2018, author = {Martin, Élise}, title = {Raccrocher les élèves : guide pour les équipes}, year = {2018}, volume = {9}}\n',
    );
    const address = await upload(browsers.first, file);
    const page = await (await browsers.first.get(address)).text();
    expect(page).toContain('New records: 1');
    await database.db
      .update(libraryRecords)
      .set({ updatedAt: new Date('2030-01-01T00:00:00Z') })
      .where(eq(libraryRecords.title, 'Raccrocher les élèves : guide pour les équipes'));
    const counts = async () => [
      await records(),
      await audits('library_record.import'),
      await audits('library_record.update'),
    ];
    const before = await counts();
    const res = await browsers.first.post(address, { ...formOf(page), 'dup-3': 'replace', action: 'import' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('A record changed since the preview: nothing was imported.');
    expect(await counts()).toEqual(before);
  });
});

describe('a confirmation stopped with its server', () => {
  it('says in the reader’s language that nothing was imported, and imports once confirmed again', async () => {
    const file = new TextEncoder().encode(
      '@book{stopped1, author = {Coupé, Jeanne}, title = {Un import interrompu}, year = 2023}\n\n' +
        '@book{stopped2, author = {Wouters, Pieter}, title = {Een onderbroken import}, year = 2024}\n',
    );
    const address = await upload(browsers.first, file);
    const page = await (await browsers.first.get(address)).text();
    const before = await records();
    // What a server killed during "Confirm" leaves on disk: the session running, stamped with a process that is
    // gone (boot ids are drawn from 1 up, so 0 is nobody's).
    const sessionFile = path.join(dataDir, 'library-imports', `${address.split('/').pop()}.json`);
    const stopped = {
      ...JSON.parse(fs.readFileSync(sessionFile, 'utf8')),
      state: 'running',
      runner: { boot: 0, pid: 4_194_301, host: 'stopped', startedAt: '2026-03-02T09:15:00.000Z' },
    };
    fs.writeFileSync(sessionFile, JSON.stringify(stopped));
    const said = {
      en: 'The confirmation started on 2 March 2026 at 10:15 was interrupted when the server stopped: nothing was imported. You can confirm the import again.',
      fr: 'La confirmation commencée le 2 mars 2026 à 10:15 a été interrompue, le serveur s’étant arrêté : rien n’a été importé. Vous pouvez confirmer l’import à nouveau.',
      nl: 'De bevestiging die op 2 maart 2026 om 10:15 begon, is onderbroken omdat de server stopte: er is niets geïmporteerd. U kunt de import opnieuw bevestigen.',
    };
    for (const [lang, text] of Object.entries(said)) {
      const html = await (await browsers.first.get(address.replace('/en/', `/${lang}/`))).text();
      expect(html).toContain(text);
    }
    expect(await records()).toBe(before);
    const res = await browsers.first.post(address, { ...formOf(page), action: 'import' });
    expect(res.status).toBe(303);
    const report = await (await browsers.first.get(address)).text();
    expect(report).toContain('Created: 2');
    expect(report).not.toContain('interrupted');
    expect(await records()).toBe(before + 2);
    expect(JSON.parse(fs.readFileSync(sessionFile, 'utf8'))).toMatchObject({ state: 'done' });
  });
});

describe('the upload limit', () => {
  /** A body that notes whether anything read it. */
  const watchedBody = (size: number) => {
    const state = { pulled: 0 };
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        state.pulled += chunk.byteLength;
        if (state.pulled > size) controller.close();
        else controller.enqueue(chunk);
      },
    });
    return { stream, state };
  };

  it('refuses a body announced over 20 MB before reading it, before the CSRF check, in the page language', async () => {
    const { stream, state } = watchedBody(25 * 1024 * 1024);
    const res = await app.request('/nl/library/manage/import', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(25 * 1024 * 1024) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain('<h1>Bestand te groot</h1>');
    expect(html).toContain('Het bestand is groter dan 20 MB.');
    expect(state.pulled).toBeLessThanOrEqual(1024 * 1024);
  });

  it('stops a body sent without its length once it passes the limit', async () => {
    const { stream, state } = watchedBody(200 * 1024 * 1024);
    const res = await app.request('/fr/library/manage/import', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Fichier trop volumineux');
    expect(state.pulled).toBeLessThan(30 * 1024 * 1024);
  });

  it('answers the progress of an import nobody runs as unknown', async () => {
    const res = await app.request(`/en/library/manage/import/${'a'.repeat(32)}/status`);
    expect(await res.json()).toEqual({ state: 'unknown', phase: null, done: 0, total: 0 });
  });
});
