import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { signedInAs, type TestApp } from '../../test/factories.ts';
import type { PlatformRole } from '../core/context.ts';
import { auditLog, libraryRecords } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let librarian: Visitor;
let applicant: Visitor;

async function signedIn(t: TestApp, who: string, roles: PlatformRole[]) {
  return (await signedInAs(t, { email: `${who}@curation.example.be`, name: who, roles })).visitor;
}

beforeAll(async () => {
  const t = await testApp();
  ({ app, database } = t);
  librarian = await signedIn(t, 'librarian', ['librarian']);
  applicant = await signedIn(t, 'applicant', []);
});
afterAll(() => database.dispose());

/** A complete record form as a librarian fills it (checkboxes with several values are sent one by one). */
const filled = (changes: Record<string, string> = {}) => ({
  type: 'report',
  title: 'Les quenouilles du raccrochage scolaire',
  translatedTitles: 'nl: De spinrokken van herinschakeling\nen: The distaffs of re-engagement',
  authors: 'van den Berg, Jan\nDupont, Marie-Claire\nService École de Bruxelles',
  year: '2024',
  date: '2024-05-02',
  abstract: 'Une étude des dispositifs de raccrochage.',
  keywords: 'raccrochage\nservices d’accrochage',
  publisher: 'perspective.brussels',
  place: 'Bruxelles',
  doi: 'https://doi.org/10.1234/Quenouilles.2024',
  url: 'https://example.be/quenouilles',
  access: 'open',
  licence: 'CC BY 4.0',
  note: 'Rapport interne',
  status: 'draft',
  ...changes,
});

/** Posts a form whose repeated fields (checkboxes) carry several values. */
async function postForm(browser: Visitor, path: string, fields: Record<string, string>, lists: [string, string][]) {
  const body = new URLSearchParams({ _csrf: browser.cookies.get('accroche.csrf') ?? '', ...fields });
  for (const [k, v] of lists) body.append(k, v);
  return app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost:3000',
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    body: body.toString(),
  });
}

const recordOf = async (id: string) => {
  const [row] = await database.db.select().from(libraryRecords).where(eq(libraryRecords.id, id));
  if (!row) throw new Error(`no record ${id}`);
  return row;
};
const auditActions = async (id: string) =>
  (
    await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'library_record'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.id)
  ).map((r) => r.action);
