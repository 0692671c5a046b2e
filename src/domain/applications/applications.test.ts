import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import {
  addUser,
  anOpenCall,
  applicantWithOrganisation,
  completeAnswers,
  contextOf,
  moments,
  type UserActor,
} from '../../../test/factories.ts';
import { applications, auditLog, callFormVersions, mailOutbox } from '../../db/schema/index.ts';
import { FileStore } from '../files/index.ts';
import type { BudgetAnswer } from '../forms/index.ts';
import {
  AnswersError,
  ApplicationError,
  getApplication,
  listMyApplications,
  NotEligibleError,
  saveSection,
  startApplication,
  submitApplication,
  withdrawApplication,
} from './index.ts';

let database: TestDatabase;
let callCode: string;
let applicant: UserActor & { email: string };
let organisationId: string;
let stranger: UserActor;
let files: { store: FileStore; maxBytes: number };
const links = { applicationUrl: (lang: string) => `https://accroche.example.org/${lang}/applications/x` };
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  database = await freshDatabase();
  callCode = await anOpenCall(database.db);
  ({ actor: applicant, organisationId } = await applicantWithOrganisation(database.db, 'Amina', '01234567'));
  stranger = await addUser(database.db, { name: 'Stranger', email: 'stranger@apply.example.be' });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-applications-'));
  files = { store: new FileStore(root), maxBytes: 1024 * 1024 };
});
afterAll(() => database.dispose());

const refusal = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );

const at = (actor: UserActor, now = moments.during) => contextOf(database.db, actor, now);

describe('starting an application', () => {
  it('refuses before the call opens, a forged organisation and a blocking eligibility answer', async () => {
    const early = await refusal(
      startApplication(at(applicant, moments.beforeOpening), {
        callCode,
        organisationId,
        eligibility: { brussels: 'yes' },
      }),
    );
    expect(early).toMatchObject({ problem: 'callNotOpen' });
    const forged = await refusal(
      startApplication(at(stranger), { callCode, organisationId, eligibility: { brussels: 'yes' } }),
    );
    expect(forged).toMatchObject({ problem: 'notMember', code: 'FORBIDDEN' });
    const blocked = await refusal(
      startApplication(at(applicant), { callCode, organisationId, eligibility: { brussels: 'no' } }),
    );
    expect(blocked).toBeInstanceOf(NotEligibleError);
    expect((blocked as NotEligibleError).reasons[0]?.en).toMatch(/Brussels/);
  });
});

