import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { applications, calls, organisations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { callState, checkEligibility } from '../calls/index.ts';
import type { LocalizedText } from '../forms/index.ts';
import { isUuid, membershipOf, signedInId } from '../organisations/index.ts';
import { ApplicationError } from './errors.ts';

export const StartInput = z.object({
  callCode: z.string().min(1).max(60),
  organisationId: z.string().max(60),
  /** Answers to the call's eligibility questions, by question key. */
  eligibility: z.record(z.string(), z.enum(['yes', 'no'])).default({}),
});
export type StartInput = z.input<typeof StartInput>;

/** The organisation may not apply: the reasons, in the three languages. */
export class NotEligibleError extends ApplicationError {
  constructor(readonly reasons: LocalizedText[]) {
    super('notEligible');
  }
}

/**
 * Starts an application of one of the actor's organisations to an open call, after its eligibility questions.
 * One organisation has one application per call (a withdrawn one does not count): starting again returns the
 * existing one as a CONFLICT naming it. The reference (`<call>-0001`) is numbered under a lock on the call row.
 */
export async function startApplication(ctx: Context, input: StartInput): Promise<{ id: string; reference: string }> {
  const userId = signedInId(ctx, 'Sign in to apply');
  const data = StartInput.parse(input);
  if (!isUuid(data.organisationId)) throw new ApplicationError('notMember', {}, 'organisationId');
  return ctx.db.transaction(async (tx) => {
    const [call] = await tx.select().from(calls).where(eq(calls.code, data.callCode)).for('update');
    if (!call || call.phase === 'draft' || call.formVersion === null) {
      throw new DomainError('NOT_FOUND', `Call ${data.callCode} was not found`);
    }
    const state = callState(call, ctx.now);
    if (state !== 'open') throw new ApplicationError(state === 'published' ? 'callNotOpen' : 'callClosed');
    const role = await membershipOf(tx, data.organisationId, userId);
    if (!role) throw new ApplicationError('notMember', {}, 'organisationId');
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, data.organisationId));
    if (!organisation) throw new ApplicationError('notMember', {}, 'organisationId');
    const eligibility = checkEligibility(call, { organisationType: organisation.type, answers: data.eligibility });
    if (!eligibility.eligible) {
      if (eligibility.reasons.length) throw new NotEligibleError(eligibility.reasons);
      throw new ApplicationError('answerRequired', {}, `eligibility.${eligibility.unanswered[0]}`);
    }
    const [existing] = await tx
      .select({ id: applications.id, reference: applications.reference })
      .from(applications)
      .where(
        and(
          eq(applications.callCode, call.code),
          eq(applications.organisationId, organisation.id),
          ne(applications.state, 'withdrawn'),
        ),
      );
    if (existing) throw new ApplicationError('alreadyApplied', { reference: existing.reference, id: existing.id });
    const [counted] = await tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(applications)
      .where(eq(applications.callCode, call.code));
    const reference = `${call.code.toUpperCase()}-${String((counted?.n ?? 0) + 1).padStart(4, '0')}`;
    const [row] = await tx
      .insert(applications)
      .values({
        reference,
        callCode: call.code,
        formVersion: call.formVersion,
        organisationId: organisation.id,
        eligibilityAnswers: data.eligibility,
        demo: call.demo,
        createdBy: userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: applications.id });
    if (!row) throw new Error('The application insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'application.start',
      entityType: 'application',
      entityId: row.id,
      changes: { reference, call: call.code, organisation: organisation.id },
    });
    return { id: row.id, reference };
  });
}
