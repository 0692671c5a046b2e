import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { signedInAs } from '../../test/factories.ts';
import type { PlatformRole } from '../core/context.ts';
import { auditLog, schools } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

const fixture = readFileSync(new URL('../../test/fixtures/schools.csv', import.meta.url));
const header = 'number,name,language,network,level,type,nis,street,postal code';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
const people = new Map<string, Visitor>();

async function signedIn(key: string, roles: PlatformRole[], twoFactor = true): Promise<Visitor> {
  return (
    await signedInAs({ app, auth, database }, { email: `${key}@schools.example.be`, name: key, roles, twoFactor })
  ).visitor;
}

let auth: Awaited<ReturnType<typeof testApp>>['auth'];
beforeAll(async () => {
  const t = await testApp();
  ({ app, database, auth } = t);
  people.set('officer', await signedIn('officer', ['officer']));
  people.set('admin', await signedIn('admin', ['admin']));
  people.set('applicant', await signedIn('applicant', []));
  people.set('lax', await signedIn('lax', ['officer'], false));
});
afterAll(() => database.dispose());

const who = (key: string) => people.get(key) as Visitor;
const cookieOf = (v: Visitor) => [...v.cookies].map(([k, val]) => `${k}=${val}`).join('; ');

/** Posts the import form as a browser does: multipart, with the CSRF token of the page. */
async function upload(v: Visitor, lang: string, file: Blob | null, name = 'schools.csv', skipInvalid = false) {
  await v.get(`/${lang}/admin/schools`);
  const form = new FormData();
  form.set('_csrf', v.cookies.get('accroche.csrf') ?? '');
  if (file) form.set('file', file, name);
  if (skipInvalid) form.set('skipInvalid', 'true');
  return app.request(`/${lang}/admin/schools/import`, {
    method: 'POST',
    headers: { cookie: cookieOf(v), origin: 'http://localhost:3000' },
    body: form,
  });
}
const count = async () => (await database.db.select().from(schools)).length;

