import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import {
  anApplication,
  anOrganisation,
  aPublishedCall,
  budgetOf,
  signedInAs,
  stateOf,
  type UserActor,
} from '../../test/factories.ts';
import { applications, informationRequests, mailOutbox } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let officer: Visitor;
let applicant: Visitor;
let call: Awaited<ReturnType<typeof aPublishedCall>>;
const ids: string[] = [];

async function signedIn(email: string, roles: 'officer'[] = []): Promise<{ visitor: Visitor; id: string }> {
  return signedInAs(await testAppAuth, { email, name: email.split('@')[0] ?? 'x', roles });
}

let testAppAuth: ReturnType<typeof testApp>;

beforeAll(async () => {
  testAppAuth = testApp();
  const t = await testAppAuth;
  ({ app, database } = t);
  officer = (await signedIn('officer@screening-http.example.be', ['officer'])).visitor;
  const person = await signedIn('applicant@screening-http.example.be');
  applicant = person.visitor;
  const actor: UserActor = { kind: 'user', id: person.id, roles: [], municipality: null };
  // Opened long ago, closing far ahead: the call is open whenever the test runs.
  call = await aPublishedCall(database.db, {
    at: new Date('2026-01-01T10:00:00Z'),
    opensAt: '2026-02-01T12:00',
    closesAt: '2099-12-15T12:00',
  });
  const organisation = await anOrganisation(database.db, actor, { legalName: 'Maison des Jeunes du Nord' });
  const other = await anOrganisation(database.db, actor, { legalName: 'École des Trois Tilleuls' });
  for (const [i, org] of [organisation, other, organisation].entries()) {
    const created = await anApplication(database.db, {
      call,
      organisationId: org,
      state: 'submitted',
      budget: budgetOf({ staff: 1_000_000 * (i + 1), operating: 50_000 }, 10_000),
      title: `Projet ${['Alpha', 'Bêta', 'Gamma'][i]}`,
      municipalities: ['21015'],
    });
    ids.push(created.id);
  }
  await anApplication(database.db, { call, organisationId: other, state: 'draft', budget: budgetOf({}) });
});
afterAll(() => database.dispose());

const path = (p: string) => p.replace('{call}', call.code);

