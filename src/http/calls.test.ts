import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { callInput, signedInAs } from '../../test/factories.ts';
import { type Context, systemActor } from '../core/context.ts';
import { callFormVersions } from '../db/schema/index.ts';
import { changePhase, createCall, instantToBrussels } from '../domain/calls/index.ts';
import type { Auth } from '../domain/identity/auth.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let auth: Auth;
let officer: Visitor;
let applicant: Visitor;
let openCode: string;
let draftCode: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-calls-'));
const DAY = 86_400_000;

/** A small but real PDF file (one empty page). */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function signIn(email: string, roles: ('officer' | 'admin')[]): Promise<Visitor> {
  return (await signedInAs({ app, auth, database }, { email, name: email, roles, lang: 'en' })).visitor;
}

beforeAll(async () => {
  ({ app, database, auth } = await testApp({ DATA_DIR: dataDir }));
  const now = new Date();
  const ctx: Context = { actor: systemActor('test'), db: database.db, requestId: 'test', now };
  const open = await createCall(
    ctx,
    callInput({
      opensAt: instantToBrussels(new Date(now.getTime() - DAY)),
      closesAt: instantToBrussels(new Date(now.getTime() + 12 * DAY + 3_600_000)),
      envelopeByYear: { 2027: 100_000_000, 2028: 100_000_000, 2029: 100_000_000 },
    }),
  );
  await changePhase(ctx, open.code, 'publish');
  openCode = open.code;
  draftCode = (
    await createCall(
      ctx,
      callInput({
        schemeCode: 'dasc',
        opensAt: instantToBrussels(new Date(now.getTime() + 30 * DAY)),
        closesAt: instantToBrussels(new Date(now.getTime() + 60 * DAY)),
      }),
    )
  ).code;
  officer = await signIn('officer@calls.example.be', ['officer']);
  applicant = await signIn('applicant@calls.example.be', []);
});
afterAll(async () => {
  await database.dispose();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('public call pages', () => {
  it('lists the open call with its dates in Brussels time, the time left and the envelope', async () => {
    const res = await app.request('/fr/calls');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="/fr/calls/${openCode}"`);
    expect(html).toContain('(heure de Bruxelles)');
    expect(html).toContain('plus que 12 jours');
    expect(html).toMatch(/3[\s\u202f\u00a0]000[\s\u202f\u00a0]000[\s\u202f\u00a0]€/);
    expect(html).not.toContain(draftCode);
    expect(html).toContain('aria-current="page"');
  });

  it('shows a call with its split, amounts per project, who may apply and the way in', async () => {
    const html = await (await app.request(`/en/calls/${openCode}`)).text();
    expect(html).toContain('Envelope split per year');
    expect(html).toContain('from €5,000 to €50,000');
    expect(html).toContain('Schools and associations.');
    expect(html).toContain(`href="/en/applications/new?call=${openCode}"`);
    expect(html).toContain('Brussels time');
  });

  it('answers the self-check without JavaScript, with the reason of a blocking answer', async () => {
    const blocked = await (await app.request(`/en/calls/${openCode}/check?type=school&q_brussels=no`)).text();
    expect(blocked).toContain('may not apply to this call');
    expect(blocked).toContain('The call funds projects in Brussels.');
    const ok = await (await app.request(`/nl/calls/${openCode}/check?type=association&q_brussels=yes`)).text();
    expect(ok).toContain('Volgens uw antwoorden kan uw organisatie op deze oproep ingaan.');
    expect(ok).toMatch(/value="yes" checked/);
    const wrongType = await (
      await app.request(`/en/calls/${openCode}/check?type=municipal_service&q_brussels=yes`)
    ).text();
    expect(wrongType).toContain('This type of organisation may not apply to this call.');
  });

  it('hides a draft from visitors and applicants, and shows it to officers', async () => {
    expect((await app.request(`/fr/calls/${draftCode}`)).status).toBe(404);
    expect((await applicant.get(`/fr/calls/${draftCode}`)).status).toBe(404);
    expect((await officer.get(`/fr/calls/${draftCode}`)).status).toBe(200);
  });

  it('links calls that have a page from the scheme page', async () => {
    const html = await (await app.request('/fr/schemes/das')).text();
    expect(html).toContain(`href="/fr/calls/${openCode}"`);
    expect(html).not.toContain('href="/fr/calls/das-2019-2021"');
  });
});

describe('officer pages', () => {
  it('creates a call from the form, and keeps what was typed when refused', async () => {
    await officer.get('/fr/admin/calls/new');
    const fields = {
      schemeCode: 'pasc',
      title_fr: 'Appel pASc',
      title_nl: 'Oproep pASc',
      title_en: 'pASc call',
      body_fr: 'Texte',
      body_nl: 'Tekst',
      body_en: 'Text',
      whoMayApply_fr: 'Écoles',
      whoMayApply_nl: 'Scholen',
      whoMayApply_en: 'Schools',
      periodStart: '2027',
      periodEnd: '',
      opensAt: '2026-10-15T12:00',
      closesAt: '2026-10-15T11:00',
      envelopeCents: '1 000 000',
      envelopeByYear: '',
      minPerProjectCents: '5000',
      maxPerProjectCents: '50 000,50',
      eligibleTypes: 'school',
      eligibilityQuestions_0_key: '',
    };
    const refused = await officer.post('/fr/admin/calls/new', fields);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('La clôture doit venir après l’ouverture.');
    expect(html).toContain('value="Appel pASc"');
    expect(html).toContain('value="50 000,50"');
    const created = await officer.post('/fr/admin/calls/new', { ...fields, closesAt: '2026-12-15T12:00' });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/fr/admin/calls/pasc-2027-2029?created');
    const page = await (await officer.get('/fr/admin/calls/pasc-2027-2029?created')).text();
    expect(page).toContain('value="2026-12-15T12:00"');
    expect(page).toContain('value="50000.50"');
    const list = await (await officer.get('/fr/admin/calls')).text();
    expect(list).toContain('pasc-2027-2029');
  });

  it('attaches a PDF (type read from the content), serves it, refuses other content, and removes it', async () => {
    const upload = async (content: Buffer, name: string) => {
      const form = new FormData();
      form.set('_csrf', officer.cookies.get('accroche.csrf') ?? '');
      form.set('title', 'Texte de l’appel');
      form.set('lang', 'fr');
      form.set('file', new File([new Uint8Array(content)], name));
      return app.request(`/fr/admin/calls/${openCode}/documents`, {
        method: 'POST',
        body: form,
        headers: {
          origin: 'http://localhost:3000',
          cookie: [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
    };
    await officer.get(`/fr/admin/calls/${openCode}`);
    const wrong = await upload(Buffer.from('just text, named like a PDF'), 'appel.pdf');
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Seuls les fichiers PDF, DOCX, XLSX et ODT sont acceptés');
    const ok = await upload(pdf, 'Appel 2027.pdf');
    expect(ok.status).toBe(303);
    const html = await (await app.request(`/fr/calls/${openCode}`)).text();
    const link = /href="(\/fr\/calls\/[^"]+\/documents\/[0-9a-f-]+)"/.exec(html)?.[1];
    expect(link).toBeDefined();
    const file = await app.request(link as string);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    const id = (link as string).split('/').pop();
    const removed = await officer.post(`/fr/admin/calls/${openCode}/documents/${id}/remove`, {});
    expect(removed.status).toBe(303);
    expect((await app.request(link as string)).status).toBe(404);
  });

  it('keeps the JSON of a refused form definition, with the reason', async () => {
    await officer.get(`/en/admin/calls/${draftCode}/form`);
    const broken = '{"sections": [ {"key": "x", ';
    const res = await officer.post(`/en/admin/calls/${draftCode}/form`, { definition: broken, rubric_0_key: 'a' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('This text is not valid JSON');
    expect(html).toContain('{&quot;sections&quot;: [ {&quot;key&quot;: &quot;x&quot;, </textarea>');
    const noBudget = JSON.stringify({
      sections: [
        {
          key: 's',
          title: { fr: 'a', nl: 'b', en: 'c' },
          fields: [{ key: 'f', type: 'text', label: { fr: 'a', nl: 'b', en: 'c' } }],
        },
      ],
    });
    const res2 = await officer.post(`/en/admin/calls/${draftCode}/form`, {
      definition: noBudget,
      rubric_0_key: 'quality',
      rubric_0_label_fr: 'Qualité',
      rubric_0_label_nl: 'Kwaliteit',
      rubric_0_label_en: 'Quality',
      rubric_0_weight: '1',
      rubric_0_maxScore: '10',
      rubric_0_threshold: '12',
    });
    expect(res2.status).toBe(422);
    const html2 = await res2.text();
    expect(html2).toContain('a form has exactly one budget field');
    expect(html2).toContain('the threshold cannot be above the maximum score');
  });

  it('lets texts change on an open call but not dates, and says so', async () => {
    const page = await (await officer.get(`/en/admin/calls/${openCode}`)).text();
    expect(page).toContain('Dates, amounts and eligibility can no longer change');
    expect(page).toContain('<fieldset class="plain-fieldset" disabled="">');
    const res = await officer.post(`/en/admin/calls/${openCode}`, {
      title_fr: 'Appel DAS ouvert',
      title_nl: 'Open DAS-oproep',
      title_en: 'Open DAS call',
      body_fr: 'Texte',
      body_nl: 'Tekst',
      body_en: 'Text',
      whoMayApply_fr: 'Écoles',
      whoMayApply_nl: 'Scholen',
      whoMayApply_en: 'Schools',
      // A forged date is not read: the settings of an open call are not taken from the form.
      closesAt: '2030-01-01T12:00',
    });
    expect(res.status).toBe(303);
    const html = await (await app.request(`/en/calls/${openCode}`)).text();
    expect(html).toContain('Open DAS call');
    expect(html).not.toContain('2030');
  });

  it('shows the lock, and writes version 2 once version 1 is locked', async () => {
    await database.db
      .update(callFormVersions)
      .set({ lockedAt: new Date() })
      .where(and(eq(callFormVersions.callCode, openCode), eq(callFormVersions.version, 1)));
    const page = await (await officer.get(`/en/admin/calls/${openCode}/form`)).text();
    expect(page).toContain('Version 1 has been locked since');
    const definition = /<textarea id="field-definition"[^>]*>([\s\S]*?)<\/textarea>/.exec(page)?.[1] ?? '';
    const unescaped = definition.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
    const rubric = Object.fromEntries(
      [...page.matchAll(/name="(rubric_\d+_\w+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const saved = await officer.post(`/en/admin/calls/${openCode}/form`, { definition: unescaped, ...rubric });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toContain('formNewVersion');
    const after = await (await officer.get(`/en/admin/calls/${openCode}/form`)).text();
    expect(after).toContain('Version 2, not locked yet');
    expect(after).toContain('2 (current version)');
  });

  it('publishes from the phase button', async () => {
    const res = await officer.post(`/fr/admin/calls/${draftCode}/phase`, { action: 'publish' });
    expect(res.status).toBe(303);
    expect((await app.request(`/fr/calls/${draftCode}`)).status).toBe(200);
    await officer.post(`/fr/admin/calls/${draftCode}/phase`, { action: 'unpublish' });
    expect((await app.request(`/fr/calls/${draftCode}`)).status).toBe(404);
    const twice = await officer.post(`/en/admin/calls/${draftCode}/phase`, { action: 'unpublish' });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('This step is not possible in the call’s current state');
  });
});

describe('calls API', () => {
  const jsonOf = (visitor: Visitor | undefined, method: string, url: string, body?: unknown) =>
    app.request(url, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:3000',
        ...(visitor ? { cookie: [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('lists calls with their state, and gives one with its form and rubric', async () => {
    const list = (await (await app.request('/api/v1/calls')).json()) as { data: { code: string; state: string }[] };
    expect(list.data.find((c) => c.code === openCode)?.state).toBe('open');
    expect(list.data.find((c) => c.code === 'das-2019-2021')?.state).toBe('archived');
    expect(list.data.map((c) => c.code)).not.toContain(draftCode);
    const one = (await (await app.request(`/api/v1/calls/${openCode}`)).json()) as {
      state: string;
      form: { version: number; definition: { sections: unknown[] }; rubric: { criteria: unknown[] } };
    };
    expect(one.state).toBe('open');
    expect(one.form.version).toBe(2); // version 1 was locked above, and saving wrote version 2
    expect(one.form.definition.sections.length).toBeGreaterThan(0);
    expect((await app.request(`/api/v1/calls/${draftCode}`)).status).toBe(404);
  });

  it('lets officers create, change, publish and save the form; refuses others', async () => {
    expect((await jsonOf(undefined, 'POST', '/api/v1/calls', callInput())).status).toBe(401);
    expect((await jsonOf(applicant, 'POST', '/api/v1/calls', callInput())).status).toBe(403);
    const bad = await jsonOf(
      officer,
      'POST',
      '/api/v1/calls',
      callInput({ maxPerProjectCents: 1, minPerProjectCents: 2 }),
    );
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'minPerProjectCents',
    ]);
    const created = await jsonOf(officer, 'POST', '/api/v1/calls', callInput({ schemeCode: 'vocational-pilot' }));
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const patched = await jsonOf(officer, 'PATCH', `/api/v1/calls/${code}`, { envelopeCents: 400_000_000 });
    expect(((await patched.json()) as { envelopeCents: number }).envelopeCents).toBe(400_000_000);
    const form = (await (
      await app.request(`/api/v1/calls/${code}`, {
        headers: { cookie: [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      })
    ).json()) as {
      form: { definition: unknown; rubric: unknown };
    };
    const saved = await jsonOf(officer, 'PUT', `/api/v1/calls/${code}/form`, form.form);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ version: 1, created: false });
    const published = await jsonOf(officer, 'POST', `/api/v1/calls/${code}/phase`, { action: 'publish' });
    expect(((await published.json()) as { phase: string }).phase).toBe('published');
    const again = await jsonOf(officer, 'POST', `/api/v1/calls/${code}/phase`, { action: 'publish' });
    expect(again.status).toBe(412);
  });

  it('describes the call operations in OpenAPI', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/calls', '/calls/{code}', '/calls/{code}/phase', '/calls/{code}/form']),
    );
  });
});