describe('the registry page', () => {
  it('is for admins and officers with two-step verification', async () => {
    expect((await who('officer').get('/fr/admin/schools')).status).toBe(200);
    expect((await who('admin').get('/nl/admin/schools')).status).toBe(200);
    expect((await who('applicant').get('/fr/admin/schools')).status).toBe(403);
    const lax = await who('lax').get('/fr/admin/schools');
    expect(lax.status).toBe(303);
    expect(lax.headers.get('location')).toContain('/fr/account?twoFactorRequired');
    expect((await new Visitor(app).get('/fr/admin/schools')).status).toBe(303);
    const page = await (await who('admin').get('/en/admin/schools')).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('href="/en/admin/schools"');
  });

  it('refuses a file with a broken line: 422, the report in the page language, nothing written', async () => {
    const broken = `${header}\n1,École A,fr,official,primary,mainstream,21004,Rue A 1,1000\n2,École B,fr,official,primary,mainstream,21004,Rue B 1,4000\n`;
    const res = await upload(who('officer'), 'nl', new Blob([broken], { type: 'text/csv' }), 'x.csv');
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Het bestand is niet ingelezen: 1 regel(s) geweigerd.');
    expect(html).toContain('Onbekende postcode in het Brussels Gewest: &quot;4000&quot;.');
    expect(html).toContain('href="/fr/admin/schools"');
    expect(html).toMatch(/<th scope="row">3<\/th>/);
    expect(await count()).toBe(0);
  });

  it('imports the fixture and shows the counts; the list then pages and searches', async () => {
    const res = await upload(who('officer'), 'fr', new Blob([fixture], { type: 'text/csv' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('20 école(s) ajoutée(s), 0 mise(s) à jour, 0 inchangée(s)');
    expect(await count()).toBe(20);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'school.import'));
    expect(audit).toHaveLength(1);
    const list = await (await who('officer').get('/fr/admin/schools?q=athenee')).text();
    expect(list).toContain('Athénée des Tilleuls');
    expect(list).not.toContain('Basisschool De Regenboog');
    expect(list).toContain('Anderlecht');
    expect(list).toContain('Communautaire');
  });

  it('keeps the valid lines with skipInvalid and lists the refused ones', async () => {
    const file = `${header}\n3001,École Nouvelle,fr,free,primary,mainstream,21004,Rue N 1,1000\n3002,,fr,free,primary,mainstream,21004,Rue M 1,1000\n`;
    const res = await upload(who('admin'), 'en', new Blob([file]), 'x.csv', true);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('1 school(s) added');
    expect(html).toContain('Name is missing.');
    expect(html).toContain('checked');
  });

  it('refuses a missing file, a binary file and an oversized file, with a message and nothing written', async () => {
    const before = await count();
    const none = await upload(who('officer'), 'fr', null);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Choisissez un fichier CSV.');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const binary = await upload(who('officer'), 'en', new Blob([png]), 'schools.csv');
    expect(binary.status).toBe(422);
    expect(await binary.text()).toContain('This file is not a CSV text file.');
    const huge = await upload(who('officer'), 'en', new Blob([new Uint8Array(6 * 1024 * 1024).fill(65)]));
    expect(huge.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it('refuses applicants and forged forms', async () => {
    const res = await upload(who('applicant'), 'fr', new Blob([fixture]));
    expect(res.status).toBe(403);
    const form = new FormData();
    form.set('_csrf', 'forged-token-forged-token-forged-token');
    form.set('file', new Blob([fixture]), 'x.csv');
    const forged = await app.request('/fr/admin/schools/import', {
      method: 'POST',
      headers: { cookie: cookieOf(who('officer')) },
      body: form,
    });
    expect(forged.status).toBe(403);
  });
});

describe('the API', () => {
  const call = (v: Visitor | null, path: string, init: RequestInit = {}) =>
    app.request(`/api/v1${path}`, {
      ...init,
      headers: { 'accept-language': 'en', ...(v ? { cookie: cookieOf(v) } : {}), ...(init.headers ?? {}) },
    });

  it('searches for signed-in people only', async () => {
    expect((await call(null, '/schools?q=ecole')).status).toBe(401);
    const res = await call(who('applicant'), '/schools?q=regenbog');
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { name: string; municipalityNis: string }[] };
    expect(data[0]?.name).toBe('Basisschool De Regenboog');
    const filtered = (await (await call(who('applicant'), '/schools?municipality=21012&languageSystem=nl')).json()) as {
      data: { schoolNumber: string }[];
    };
    expect(filtered.data.map((s) => s.schoolNumber)).toEqual(['2004']);
    expect((await call(who('applicant'), '/schools?level=university')).status).toBe(400);
  });

  it('imports text/csv for admins and officers, with the report and reasons in the caller’s language', async () => {
    const csv = `${header}\n2001,Basisschool De Regenboog,nl,free,fundamental,mainstream,21001,Regenboogstraat 7,1070\n9,X,fr,free,primary,mainstream,99999,Rue 1,1000\n`;
    const post = (v: Visitor | null, body: BodyInit, type = 'text/csv', query = '') =>
      call(v, `/schools/import${query}`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post(null, csv)).status).toBe(401);
    expect((await post(who('applicant'), csv)).status).toBe(403);
    expect((await post(who('officer'), csv, 'application/json')).status).toBe(415);
    const refused = await post(who('officer'), csv);
    expect(refused.status).toBe(422);
    const report = (await refused.json()) as {
      applied: boolean;
      rejected: { line: number; reasons: { message: string }[] }[];
    };
    expect(report.applied).toBe(false);
    expect(report.rejected[0]?.line).toBe(3);
    expect(report.rejected[0]?.reasons[0]?.message).toContain('Unknown municipality: "99999"');
    const [before] = await database.db.select().from(schools).where(eq(schools.schoolNumber, '2001'));
    expect(before?.street).toBe('Regenboogstraat 5');
    const applied = await post(who('admin'), csv, 'text/csv; charset=utf-8', '?skipInvalid=true');
    expect(applied.status).toBe(200);
    expect(await applied.json()).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 0 });
    const [after] = await database.db.select().from(schools).where(eq(schools.schoolNumber, '2001'));
    expect(after?.street).toBe('Regenboogstraat 7');
    const foreign = await call(who('admin'), '/schools/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', origin: 'https://evil.example' },
      body: csv,
    });
    expect(foreign.status).toBe(403);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await call(null, '/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/schools', '/schools/import']));
  });
});
