import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import {
  addUser,
  anApplication,
  anOrganisation,
  aPublishedCall,
  auditOf,
  budgetOf,
  contextOf,
  stateOf,
  type UserActor,
} from '../../../test/factories.ts';
import { createLogger } from '../../core/logger.ts';
import {
  applicationCollaborators,
  applicationReminders,
  applications,
  auditLog,
  informationRequests,
  mailOutbox,
} from '../../db/schema/index.ts';
import { budgetTotals } from '../forms/index.ts';
import { answerInformationRequest } from './answer-information.ts';
import { ApplicationError } from './errors.ts';
import { applicationPdfFor, exportApplications, exportedApplications } from './export-applications.ts';
import { listCallApplications } from './list-call-applications.ts';
import { reminderDue, sendClosingReminders, startReminderJob } from './reminders.ts';
import { applicantLinks, dueDateOf, endOfBrusselsDay, requestInformation } from './request-information.ts';
import { screenApplication } from './screen-application.ts';

let database: TestDatabase;
let officer: UserActor;
let owner: UserActor;
let member: UserActor;
let coApplicant: UserActor;
let stranger: UserActor;
let call: Awaited<ReturnType<typeof aPublishedCall>>;
let organisationId: string;
let otherOrganisationId: string;

// The call opens on 15 October 2026 at noon and closes on 15 December 2026 at noon (Brussels time).
const during = new Date('2026-11-01T10:00:00Z');
const afterClosing = new Date('2026-12-20T10:00:00Z');
const links = (id: string) => applicantLinks('http://localhost:3000', id);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeDefined();
  return error as ApplicationError;
};

beforeAll(async () => {
  database = await freshDatabase();
  const db = database.db;
  officer = await addUser(db, { name: 'Olivia Officer', email: 'officer@screening.example.be', roles: ['officer'] });
  owner = await addUser(db, { name: 'Omar Owner', email: 'owner@screening.example.be', lang: 'fr' });
  member = await addUser(db, { name: 'Marijke Member', email: 'member@screening.example.be', lang: 'nl' });
  coApplicant = await addUser(db, { name: 'Colin Co', email: 'co@screening.example.be', lang: 'en' });
  stranger = await addUser(db, { name: 'Stan Stranger', email: 'stranger@screening.example.be' });
  call = await aPublishedCall(db, {
    at: new Date('2026-09-01T10:00:00Z'),
    opensAt: '2026-10-15T12:00',
    closesAt: '2026-12-15T12:00',
  });
  organisationId = await anOrganisation(db, owner, { members: [member], legalName: 'Les Ateliers du Midi' });
  otherOrganisationId = await anOrganisation(db, stranger, { legalName: 'Zèbre École', municipalityNis: '21004' });
});
afterAll(() => database.dispose());

const submitted = async (
  budget = budgetOf({ staff: 1_000_000, operating: 250_050 }, 100_000),
  organisation = organisationId,
) => anApplication(database.db, { call, organisationId: organisation, state: 'submitted', budget });

