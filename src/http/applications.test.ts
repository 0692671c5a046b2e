import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { aCallOpenNow, signedUpApplicant } from '../../test/factories.ts';
import { applications } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let callCode: string;
let applicant: Visitor;
let organisationId: string;
const _password = 'une phrase de passe assez longue';
const _day = 24 * 3600 * 1000;

async function signedUp(name: string, email: string): Promise<Visitor> {
  return (await signedUpApplicant(app, database.db, { name, email, lang: 'fr', enterprise: '04567891' })).visitor;
}

beforeAll(async () => {
  ({ app, database } = await testApp());
  callCode = await aCallOpenNow(database.db);
  ({ visitor: applicant, organisationId } = await signedUpApplicant(app, database.db, {
    name: 'Ateliers du Midi',
    email: 'amina@pages.example.be',
    lang: 'fr',
    enterprise: '01234567',
  }));
});
afterAll(() => database.dispose());

describe('the applicant pages', () => {
  let base: string;

  it('sends visitors to sign in', async () => {
    const res = await new Visitor(app).get('/fr/applications');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/fr\/sign-in\?next=/);
  });

  it('starts an application after the eligibility questions, refusing a blocking answer with its reason', async () => {
    const start = `/fr/applications/new?call=${callCode}`;
    const page = await applicant.get(start);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ateliers du Midi');
    const refused = await applicant.post(start, { organisationId, 'eligibility.brussels': 'no' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('L’appel finance des projets à Bruxelles.');
    expect(html).toMatch(/value="no"[^>]*checked/);
    const started = await applicant.post(start, { organisationId, 'eligibility.brussels': 'yes' });
    expect(started.status).toBe(303);
    base = (started.headers.get('location') ?? '').replace(/\?started$/, '');
    expect(base).toMatch(/^\/fr\/applications\/[0-9a-f-]{36}$/);
    const overview = await applicant.get(`${base}?started`);
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain('Le dossier a été créé');
  });

  it('saves a step without JavaScript, and keeps the typed text on a conflict', async () => {
    const step = `${base}/sections/project`;
    expect((await applicant.get(step)).status).toBe(200);
    const fields = {
      sectionVersion: '0',
      'f.title': 'Ateliers du mercredi',
      'f.summary': 'Soutien scolaire',
      'f.aims': 'prevent',
      'f.parents': 'no',
      go: 'next',
    };
    const saved = await applicant.post(step, fields);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${base}/sections/people?saved`);
    const conflict = await applicant.post(step, { ...fields, 'f.title': 'Mon titre à moi' });
    expect(conflict.status).toBe(409);
    const html = await conflict.text();
    expect(html).toContain('Mon titre à moi');
    expect(html).toContain('Rien n’a été écrasé');
    const [row] = await database.db.select().from(applications).where(eq(applications.organisationId, organisationId));
    expect(row?.answers.title).toBe('Ateliers du mercredi');
  });

  it('answers autosave in JSON, and refuses a negative budget line in the user’s language', async () => {
    const step = `${base}/sections/budget`;
    const json = await applicant.post(
      step,
      {
        sectionVersion: '0',
        'f.budget.lines.0.category': 'staff',
        'f.budget.lines.0.label': 'Animateur',
        'f.budget.lines.0.amounts.2027': '1 000,50',
      },
      { headers: { accept: 'application/json' } },
    );
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ saved: true, sectionVersion: 1 });
    const negative = await applicant.post(`/nl${step.slice(3)}`, {
      sectionVersion: '1',
      'f.budget.lines.0.category': 'staff',
      'f.budget.lines.0.label': 'Animateur',
      'f.budget.lines.0.amounts.2027': '-20',
    });
    expect(negative.status).toBe(422);
    const html = await negative.text();
    expect(html).toContain('-20');
    expect(html).toContain('lang="nl"');
  });

  it('takes an attachment by its content, refusing a disguised one', async () => {
    const step = `${base}/sections/attachments`;
    const script = new File(['#!/bin/sh\nrm -rf /\n'], 'budget.pdf', { type: 'application/pdf' });
    const refused = await applicant.postMultipart(step, { sectionVersion: '0' }, { 'file.budgetDetail': script });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('le type est lu dans le contenu');
    const pdf = new File(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], 'budget détaillé.pdf');
    const saved = await applicant.postMultipart(
      step,
      { sectionVersion: '0', go: 'stay' },
      { 'file.budgetDetail': pdf },
    );
    expect(saved.status).toBe(303);
    const page = await (await applicant.get(`${base}/submit`)).text();
    const link = /href="(\/fr\/applications\/[^"]+\/files\/[^"]+)"/.exec(page)?.[1];
    expect(link).toBeDefined();
    const download = await applicant.get(link ?? '');
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect((await download.text()).startsWith('%PDF-1.4')).toBe(true);
  });

  it('lists the application on the dashboard, hidden from other people', async () => {
    const dashboard = await (await applicant.get('/fr/applications')).text();
    expect(dashboard).toContain('Ateliers du mercredi');
    const stranger = await signedUp('Jan Peeters', 'jan@pages.example.be');
    expect((await stranger.get(base)).status).toBe(404);
    expect((await stranger.get(`${base}/sections/project`)).status).toBe(404);
    expect(await (await stranger.get('/fr/applications')).text()).not.toContain('Ateliers du mercredi');
  });

  it('shows what is missing before submission, and refuses it without the declaration', async () => {
    const review = await (await applicant.get(`${base}/submit`)).text();
    expect(review).toContain('Le dossier ne peut pas encore être déposé');
    const refused = await applicant.post(`${base}/submit`, {});
    expect([412, 422]).toContain(refused.status);
  });
});