describe('an application from start to submission', () => {
  let id: string;

  it('starts once per organisation, numbered after the call', async () => {
    const started = await startApplication(at(applicant), {
      callCode,
      organisationId,
      eligibility: { brussels: 'yes' },
    });
    id = started.id;
    expect(started.reference).toBe(`${callCode.toUpperCase()}-0001`);
    const again = await refusal(
      startApplication(at(applicant), { callCode, organisationId, eligibility: { brussels: 'yes' } }),
    );
    expect(again).toMatchObject({ problem: 'alreadyApplied', params: { reference: started.reference } });
    expect((await listMyApplications(at(applicant))).map((a) => [a.reference, a.next])).toEqual([
      [started.reference, 'complete'],
    ]);
    expect(await listMyApplications(at(stranger))).toEqual([]);
    await expect(getApplication(at(stranger), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('saves a section, and refuses a second save from the same version without overwriting', async () => {
    const answers = completeAnswers();
    const project = { title: answers.title, summary: answers.summary, aims: answers.aims, parents: 'no' };
    expect(await saveSection(at(applicant), id, 'project', { answers: project, sectionVersion: 0 }, files)).toEqual({
      sectionVersion: 1,
    });
    const conflict = await refusal(
      saveSection(at(applicant), id, 'project', { answers: { ...project, title: 'Other' }, sectionVersion: 0 }, files),
    );
    expect(conflict).toMatchObject({ problem: 'sectionConflict', code: 'CONFLICT' });
    const view = await getApplication(at(applicant), id);
    expect(view.application.answers.title).toBe('Ateliers du mercredi');
    expect(view.application.title).toBe('Ateliers du mercredi');
  });

  it('refuses a negative budget line even in a draft, with a message in each language', async () => {
    const budget: BudgetAnswer = {
      lines: [{ category: 'staff', label: 'Animateur', amounts: { '2027': '-500' } }],
      cofunding: [],
    };
    const error = await refusal(
      saveSection(at(applicant), id, 'budget', { answers: { budget }, sectionVersion: 0 }, files),
    );
    expect(error).toBeInstanceOf(AnswersError);
    const fr = (error as AnswersError).messagesIn('fr');
    const nl = (error as AnswersError).messagesIn('nl');
    expect(Object.keys(fr)[0]).toMatch(/^budget\.lines\.0/);
    expect(Object.values(fr)[0]).not.toBe(Object.values(nl)[0]);
  });

  it('checks attached files by their content and size', async () => {
    const fake = { fieldKey: 'budgetDetail', name: 'budget.pdf', content: Buffer.from('#!/bin/sh\necho not a pdf\n') };
    const wrong = await refusal(
      saveSection(at(applicant), id, 'attachments', { answers: {}, sectionVersion: 0, uploads: [fake] }, files),
    );
    expect(wrong).toMatchObject({ problem: 'fileWrongType', field: 'budgetDetail' });
    const big = { fieldKey: 'budgetDetail', name: 'big.png', content: Buffer.alloc(files.maxBytes + 1) };
    const tooBig = await refusal(
      saveSection(at(applicant), id, 'attachments', { answers: {}, sectionVersion: 0, uploads: [big] }, files),
    );
    expect(tooBig).toMatchObject({ problem: 'fileTooLarge' });
    const good = { fieldKey: 'budgetDetail', name: 'fiche.exe', content: png };
    await saveSection(at(applicant), id, 'attachments', { answers: {}, sectionVersion: 0, uploads: [good] }, files);
    const view = await getApplication(at(applicant), id);
    expect(view.files.map((f) => [f.fileName, f.mime])).toEqual([['fiche.png', 'image/png']]);
    expect(view.application.answers.budgetDetail).toMatchObject({ name: 'fiche.png', mime: 'image/png' });
  });

  it('refuses a submission with missing answers or without the declaration', async () => {
    const missing = await refusal(submitApplication(at(applicant), id, { declaration: true }, links));
    expect(missing).toBeInstanceOf(AnswersError);
    expect(Object.keys((missing as AnswersError).messagesIn('en'))).toContain('targetGroup');
    const answers = completeAnswers();
    const sections: Record<string, string[]> = {
      people: ['targetGroup', 'schools', 'municipalities'],
      activities: ['activities'],
      partners: ['partners'],
      budget: ['budget'],
    };
    for (const [section, keys] of Object.entries(sections)) {
      const part = Object.fromEntries(keys.map((k) => [k, answers[k]]));
      await saveSection(at(applicant), id, section, { answers: part, sectionVersion: 0 }, files);
    }
    const undeclared = await refusal(submitApplication(at(applicant), id, { declaration: false }, links));
    expect(undeclared).toMatchObject({ problem: 'declarationRequired' });
  });

  it('refuses a submission at the closing instant, and one millisecond after', async () => {
    for (const late of [moments.closing, new Date(moments.closing.getTime() + 1)]) {
      const error = await refusal(submitApplication(at(applicant, late), id, { declaration: true }, links));
      expect(error).toMatchObject({ problem: 'callClosed', code: 'PRECONDITION_FAILED' });
    }
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect(row?.state).toBe('draft');
  });

  it('submits one millisecond before closing, once, freezing the answers and locking the form', async () => {
    const lastMoment = new Date(moments.closing.getTime() - 1);
    const [first, second] = await Promise.all([
      submitApplication(at(applicant, lastMoment), id, { declaration: true }, links),
      submitApplication(at(applicant, lastMoment), id, { declaration: true }, links),
    ]);
    expect([first?.submittedNow, second?.submittedNow].sort()).toEqual([false, true]);
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect(row?.state).toBe('submitted');
    expect(row?.submitted).toEqual(row?.answers);
    expect(row?.requestedCents).toBe(3_000_000n);
    const [version] = await database.db
      .select()
      .from(callFormVersions)
      .where(and(eq(callFormVersions.callCode, callCode), eq(callFormVersions.version, row?.formVersion ?? 0)));
    expect(version?.lockedAt).not.toBeNull();
    const receipts = await database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'application-receipt'));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]?.toAddress).toBe(applicant.email);
    const pdf = Buffer.from(receipts[0]?.attachments?.[0]?.base64 ?? '', 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.filter((a) => a.action === 'application.submit')).toHaveLength(1);
    // A submitted application is read-only.
    const frozen = await refusal(
      saveSection(at(applicant, lastMoment), id, 'project', { answers: {}, sectionVersion: 1 }, files),
    );
    expect(frozen).toBeInstanceOf(ApplicationError);
  });

  it('withdraws only while the call is open', async () => {
    const closed = await refusal(withdrawApplication(at(applicant, moments.closing), id));
    expect(closed).toMatchObject({ problem: 'callClosed' });
    await withdrawApplication(at(applicant), id);
    expect((await getApplication(at(applicant), id)).application.state).toBe('withdrawn');
  });
});