const updatedAtIn = (html: string) => /name="updatedAt" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('curating library records', () => {
  let id = '';

  it('lets a librarian create a draft from the form, with every kind of field', async () => {
    const form = await librarian.get('/fr/library/manage/records/new');
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain('<input type="checkbox" id="field-categories" name="categories" value="prevention"');
    expect(page).toContain('Prévention');
    const res = await postForm(librarian, '/fr/library/manage/records/new', filled(), [
      ['languages', 'fr'],
      ['languages', 'nl'],
      ['categories', 're-engagement'],
      ['categories', 'policy'],
      ['scope', 'brussels'],
    ]);
    expect(res.status).toBe(303);
    id = /\/records\/([0-9a-f-]{36})\?created$/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
    expect(id).not.toBe('');
    const row = await recordOf(id);
    expect(row).toMatchObject({
      status: 'draft',
      title: 'Les quenouilles du raccrochage scolaire',
      year: 2024,
      date: '2024-05-02',
      languages: ['fr', 'nl'],
      categories: ['re-engagement', 'policy'],
      scope: ['brussels'],
      keywords: ['raccrochage', 'services d’accrochage'],
      doi: '10.1234/quenouilles.2024',
      translatedTitles: [
        { lang: 'nl', title: 'De spinrokken van herinschakeling' },
        { lang: 'en', title: 'The distaffs of re-engagement' },
      ],
    });
    expect(row.authors).toEqual([
      { particle: 'van den', family: 'Berg', given: 'Jan' },
      { family: 'Dupont', given: 'Marie-Claire' },
      { family: 'Service École de Bruxelles', organisation: true },
    ]);
    expect(await auditActions(id)).toEqual(['library_record.create']);
    const edit = await (await librarian.get(`/fr/library/manage/records/${id}?created`)).text();
    expect(edit).toContain('La notice a été créée.');
  });

  it('keeps the draft from visitors and from the public search, and lists it for the librarian', async () => {
    expect((await app.request(`/fr/library/records/${id}`)).status).toBe(404);
    expect(await (await app.request('/fr/library?q=quenouilles')).text()).toContain('0 résultat(s)');
    expect((await applicant.get(`/fr/library/records/${id}`)).status).toBe(404);
    const drafts = await (await librarian.get('/fr/library/manage/records?status=draft&q=quenouil')).text();
    expect(drafts).toContain(`href="/fr/library/manage/records/${id}">Les quenouilles du raccrochage scolaire</a>`);
    expect(drafts).toContain('1 notice(s)');
    const published = await (await librarian.get('/fr/library/manage/records?status=published&q=quenouil')).text();
    expect(published).toContain('0 notice(s)');
    expect(await (await librarian.get('/fr/library/manage/records')).text()).toMatch(/\d+ notice\(s\)/);
  });

  it('shows a stored record in its form so that saving it unchanged changes nothing', async () => {
    const html = await (await librarian.get(`/fr/library/manage/records/${id}`)).text();
    expect(html).toContain('van den Berg, Jan\nDupont, Marie-Claire\nService École de Bruxelles');
    expect(html).toMatch(/value="re-engagement" checked=""/);
    const fields = Object.fromEntries(
      [
        ...html.matchAll(
          /<input id="field-(\w+)" name="\w+" (?:type="(?:text|url)" )?(?:inputmode="numeric" )?value="([^"]*)"/g,
        ),
      ].map((m) => [m[1] as string, (m[2] as string).replaceAll('&amp;', '&')]),
    );
    expect(fields.year).toBe('2024');
    const res = await postForm(
      librarian,
      `/fr/library/manage/records/${id}`,
      { ...filled(), doi: '10.1234/quenouilles.2024', updatedAt: updatedAtIn(html) },
      [
        ['languages', 'fr'],
        ['languages', 'nl'],
        ['categories', 're-engagement'],
        ['categories', 'policy'],
        ['scope', 'brussels'],
      ],
    );
    expect(res.status).toBe(303);
    expect(await auditActions(id)).toEqual(['library_record.create']);
  });

  it('saves an edit with an audit row, and refuses a save made over it from an older page', async () => {
    const before = await (await librarian.get(`/fr/library/manage/records/${id}`)).text();
    const version = updatedAtIn(before);
    const first = await postForm(
      librarian,
      `/fr/library/manage/records/${id}`,
      filled({ title: 'Les quenouilles du raccrochage, édition revue', updatedAt: version }),
      [['languages', 'fr']],
    );
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/fr/library/manage/records/${id}?saved`);
    expect(await auditActions(id)).toEqual(['library_record.create', 'library_record.update']);

    // A second curator had opened the same version and saves after the first.
    const stale = await postForm(
      librarian,
      `/fr/library/manage/records/${id}`,
      filled({ title: 'Une autre idée du titre', year: '2023', doi: '10.1234/quenouilles.2024', updatedAt: version }),
      [['languages', 'fr']],
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Quelqu’un a enregistré cette notice après que vous l’avez ouverte');
    expect(html).toContain('Votre version diffère de la version enregistrée pour : Titre, Année.');
    expect(html).toContain('Une autre idée du titre');
    expect(updatedAtIn(html)).not.toBe(version);
    expect((await recordOf(id)).title).toBe('Les quenouilles du raccrochage, édition revue');
    expect(await auditActions(id)).toEqual(['library_record.create', 'library_record.update']);

    // Saving again from the refused page (which now carries the saved version) replaces it knowingly.
    const again = await postForm(
      librarian,
      `/fr/library/manage/records/${id}`,
      filled({ title: 'Une autre idée du titre', year: '2023', updatedAt: updatedAtIn(html) }),
      [['languages', 'fr']],
    );
    expect(again.status).toBe(303);
    expect((await recordOf(id)).title).toBe('Une autre idée du titre');
  });

  it('shows a refused form again with what was typed and a message beside each field, in the page language', async () => {
    const res = await postForm(
      librarian,
      '/nl/library/manage/records/new',
      filled({
        title: '   ',
        year: 'vorig jaar',
        url: 'ftp://example.be/file',
        translatedTitles: 'Een titel zonder taal',
        abstract: 'Wat ik <b>typte</b>',
      }),
      [],
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<a href="#field-title">Geef een titel van hoogstens 1.000 tekens.</a>');
    expect(html).toContain('<a href="#field-year">Een jaartal van vier cijfers, tussen 1000 en 2200.</a>');
    expect(html).toContain('<a href="#field-url">Een adres dat begint met http:// of https://, zonder spaties.</a>');
    expect(html).toContain('<a href="#field-translatedTitles">');
    // The summary lists the problems in the order of the fields on the page.
    expect(html.indexOf('#field-title"')).toBeLessThan(html.indexOf('#field-year"'));
    expect(html.indexOf('#field-year"')).toBeLessThan(html.indexOf('#field-url"'));
    expect(html).toMatch(/id="field-year" name="year"[^>]*aria-invalid="true" aria-describedby="field-year-error"/);
    expect(html).toContain('<p class="error-message" id="field-year-error">');
    expect(html).toContain('value="vorig jaar"');
    expect(html).toContain('value="ftp://example.be/file"');
    expect(html).toContain('Wat ik &lt;b&gt;typte&lt;/b&gt;');
    expect(html).toContain('Een titel zonder taal');
    expect(
      await database.db.select().from(libraryRecords).where(eq(libraryRecords.url, 'ftp://example.be/file')),
    ).toEqual([]);
  });

  it('publishes from the edit page, after which a visitor finds the record; withdrawing hides it again', async () => {
    const publish = await librarian.post(`/fr/library/manage/records/${id}/status`, {
      status: 'published',
      back: 'edit',
    });
    expect(publish.status).toBe(303);
    expect(publish.headers.get('location')).toBe(`/fr/library/manage/records/${id}?published`);
    const edit = await (await librarian.get(`/fr/library/manage/records/${id}?published`)).text();
    expect(edit).toContain('La notice est publiée');
    expect(edit).toContain('Retirer (brouillon)');
    const recordPage = await (await librarian.get(`/fr/library/records/${id}`)).text();
    expect(recordPage).toContain(`<a href="/fr/library/manage/records/${id}">Modifier la notice</a>`);
    const search = await (await app.request('/fr/library?q=autre+id%C3%A9e+titre')).text();
    expect(search).toContain(`/fr/library/records/${id}`);
    expect((await app.request(`/en/library/records/${id}`)).status).toBe(200);

    const withdraw = await librarian.post(`/fr/library/manage/records/${id}/status`, { status: 'draft', back: 'edit' });
    expect(withdraw.headers.get('location')).toBe(`/fr/library/manage/records/${id}?unpublished`);
    expect((await app.request(`/en/library/records/${id}`)).status).toBe(404);
    expect(await auditActions(id)).toEqual([
      'library_record.create',
      'library_record.update',
      'library_record.update',
      'library_record.publish',
      'library_record.unpublish',
    ]);
  });

  it('publishes through the status choice of the form too, writing the update and the publication', async () => {
    const html = await (await librarian.get(`/fr/library/manage/records/${id}`)).text();
    const res = await postForm(
      librarian,
      `/fr/library/manage/records/${id}`,
      filled({ title: 'Une autre idée du titre', year: '2023', status: 'published', updatedAt: updatedAtIn(html) }),
      [['languages', 'fr']],
    );
    expect(res.status).toBe(303);
    expect((await recordOf(id)).status).toBe('published');
    expect((await auditActions(id)).at(-1)).toBe('library_record.publish');
    expect(await (await app.request('/nl/library?q=autre+id%C3%A9e+titre')).text()).toContain(
      `/nl/library/records/${id}`,
    );
  });

  it('sends visitors to sign in and refuses everyone who does not curate, pages and posts alike', async () => {
    const visitor = new Visitor(app);
    for (const path of [
      '/fr/library/manage/records',
      '/fr/library/manage/records/new',
      `/fr/library/manage/records/${id}`,
    ]) {
      const res = await visitor.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/fr/sign-in');
      expect((await applicant.get(path)).status, path).toBe(403);
    }
    const count = async () => (await database.db.select().from(libraryRecords)).length;
    const records = await count();
    expect((await applicant.post('/fr/library/manage/records/new', filled())).status).toBe(403);
    expect((await applicant.post(`/fr/library/manage/records/${id}`, filled({ title: 'Pris' }))).status).toBe(403);
    expect((await applicant.post(`/fr/library/manage/records/${id}/status`, { status: 'draft' })).status).toBe(403);
    expect(await count()).toBe(records);
    expect((await recordOf(id)).status).toBe('published');
    expect((await recordOf(id)).title).toBe('Une autre idée du titre');
  });

  it('refuses a librarian form without its CSRF token', async () => {
    const records = (await database.db.select().from(libraryRecords)).length;
    const res = await librarian.post('/fr/library/manage/records/new', filled({ title: 'Sans jeton' }), { csrf: '' });
    expect(res.status).toBe(403);
    const status = await librarian.post(
      `/fr/library/manage/records/${id}/status`,
      { status: 'draft' },
      { csrf: 'x'.repeat(32) },
    );
    expect(status.status).toBe(403);
    expect((await database.db.select().from(libraryRecords)).length).toBe(records);
    expect((await recordOf(id)).status).toBe('published');
  });
});
