import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { addUser, callInput, contextOf, type UserActor } from '../../../test/factories.ts';
import { systemActor } from '../../core/context.ts';
import { auditLog, callFormVersions, calls } from '../../db/schema/index.ts';
import {
  browseCalls,
  CallInputError,
  changePhase,
  checkEligibility,
  createCall,
  getCall,
  getCurrentFormVersion,
  listFormVersions,
  saveFormVersion,
  updateCall,
} from './index.ts';
import { brusselsToInstant, formatBrussels, instantToBrussels, timeLeft } from './time.ts';
import { availableTransitions } from './workflow.ts';

let database: TestDatabase;
let officer: UserActor;
let applicant: UserActor;
const before = new Date('2026-09-01T10:00:00Z');
const during = new Date('2026-11-01T10:00:00Z');
const after = new Date('2026-12-20T10:00:00Z');

beforeAll(async () => {
  database = await freshDatabase();
  officer = await addUser(database.db, { name: 'Officer', email: 'officer@calls.example.be', roles: ['officer'] });
  applicant = await addUser(database.db, { name: 'Applicant', email: 'applicant@calls.example.be' });
});
afterAll(() => database.dispose());

const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallInputError);
  return (error as CallInputError).problems.map((p) => `${p.field}:${p.reason}`);
};

describe('Brussels time', () => {
  it('converts winter and summer wall-clock times to the right instants', () => {
    expect(brusselsToInstant('2026-01-15T12:00')?.toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(brusselsToInstant('2026-07-15T12:00')?.toISOString()).toBe('2026-07-15T10:00:00.000Z');
    // The last Sunday of March 2026 (29th): 01:59 is winter time, 03:00 summer time, 02:30 does not exist.
    expect(brusselsToInstant('2026-03-29T01:59')?.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(brusselsToInstant('2026-03-29T03:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(brusselsToInstant('2026-03-29T02:30')).toBeUndefined();
    // The last Sunday of October 2026 (25th): 02:30 happens twice; the first (summer time) is taken.
    expect(brusselsToInstant('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(brusselsToInstant('2026-10-25T03:30')?.toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(brusselsToInstant('2026-02-30T10:00')).toBeUndefined();
    expect(brusselsToInstant('15/10/2026 12:00')).toBeUndefined();
  });

  it('shows instants on the Brussels clock with the time zone, and round-trips', () => {
    const at = new Date('2026-10-15T10:00:00Z');
    expect(instantToBrussels(at)).toBe('2026-10-15T12:00');
    expect(formatBrussels(at, 'fr')).toBe('15 octobre 2026, 12:00 (heure de Bruxelles)');
    expect(formatBrussels(at, 'nl')).toBe('15 oktober 2026, 12:00 (Brusselse tijd)');
    expect(formatBrussels(at, 'en')).toBe('15 October 2026, 12:00 (Brussels time)');
    expect(brusselsToInstant(instantToBrussels(at))?.getTime()).toBe(at.getTime());
  });

  it('counts the time left in days, then hours, then minutes', () => {
    const now = new Date('2026-11-01T10:00:00Z');
    expect(timeLeft(new Date('2026-11-13T11:00:00Z'), now)).toEqual({ unit: 'days', count: 12 });
    expect(timeLeft(new Date('2026-11-01T15:30:00Z'), now)).toEqual({ unit: 'hours', count: 5 });
    expect(timeLeft(new Date('2026-11-01T10:00:30Z'), now)).toEqual({ unit: 'minutes', count: 1 });
  });
});

describe('creating and changing a call', () => {
  it('creates a draft with a unique code, a three-year period, instants and form version 1, audited', async () => {
    const ctx = contextOf(database.db, officer, before);
    const first = await createCall(ctx, callInput());
    const second = await createCall(ctx, callInput());
    expect(first.code).toBe('das-2027-2029');
    expect(second.code).toBe('das-2027-2029-2');
    expect(first.periodEnd).toBe(2029);
    expect(first.state).toBe('draft');
    expect(first.opensAt).toBe('2026-10-15T10:00:00.000Z');
    expect(first.closesAt).toBe('2026-12-15T11:00:00.000Z');
    expect(first.formVersion).toBe(1);
    const form = await getCurrentFormVersion(ctx, first.code);
    expect(form.version).toBe(1);
    expect(form.lockedAt).toBeNull();
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, first.code), eq(auditLog.action, 'call.create')));
    expect(audit).toHaveLength(1);
  });

  it('refuses anyone but officers and admins', async () => {
    await expect(createCall(contextOf(database.db, applicant, before), callInput())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses crossed dates, a split that does not add up, min above max and max above the envelope', async () => {
    const ctx = contextOf(database.db, officer, before);
    expect(await problemsOf(createCall(ctx, callInput({ closesAt: '2026-10-15T11:59' })))).toEqual([
      'closesAt:closesBeforeOpens',
    ]);
    expect(await problemsOf(createCall(ctx, callInput({ opensAt: '2026-03-29T02:30' })))).toEqual(['opensAt:dateTime']);
    expect(
      await problemsOf(
        createCall(ctx, callInput({ envelopeByYear: { 2027: 100_000_000, 2028: 100_000_000, 2029: 99_999_999 } })),
      ),
    ).toEqual(['envelopeByYear:splitSum']);
    expect(
      await problemsOf(createCall(ctx, callInput({ envelopeByYear: { 2026: 150_000_000, 2027: 150_000_000 } }))),
    ).toEqual(['envelopeByYear:splitYear']);
    expect(
      await problemsOf(createCall(ctx, callInput({ minPerProjectCents: 6_000_000, maxPerProjectCents: 5_000_000 }))),
    ).toEqual(['minPerProjectCents:minAboveMax']);
    expect(await problemsOf(createCall(ctx, callInput({ maxPerProjectCents: 300_000_001 })))).toEqual([
      'maxPerProjectCents:maxAboveEnvelope',
    ]);
    expect(
      await problemsOf(createCall(ctx, callInput({ title: { fr: '', nl: 'x', en: 'y' }, eligibleTypes: [] }))),
    ).toEqual(['title.fr:required', 'eligibleTypes:required']);
    // A split that adds up is kept.
    const split = await createCall(
      ctx,
      callInput({ envelopeByYear: { 2027: 100_000_000, 2028: 100_000_000, 2029: 100_000_000 } }),
    );
    expect(split.envelopeByYear).toEqual({ 2027: 100_000_000, 2028: 100_000_000, 2029: 100_000_000 });
  });

  it('changes texts always, but dates and amounts only before the call opens', async () => {
    const call = await createCall(contextOf(database.db, officer, before), callInput({ schemeCode: 'dasc' }));
    await changePhase(contextOf(database.db, officer, before), call.code, 'publish');
    const early = await updateCall(contextOf(database.db, officer, before), call.code, {
      closesAt: '2026-12-16T12:00',
      maxPerProjectCents: 4_000_000,
    });
    expect(early.closesAt).toBe('2026-12-16T11:00:00.000Z');
    expect(early.maxPerProjectCents).toBe(4_000_000);
    const open = contextOf(database.db, officer, during);
    const retitled = await updateCall(open, call.code, {
      title: { fr: 'Nouveau titre', nl: 'Nieuwe titel', en: 'New title' },
    });
    expect(retitled.title.en).toBe('New title');
    expect(await problemsOf(updateCall(open, call.code, { closesAt: '2027-01-15T12:00', envelopeCents: 1 }))).toEqual([
      'closesAt:notEditable',
      'envelopeCents:notEditable',
    ]);
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, call.code), eq(auditLog.action, 'call.update')));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.changes).toMatchObject({ maxPerProjectCents: { from: '5000000', to: '4000000' } });
  });
});

