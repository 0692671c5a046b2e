import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { applications, informationRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadApplication } from './access.ts';
import { ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';
import { transitionOf } from './workflow.ts';

export const AnswerInformationInput = z.object({
  answer: z.string().max(20_000),
  /** The request answered; when given it must be the open one (a stale page answering an old request is refused). */
  requestId: z.string().max(64).optional(),
});
export type AnswerInformationInput = z.input<typeof AnswerInformationInput>;

/**
 * The applicants answer the open request for information of their application, in the same file: the answer is
 * kept on the request and the application goes back to `submitted`, ready for the officers. An answer after the
 * reply date is still taken (the officers see that it came late, and may declare the file ineligible meanwhile).
 */
export async function answerInformationRequest(
  ctx: Context,
  id: string,
  input: AnswerInformationInput,
): Promise<{ requestId: string; answeredAt: Date; late: boolean }> {
  const data = AnswerInformationInput.parse(input);
  const answer = data.answer.trim();
  return ctx.db.transaction(async (tx) => {
    const { application, access } = await loadApplication(tx, ctx, id, { lock: true });
    authorize(applicationPolicy.act(access, 'answer_information', application.state));
    if (!answer) throw new ApplicationError('answerRequired', {}, 'answer');
    const [open] = await tx
      .select()
      .from(informationRequests)
      .where(and(eq(informationRequests.applicationId, id), isNull(informationRequests.answeredAt)))
      .orderBy(desc(informationRequests.requestedAt))
      .limit(1);
    if (!open || (data.requestId !== undefined && data.requestId !== open.id)) throw notFound('Information request');
    const late = ctx.now.getTime() >= open.dueAt.getTime();
    await tx
      .update(informationRequests)
      .set({ answer, answeredAt: ctx.now, answeredBy: userIdOf(ctx.actor) ?? null })
      .where(eq(informationRequests.id, open.id));
    await tx
      .update(applications)
      .set({ state: transitionOf('answer_information').to, updatedAt: ctx.now })
      .where(eq(applications.id, id));
    await recordAudit(tx, ctx, {
      action: 'application.answer_information',
      entityType: 'application',
      entityId: id,
      changes: { reference: application.reference, request: open.id, ...(late ? { late: true } : {}) },
    });
    return { requestId: open.id, answeredAt: ctx.now, late };
  });
}