describe('the officers’ pages', () => {
  it('lists the submitted applications with counts, sortable headers and export links', async () => {
    const res = await officer.get(path('/fr/admin/calls/{call}/applications'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Projet Alpha');
    expect(html).toContain('Maison des Jeunes du Nord');
    expect(html).toContain('1 brouillons pas encore déposés');
    expect(html).toMatch(/aria-sort="ascending"[^>]*>\s*<a href="\?sort=reference&amp;dir=desc"|aria-sort="ascending"/);
    expect(html).toContain(path('/fr/admin/calls/{call}/applications.xlsx'));
    const sorted = await (
      await officer.get(path('/fr/admin/calls/{call}/applications?sort=requested&dir=desc'))
    ).text();
    expect(sorted.indexOf('Projet Gamma')).toBeLessThan(sorted.indexOf('Projet Alpha'));
    const filtered = await (await officer.get(path('/fr/admin/calls/{call}/applications?q=tilleuls'))).text();
    expect(filtered).toContain('Projet Bêta');
    expect(filtered).not.toContain('Projet Alpha');
  });

  it('serves the exports in the page’s language', async () => {
    const csv = await officer.get(path('/nl/admin/calls/{call}/applications.csv'));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Referentie;Organisatie');
    const xlsx = await officer.get(path('/en/admin/calls/{call}/applications.xlsx'));
    expect(xlsx.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0]?.rowCount).toBe(4);
    expect(workbook.worksheets[0]?.getRow(2).getCell(9).value).toBe(10_000);
  });

  it('asks for information: a rejected form keeps what was typed; a good one mails and changes the state', async () => {
    const id = ids[0] as string;
    const page = await officer.get(`/fr/admin/applications/${id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Projet Alpha');
    expect(html).toContain(`/fr/admin/applications/${id}.pdf`);
    const rejected = await officer.post(`/fr/admin/applications/${id}/information-requests`, {
      message: 'Précisez le calendrier.',
      dueDate: '2020-01-01',
    });
    expect(rejected.status).toBe(422);
    const again = await rejected.text();
    expect(again).toContain('Précisez le calendrier.');
    expect(again).toContain('value="2020-01-01"');
    expect(again).toContain('Choisissez une date à venir.');
    expect(await stateOf(database.db, id)).toBe('submitted');
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const sent = await officer.post(`/fr/admin/applications/${id}/information-requests`, {
      message: 'Précisez le calendrier.',
      dueDate: due,
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/fr/admin/applications/${id}?requested`);
    expect(await stateOf(database.db, id)).toBe('info_requested');
    const mails = await database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'information-request'));
    expect(mails.map((m) => m.toAddress)).toEqual(['applicant@screening-http.example.be']);
    const after = await (await officer.get(`/fr/admin/applications/${id}?requested`)).text();
    expect(after).toContain('La demande a été envoyée aux demandeurs.');
    expect(after).toContain('En attente de réponse.');
  });

  it('records an eligibility decision; ineligible without a reason is sent back with the choice kept', async () => {
    const id = ids[1] as string;
    const none = await officer.post(`/fr/admin/applications/${id}/screening`, { reason: 'x' });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Choisissez une décision.');
    const noReason = await officer.post(`/fr/admin/applications/${id}/screening`, {
      decision: 'ineligible',
      reason: '',
    });
    expect(noReason.status).toBe(422);
    const html = await noReason.text();
    expect(html).toContain('Indiquez le motif.');
    expect(html).toMatch(/value="ineligible"\s+checked/);
    const ok = await officer.post(`/fr/admin/applications/${id}/screening`, { decision: 'eligible', reason: '' });
    expect(ok.status).toBe(303);
    expect(await stateOf(database.db, id)).toBe('eligible');
    // A second decision: the workflow refuses, the page says why.
    const late = await officer.post(`/fr/admin/applications/${id}/screening`, {
      decision: 'ineligible',
      reason: 'Non.',
    });
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('le dossier a changé d’état');
  });

  it('gives the PDF to officers, and refuses the pages to applicants', async () => {
    const pdf = await officer.get(`/en/admin/applications/${ids[2]}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect((await applicant.get(path('/fr/admin/calls/{call}/applications'))).status).toBe(403);
    expect((await applicant.get(`/fr/admin/applications/${ids[2]}`)).status).toBe(403);
    expect((await applicant.get(`/fr/admin/applications/${ids[2]}.pdf`)).status).toBe(403);
    expect((await new Visitor(app).get(path('/fr/admin/calls/{call}/applications'))).status).toBe(303);
  });
});

describe('the screening API', () => {
  const send = (who: Visitor | null, method: 'GET' | 'POST', url: string, body?: unknown) =>
    app.request(url, {
      method,
      headers: {
        ...(who ? { cookie: [...who.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(body ? { 'content-type': 'application/json', origin: 'http://localhost:3000' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('answers 401 without a session and 403 to applicants on the officers’ operations', async () => {
    expect((await send(null, 'GET', path('/api/v1/calls/{call}/applications'))).status).toBe(401);
    expect((await send(applicant, 'GET', path('/api/v1/calls/{call}/applications'))).status).toBe(403);
    const res = await send(applicant, 'POST', `/api/v1/applications/${ids[2]}/screening`, { decision: 'eligible' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lists with filters and counts, and exports with format', async () => {
    const res = await send(
      officer,
      'GET',
      path('/api/v1/calls/{call}/applications?sort=requested&dir=desc&pageSize=2'),
    );
    expect(res.status).toBe(200);
    const list = (await res.json()) as {
      data: { requestedCents: number }[];
      total: number;
      counts: Record<string, number>;
    };
    expect(list.total).toBe(3);
    expect(list.data).toHaveLength(2);
    expect(list.data[0]?.requestedCents).toBe(3_040_000);
    expect(list.counts.draft).toBe(1);
    expect((await send(officer, 'GET', path('/api/v1/calls/{call}/applications?state=draft'))).status).toBe(400);
    const csv = await send(officer, 'GET', path('/api/v1/calls/{call}/applications?format=csv&lang=en'));
    expect(await csv.text()).toContain('Reference;Organisation');
    const xlsx = await send(officer, 'GET', path('/api/v1/calls/{call}/applications.xlsx'));
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('asks, lets the applicant answer, then screens', async () => {
    const id = ids[2] as string;
    const bad = await send(officer, 'POST', `/api/v1/applications/${id}/information-requests`, {
      message: '',
      dueDate: '2099-01-01',
    });
    expect(bad.status).toBe(422);
    const created = await send(officer, 'POST', `/api/v1/applications/${id}/information-requests`, {
      message: 'Quel public ?',
      dueDate: '2099-01-01',
    });
    expect(created.status).toBe(201);
    const { requestId } = (await created.json()) as { requestId: string };
    const byOfficer = await send(
      officer,
      'POST',
      `/api/v1/applications/${id}/information-requests/${requestId}/answer`,
      {
        answer: 'Tout.',
      },
    );
    expect(byOfficer.status).toBe(403);
    const answered = await send(
      applicant,
      'POST',
      `/api/v1/applications/${id}/information-requests/${requestId}/answer`,
      {
        answer: 'Des élèves de 12 à 15 ans.',
      },
    );
    expect(answered.status).toBe(200);
    const [request] = await database.db.select().from(informationRequests).where(eq(informationRequests.id, requestId));
    expect(request?.answer).toBe('Des élèves de 12 à 15 ans.');
    const screened = await send(officer, 'POST', `/api/v1/applications/${id}/screening`, {
      decision: 'ineligible',
      reason: 'Hors Région.',
    });
    expect(screened.status).toBe(200);
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({ state: 'ineligible', screeningReason: 'Hors Région.' });
  });
});