describe('states and phases', () => {
  it('is published, then open, then closed by the clock alone, and moves on by the workflow only', async () => {
    const ctx = contextOf(database.db, officer, before);
    const call = await createCall(ctx, callInput({ schemeCode: 'pasc' }));
    await expect(changePhase(ctx, call.code, 'decide')).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect((await changePhase(ctx, call.code, 'publish')).state).toBe('published');
    expect((await getCall(contextOf(database.db, applicant, during), call.code)).state).toBe('open');
    expect((await getCall(contextOf(database.db, applicant, after), call.code)).state).toBe('closed');
    // Once open, it cannot go back to draft; once closed, the evaluation starts, then the decision, then archive.
    await expect(changePhase(contextOf(database.db, officer, during), call.code, 'unpublish')).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await expect(
      changePhase(contextOf(database.db, officer, during), call.code, 'start_evaluation'),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const late = contextOf(database.db, officer, after);
    expect((await changePhase(late, call.code, 'start_evaluation')).state).toBe('in_evaluation');
    expect((await changePhase(late, call.code, 'decide')).state).toBe('decided');
    expect((await changePhase(late, call.code, 'archive')).state).toBe('archived');
    const steps = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, call.code));
    expect(steps.map((s) => s.action).sort()).toEqual([
      'call.change_phase',
      'call.change_phase',
      'call.change_phase',
      'call.create',
      'call.publish',
    ]);
  });

  it('goes back to draft before opening, and then hides from visitors', async () => {
    const ctx = contextOf(database.db, officer, before);
    const call = await createCall(ctx, callInput({ schemeCode: 'municipal-prevention' }));
    await changePhase(ctx, call.code, 'publish');
    const visitorCtx = contextOf(database.db, { kind: 'visitor' }, before);
    expect((await browseCalls(visitorCtx)).map((c) => c.code)).toContain(call.code);
    await changePhase(ctx, call.code, 'unpublish');
    await expect(getCall(visitorCtx, call.code)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await browseCalls(visitorCtx)).map((c) => c.code)).not.toContain(call.code);
    expect((await browseCalls(ctx)).map((c) => c.code)).toContain(call.code);
  });

  it('lists the steps each state allows', () => {
    expect(availableTransitions('draft').map((t) => t.action)).toEqual(['publish']);
    expect(availableTransitions('open')).toEqual([]);
    expect(availableTransitions('closed').map((t) => t.action)).toEqual(['start_evaluation']);
  });
});