describe('reply dates', () => {
  it('ends a reply date at midnight Brussels time, in winter and in summer', () => {
    expect(endOfBrusselsDay('2026-12-01')?.toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(endOfBrusselsDay('2026-07-01')?.toISOString()).toBe('2026-07-01T22:00:00.000Z');
    expect(endOfBrusselsDay('2026-02-30')).toBeUndefined();
    expect(endOfBrusselsDay('1/12/2026')).toBeUndefined();
    expect(dueDateOf(endOfBrusselsDay('2026-12-01') as Date)).toBe('2026-12-01');
  });
});

describe('requesting information', () => {
  it('moves a submitted application to info_requested and mails every applicant in their language', async () => {
    const app = await submitted();
    await database.db.insert(applicationCollaborators).values({ applicationId: app.id, userId: coApplicant.id });
    const ctx = contextOf(database.db, officer, during);
    const result = await requestInformation(
      ctx,
      app.id,
      { message: '  Joignez le budget détaillé de l’an 2, s’il vous plaît.  ', dueDate: '2026-11-15' },
      links(app.id),
    );
    expect(result.dueAt.toISOString()).toBe('2026-11-15T23:00:00.000Z');
    expect(await stateOf(database.db, app.id)).toBe('info_requested');
    const [request] = await database.db
      .select()
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, app.id));
    expect(request).toMatchObject({
      message: 'Joignez le budget détaillé de l’an 2, s’il vous plaît.',
      requestedBy: officer.id,
      answer: null,
    });
    const mails = await database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, 'information-request'), eq(mailOutbox.requestId, ctx.requestId)));
    expect(mails.map((m) => [m.toAddress, m.lang]).sort()).toEqual([
      ['co@screening.example.be', 'en'],
      ['member@screening.example.be', 'nl'],
      ['owner@screening.example.be', 'fr'],
    ]);
    const dutch = mails.find((m) => m.lang === 'nl');
    expect(dutch?.subject).toContain(app.reference);
    expect(dutch?.textBody).toContain(`http://localhost:3000/nl/applications/${app.id}`);
    expect(dutch?.textBody).toContain('Joignez le budget détaillé');
    expect(dutch?.textBody).toContain('15 november 2026');
    expect((await auditOf(database.db, ctx)).map((a) => a.action)).toEqual(['application.request_information']);
  });

  it('refuses a blank message, a reply date today or past, and a date that is not one, changing nothing', async () => {
    const app = await submitted();
    const ctx = contextOf(database.db, officer, during);
    const cases = [
      [{ message: '   ', dueDate: '2026-11-15' }, 'messageRequired', 'message'],
      [{ message: 'Précisez.', dueDate: '2026-11-01' }, 'dueDateInvalid', 'dueDate'],
      [{ message: 'Précisez.', dueDate: '2026-10-20' }, 'dueDateInvalid', 'dueDate'],
      [{ message: 'Précisez.', dueDate: '15/11/2026' }, 'dueDateInvalid', 'dueDate'],
    ] as const;
    for (const [input, problem, field] of cases) {
      const error = await refusal(requestInformation(ctx, app.id, input, links(app.id)));
      expect(error).toBeInstanceOf(ApplicationError);
      expect(error).toMatchObject({ problem, code: 'VALIDATION', field });
    }
    expect(await stateOf(database.db, app.id)).toBe('submitted');
    expect(await auditOf(database.db, ctx)).toEqual([]);
  });

  it('is for officers only, and only on a submitted application', async () => {
    const app = await submitted();
    const input = { message: 'Précisez le calendrier.', dueDate: '2026-11-20' };
    expect(
      await refusal(requestInformation(contextOf(database.db, owner, during), app.id, input, links(app.id))),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(requestInformation(contextOf(database.db, stranger, during), app.id, input, links(app.id))),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const draft = await anApplication(database.db, { call, organisationId, state: 'draft', budget: budgetOf({}) });
    expect(
      await refusal(requestInformation(contextOf(database.db, officer, during), draft.id, input, links(draft.id))),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await stateOf(database.db, app.id)).toBe('submitted');
  });
});

