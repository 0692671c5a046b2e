import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import type { ApplicationState } from '../../db/schema/index.ts';
import { applications } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadApplication } from './access.ts';
import { ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';
import { transitionOf } from './workflow.ts';

export const ScreeningInput = z.object({
  decision: z.enum(['eligible', 'ineligible']),
  /** Why: required when the file is ineligible, optional otherwise. */
  reason: z.string().max(5000).default(''),
});
export type ScreeningInput = z.input<typeof ScreeningInput>;

/**
 * An officer's eligibility decision on a submitted application: eligible (it goes on to evaluation), or
 * ineligible with a reason (also possible while information is awaited). The decision, its reason, who took it
 * and when are kept on the application; the state follows the workflow.
 */
export async function screenApplication(
  ctx: Context,
  id: string,
  input: ScreeningInput,
): Promise<{ state: ApplicationState; screenedAt: Date }> {
  const data = ScreeningInput.parse(input);
  const reason = data.reason.trim();
  const action = data.decision === 'eligible' ? 'declare_eligible' : 'declare_ineligible';
  return ctx.db.transaction(async (tx) => {
    const { application, access } = await loadApplication(tx, ctx, id, { lock: true });
    authorize(applicationPolicy.act(access, action, application.state));
    if (data.decision === 'ineligible' && !reason) throw new ApplicationError('reasonRequired', {}, 'reason');
    const state = transitionOf(action).to;
    await tx
      .update(applications)
      .set({
        state,
        screeningReason: reason || null,
        screenedAt: ctx.now,
        screenedBy: userIdOf(ctx.actor) ?? null,
        updatedAt: ctx.now,
      })
      .where(eq(applications.id, id));
    await recordAudit(tx, ctx, {
      action: `application.${action}`,
      entityType: 'application',
      entityId: id,
      changes: { reference: application.reference, from: application.state, to: state, ...(reason ? { reason } : {}) },
    });
    return { state, screenedAt: ctx.now };
  });
}