describe('form versions', () => {
  it('replaces an unlocked version in place, and writes version n+1 once locked', async () => {
    const ctx = contextOf(database.db, officer, before);
    const call = await createCall(ctx, callInput({ schemeCode: 'vocational-pilot' }));
    const current = await getCurrentFormVersion(ctx, call.code);
    const renamed = structuredClone(current.definition);
    const firstSection = renamed.sections[0];
    if (!firstSection) throw new Error('the default form has sections');
    firstSection.title = { fr: 'Projet', nl: 'Project', en: 'Project' };
    const inPlace = await saveFormVersion(ctx, call.code, { definition: renamed, rubric: current.rubric });
    expect(inPlace).toMatchObject({ version: 1, created: false });
    // The first submission locks version 1 (the applications area does this).
    await database.db
      .update(callFormVersions)
      .set({ lockedAt: ctx.now })
      .where(and(eq(callFormVersions.callCode, call.code), eq(callFormVersions.version, 1)));
    const next = await saveFormVersion(ctx, call.code, { definition: renamed, rubric: current.rubric });
    expect(next).toMatchObject({ version: 2, created: true, lockedAt: null });
    const [row] = await database.db.select().from(calls).where(eq(calls.code, call.code));
    expect(row?.formVersion).toBe(2);
    const versions = await listFormVersions(ctx, call.code);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]?.definition.sections[0]?.title.en).toBe('Project');
    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, call.code), eq(auditLog.action, 'call.new_form_version')));
    expect(audited[0]?.changes).toEqual({ from: 1, to: 2 });
  });

  it('refuses a definition that breaks the schema, naming where', async () => {
    const ctx = contextOf(database.db, officer, before);
    const call = await createCall(ctx, callInput({ schemeCode: 'municipal-coordinator' }));
    const current = await getCurrentFormVersion(ctx, call.code);
    const broken = structuredClone(current.definition) as { sections: { title: { nl: string } }[] };
    (broken.sections[0] as { title: { nl: string } }).title.nl = '';
    await expect(
      saveFormVersion(ctx, call.code, { definition: broken as never, rubric: current.rubric }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fields: [{ field: 'definition.sections.0.title.nl' }] });
  });
});

describe('eligibility', () => {
  const rules = {
    eligibleTypes: ['school', 'association'],
    eligibilityQuestions: callInput().eligibilityQuestions ?? [],
  };

  it('admits an eligible type with non-blocking answers', () => {
    expect(checkEligibility(rules, { organisationType: 'school', answers: { brussels: 'yes' } })).toEqual({
      eligible: true,
      reasons: [],
      unanswered: [],
    });
  });

  it('stops a blocking answer with its reason, and a type the call does not admit', () => {
    const result = checkEligibility(rules, { organisationType: 'municipal_service', answers: { brussels: 'no' } });
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.en)).toEqual([
      'This type of organisation may not apply to this call.',
      'The call funds projects in Brussels.',
    ]);
  });

  it('is not final while a question is unanswered', () => {
    expect(checkEligibility(rules, { organisationType: 'school', answers: {} })).toMatchObject({
      eligible: false,
      reasons: [],
      unanswered: ['brussels'],
    });
  });
});

describe('visibility', () => {
  it('shows past archived calls from the records, without a page of their own', async () => {
    const list = await browseCalls(contextOf(database.db, systemActor('test'), before));
    const past = list.find((c) => c.code === 'das-2019-2021');
    expect(past).toMatchObject({ state: 'archived', hasPage: false });
  });
});