describe('answering a request', () => {
  it('keeps the answer on the request and puts the application back to submitted, late or not', async () => {
    const app = await submitted();
    await requestInformation(
      contextOf(database.db, officer, during),
      app.id,
      { message: 'Quel est le calendrier ?', dueDate: '2026-11-10' },
      links(app.id),
    );
    // Officers do not answer for the applicants; a blank answer is refused.
    expect(
      await refusal(answerInformationRequest(contextOf(database.db, officer, during), app.id, { answer: 'x' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(answerInformationRequest(contextOf(database.db, member, during), app.id, { answer: ' ' })),
    ).toMatchObject({ problem: 'answerRequired', field: 'answer' });
    const late = new Date('2026-11-11T08:00:00Z');
    const ctx = contextOf(database.db, member, late);
    const result = await answerInformationRequest(ctx, app.id, { answer: 'De septembre à juin, chaque mercredi.' });
    expect(result.late).toBe(true);
    expect(await stateOf(database.db, app.id)).toBe('submitted');
    const [request] = await database.db
      .select()
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, app.id));
    expect(request).toMatchObject({ answer: 'De septembre à juin, chaque mercredi.', answeredBy: member.id });
    expect(request?.answeredAt?.toISOString()).toBe(late.toISOString());
    const audit = await auditOf(database.db, ctx);
    expect(audit.map((a) => [a.action, (a.changes as { late?: boolean }).late])).toEqual([
      ['application.answer_information', true],
    ]);
    // Nothing is open any more: a second answer is refused by the workflow.
    expect(await refusal(answerInformationRequest(ctx, app.id, { answer: 'Encore.' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses an answer naming another request than the open one', async () => {
    const app = await submitted();
    await requestInformation(
      contextOf(database.db, officer, during),
      app.id,
      { message: 'Combien de jeunes ?', dueDate: '2026-11-10' },
      links(app.id),
    );
    const ctx = contextOf(database.db, owner, during);
    expect(
      await refusal(answerInformationRequest(ctx, app.id, { answer: '40', requestId: crypto.randomUUID() })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await stateOf(database.db, app.id)).toBe('info_requested');
  });
});

describe('screening', () => {
  it('declares an application eligible or, with a reason, ineligible; keeps who and when', async () => {
    const a = await submitted();
    const b = await submitted();
    const ctx = contextOf(database.db, officer, afterClosing);
    expect(await screenApplication(ctx, a.id, { decision: 'eligible' })).toMatchObject({ state: 'eligible' });
    expect(await refusal(screenApplication(ctx, b.id, { decision: 'ineligible', reason: '  ' }))).toMatchObject({
      problem: 'reasonRequired',
      field: 'reason',
    });
    await screenApplication(ctx, b.id, { decision: 'ineligible', reason: 'Le projet ne concerne pas Bruxelles.' });
    const rows = await database.db
      .select()
      .from(applications)
      .where(inArray(applications.id, [a.id, b.id]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ state: 'eligible', screenedBy: officer.id, screeningReason: null });
    expect(byId.get(b.id)).toMatchObject({
      state: 'ineligible',
      screenedBy: officer.id,
      screeningReason: 'Le projet ne concerne pas Bruxelles.',
    });
    expect(byId.get(b.id)?.screenedAt?.toISOString()).toBe(afterClosing.toISOString());
    expect((await auditOf(database.db, ctx)).map((r) => r.action).sort()).toEqual([
      'application.declare_eligible',
      'application.declare_ineligible',
    ]);
    // Decided already: the workflow refuses a second decision; applicants never decide.
    expect(await refusal(screenApplication(ctx, a.id, { decision: 'ineligible', reason: 'Non.' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const c = await submitted();
    expect(
      await refusal(screenApplication(contextOf(database.db, owner, afterClosing), c.id, { decision: 'eligible' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('may declare ineligible while information is awaited, but not eligible', async () => {
    const app = await submitted();
    const ctx = contextOf(database.db, officer, during);
    await requestInformation(ctx, app.id, { message: 'Précisez.', dueDate: '2026-11-10' }, links(app.id));
    expect(await refusal(screenApplication(ctx, app.id, { decision: 'eligible' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    await screenApplication(ctx, app.id, { decision: 'ineligible', reason: 'Pas de réponse.' });
    expect(await stateOf(database.db, app.id)).toBe('ineligible');
  });
});

describe('the list and the exports', () => {
  let listCall: Awaited<ReturnType<typeof aPublishedCall>>;
  const budgets = [
    budgetOf({ staff: 2_000_000, operating: 300_000, equipment: 45_050, other: 1_000 }, 500_000),
    budgetOf({ staff: 1_500_000, other: 99_999 }),
    budgetOf({ operating: 700_000, equipment: 120_000 }, 20_000),
  ];
  const ids: string[] = [];

  beforeAll(async () => {
    listCall = await aPublishedCall(database.db, {
      at: new Date('2026-09-01T10:00:00Z'),
      opensAt: '2026-10-15T12:00',
      closesAt: '2026-12-15T12:00',
    });
    const insert = (organisation: string, state: 'submitted' | 'eligible' | 'info_requested' | 'draft', i: number) =>
      anApplication(database.db, {
        call: listCall,
        organisationId: organisation,
        state,
        budget: budgets[i] ?? budgetOf({}),
        title: ['Ateliers du mercredi', 'Raccrochage; “vite”', '=SUM(A1)'][i] ?? 'Brouillon',
        municipalities: i === 0 ? ['21001', '21004'] : i === 1 ? ['21015'] : [],
        submittedAt: new Date(Date.UTC(2026, 10, 20 + i, 9, 30)),
      });
    ids.push((await insert(organisationId, 'submitted', 0)).id);
    ids.push((await insert(otherOrganisationId, 'eligible', 1)).id);
    ids.push((await insert(organisationId, 'info_requested', 2)).id);
    await insert(otherOrganisationId, 'draft', 3);
  });

  it('lists non-draft applications with filters, sorting, paging and counts per state', async () => {
    const ctx = contextOf(database.db, officer, afterClosing);
    const all = await listCallApplications(ctx, listCall.code);
    expect(all.total).toBe(3);
    expect(all.counts).toMatchObject({ draft: 1, submitted: 1, eligible: 1, info_requested: 1, ineligible: 0 });
    expect(all.rows.map((r) => r.id)).toEqual(ids);
    const first = all.rows[0];
    expect(first?.organisation).toMatchObject({ name: 'Les Ateliers du Midi', type: 'association' });
    expect(first?.municipalities.map((m) => m.nis)).toEqual(['21001', '21004']);
    expect(first?.requestedCents).toBe(budgetTotals(budgets[0]).requested);

    const byRequested = await listCallApplications(ctx, listCall.code, { sort: 'requested', dir: 'desc' });
    const requested = byRequested.rows.map((r) => r.requestedCents);
    expect(requested).toEqual([...requested].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect((await listCallApplications(ctx, listCall.code, { state: 'eligible' })).rows.map((r) => r.id)).toEqual([
      ids[1],
    ]);
    // The municipality concerned, or the organisation's own (Zèbre École is in 21004).
    expect((await listCallApplications(ctx, listCall.code, { municipality: '21015' })).rows.map((r) => r.id)).toEqual([
      ids[1],
    ]);
    expect((await listCallApplications(ctx, listCall.code, { municipality: '21004' })).total).toBe(2);
    expect((await listCallApplications(ctx, listCall.code, { q: 'mercredi' })).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect((await listCallApplications(ctx, listCall.code, { q: 'zèbre' })).total).toBe(1);
    expect((await listCallApplications(ctx, listCall.code, { q: '%' })).total).toBe(0);
    expect((await listCallApplications(ctx, listCall.code, { organisationType: 'school' })).total).toBe(0);
    const page2 = await listCallApplications(ctx, listCall.code, { pageSize: 2, page: 2 });
    expect([page2.total, page2.rows.map((r) => r.id)]).toEqual([3, [ids[2]]]);
    await expect(
      listCallApplications(ctx, listCall.code, { state: 'draft' as unknown as 'submitted' }),
    ).rejects.toThrow();
    await expect(listCallApplications(contextOf(database.db, owner), listCall.code)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(listCallApplications(ctx, 'no-such-call')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports an XLSX whose totals per category match the applications’ budgets', async () => {
    const ctx = contextOf(database.db, officer, afterClosing);
    const file = await exportApplications(ctx, listCall.code, 'xlsx', { lang: 'en' });
    expect(file.count).toBe(3);
    expect(file.fileName).toBe(`${listCall.code}-applications-2026-12-20.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 15)).toEqual([
      'Reference',
      'Organisation',
      'Type of organisation',
      'Enterprise number',
      'Municipality of the organisation',
      'Municipalities concerned',
      'State',
      'Submitted at (Brussels time)',
      'Staff (€)',
      'Operating costs (€)',
      'Equipment (€)',
      'Other costs (€)',
      'Total costs (€)',
      'Co-funding (€)',
      'Requested amount (€)',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    const col = (name: string) => header.indexOf(name) + 1;
    for (let i = 0; i < 3; i++) {
      const row = sheet.getRow(i + 2);
      const totals = budgetTotals(budgets[i]);
      const euros = (cents: bigint) => Number(cents) / 100;
      expect(row.getCell(col('Staff (€)')).value).toBe(euros(totals.byCategory.staff));
      expect(row.getCell(col('Operating costs (€)')).value).toBe(euros(totals.byCategory.operating));
      expect(row.getCell(col('Equipment (€)')).value).toBe(euros(totals.byCategory.equipment));
      expect(row.getCell(col('Other costs (€)')).value).toBe(euros(totals.byCategory.other));
      expect(row.getCell(col('Total costs (€)')).value).toBe(euros(totals.totalCosts));
      expect(row.getCell(col('Co-funding (€)')).value).toBe(euros(totals.totalCofunding));
      expect(row.getCell(col('Requested amount (€)')).value).toBe(euros(totals.requested));
      expect(row.getCell(col('Requested amount (€)')).numFmt).toBe('#,##0.00');
    }
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toMatch(new RegExp(`^${listCall.code}-\\d{4}$`));
    expect(first.getCell(col('State')).value).toBe('Submitted');
    expect(first.getCell(col('Enterprise number')).value).toMatch(/^\d{4}\.\d{3}\.\d{3}$/);
    // 20 November 2026 09:30 UTC is 10:30 in Brussels, written as the wall clock.
    expect((first.getCell(col('Submitted at (Brussels time)')).value as Date).toISOString()).toBe(
      '2026-11-20T10:30:00.000Z',
    );
    // The form's own columns follow, without repeating the budget.
    expect(header).toContain('Project title');
    expect(header.filter((h) => String(h).startsWith('Budget'))).toEqual([]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, ctx.requestId), eq(auditLog.action, 'application.export')));
    expect(audit).toMatchObject({ entityType: 'call', entityId: listCall.code, changes: { format: 'xlsx', count: 3 } });
  });

  it('exports a CSV with a byte order mark, semicolons and decimal commas that parses back to the same totals', async () => {
    const ctx = contextOf(database.db, officer, afterClosing);
    const file = await exportApplications(ctx, listCall.code, 'csv', { lang: 'fr' });
    const text = file.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(text.slice(1));
    const [header = [], ...rows] = records;
    expect(rows).toHaveLength(3);
    const at = (name: string) => header.indexOf(name);
    const cents = (v: string | undefined) => BigInt((v ?? '').replace(',', ''));
    rows.forEach((row, i) => {
      const totals = budgetTotals(budgets[i]);
      expect(cents(row[at('Personnel (€)')])).toBe(totals.byCategory.staff);
      expect(cents(row[at('Équipement (€)')])).toBe(totals.byCategory.equipment);
      expect(cents(row[at('Coût total (€)')])).toBe(totals.totalCosts);
      expect(cents(row[at('Montant demandé (€)')])).toBe(totals.requested);
    });
    expect(rows[0]?.[at('Communes concernées')]).toBe('Anderlecht, Bruxelles');
    expect(rows[0]?.[at('Déposé le (heure de Bruxelles)')]).toBe('2026-11-20 10:30');
    // Quotes and separators survive; a formula is defused.
    expect(rows[1]?.[at('Titre du projet')]).toBe('Raccrochage; “vite”');
    expect(rows[2]?.[at('Titre du projet')]).toBe("'=SUM(A1)");
  });

  it('gives officers and applicants the file as PDF, and nobody else', async () => {
    const id = ids[0] as string;
    const pdf = await applicationPdfFor(contextOf(database.db, officer, afterClosing), id, 'nl');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.fileName).toMatch(/\.pdf$/);
    await expect(applicationPdfFor(contextOf(database.db, owner), id, 'fr')).resolves.toBeDefined();
    await expect(applicationPdfFor(contextOf(database.db, stranger), id, 'fr')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses the export to anyone but officers and admins', async () => {
    await expect(exportedApplications(contextOf(database.db, owner), listCall.code, 'fr')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('closing reminders', () => {
  let reminderCall: Awaited<ReturnType<typeof aPublishedCall>>;
  let draft: { id: string; reference: string };
  let done: { id: string };
  /** Drafts of every call closing then (the other tests left some): each is reminded once per kind. */
  let draftsReminded = 0;

  beforeAll(async () => {
    reminderCall = await aPublishedCall(database.db, {
      at: new Date('2026-09-01T10:00:00Z'),
      opensAt: '2026-10-15T12:00',
      closesAt: '2026-12-15T12:00',
    });
    draft = await anApplication(database.db, {
      call: reminderCall,
      organisationId,
      state: 'draft',
      budget: budgetOf({}),
    });
    done = await anApplication(database.db, {
      call: reminderCall,
      organisationId: otherOrganisationId,
      state: 'submitted',
      budget: budgetOf({ staff: 100 }),
    });
  });

  const remindersOf = (id: string) =>
    database.db.select().from(applicationReminders).where(eq(applicationReminders.applicationId, id));
  const mailsOf = (reference: string) =>
    database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'closing-reminder'))
      .then((rows) => rows.filter((m) => m.subject.length > 0 && m.textBody.includes(reference)));

  it('knows which reminder is due', () => {
    const closes = new Date('2026-12-15T11:00:00Z');
    expect(reminderDue(closes, new Date('2026-12-01T11:00:00Z'))).toBeUndefined();
    expect(reminderDue(closes, new Date('2026-12-08T11:00:00Z'))).toBe('closing_7d');
    expect(reminderDue(closes, new Date('2026-12-14T11:00:00Z'))).toBe('closing_1d');
    expect(reminderDue(closes, closes)).toBeUndefined();
  });

  it('sends nothing more than a week before closing', async () => {
    const ctx = contextOf(database.db, { kind: 'system', name: 'reminders' }, new Date('2026-12-01T10:00:00Z'));
    await sendClosingReminders(ctx, { baseUrl: 'http://localhost:3000' });
    expect(await remindersOf(draft.id)).toEqual([]);
  });

  it('reminds the members of a draft’s organisation once, seven days before, in their languages', async () => {
    const at = new Date('2026-12-09T08:00:00Z');
    const ctx = contextOf(database.db, { kind: 'system', name: 'reminders' }, at);
    const first = await sendClosingReminders(ctx, { baseUrl: 'http://localhost:3000' });
    // This call's draft, and the drafts other tests left in calls closing at the same moment.
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    draftsReminded = first.reminded;
    const again = await sendClosingReminders(contextOf(database.db, { kind: 'system', name: 'r' }, at), {
      baseUrl: 'http://localhost:3000',
    });
    expect(again).toEqual({ reminded: 0, mails: 0 });
    const mails = await mailsOf(draft.reference);
    expect(mails.map((m) => [m.toAddress, m.lang]).sort()).toEqual([
      ['member@screening.example.be', 'nl'],
      ['owner@screening.example.be', 'fr'],
    ]);
    expect(mails.find((m) => m.lang === 'nl')?.textBody).toContain(`/nl/applications/${draft.id}`);
    expect((await remindersOf(draft.id)).map((r) => r.kind)).toEqual(['closing_7d']);
    expect(await remindersOf(done.id)).toEqual([]);
    const audit = await auditOf(database.db, ctx);
    expect(audit.filter((a) => a.entityId === draft.id).map((a) => a.action)).toEqual(['application.remind']);
  });

  it('sends the last-day reminder exactly once when two runs go at the same time', async () => {
    const at = new Date('2026-12-14T20:00:00Z');
    const run = () =>
      sendClosingReminders(contextOf(database.db, { kind: 'system', name: 'reminders' }, at), {
        baseUrl: 'http://localhost:3000',
      });
    const results = await Promise.all([run(), run()]);
    expect(results.reduce((n, r) => n + r.reminded, 0)).toBe(draftsReminded);
    expect((await remindersOf(draft.id)).map((r) => r.kind).sort()).toEqual(['closing_1d', 'closing_7d']);
    expect(await mailsOf(draft.reference)).toHaveLength(4);
    // Once closed, nothing.
    const closed = await sendClosingReminders(contextOf(database.db, { kind: 'system', name: 'r' }, afterClosing), {
      baseUrl: 'http://localhost:3000',
    });
    expect(closed).toEqual({ reminded: 0, mails: 0 });
  });
});

describe('the reminder job', () => {
  it('runs at start on the clock it is given, and stops cleanly', async () => {
    const soon = await aPublishedCall(database.db, {
      at: new Date('2026-09-01T10:00:00Z'),
      opensAt: '2026-10-15T12:00',
      closesAt: '2027-01-10T12:00',
    });
    const draft = await anApplication(database.db, {
      call: soon,
      organisationId,
      state: 'draft',
      budget: budgetOf({}),
    });
    let queued = 0;
    const job = startReminderJob(database.db, createLogger('silent'), {
      baseUrl: 'http://localhost:3000',
      intervalMs: 60_000,
      now: () => new Date('2027-01-05T10:00:00Z'),
      mailQueued: () => {
        queued += 1;
      },
    });
    const sent = async () =>
      database.db.select().from(applicationReminders).where(eq(applicationReminders.applicationId, draft.id));
    for (let i = 0; i < 100 && (await sent()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await job.stop();
    expect((await sent()).map((r) => r.kind)).toEqual(['closing_7d']);
    expect(queued).toBe(1);
  });
});

/** A small RFC 4180 reader with `;` as separator, enough to read our own export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
