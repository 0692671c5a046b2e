import { count, eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { applications, calls } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { callPolicy } from './policy.ts';
import { documentsOf, loadCall, toDetail } from './present.ts';
import type { CallDetail } from './schemas.ts';
import { callState } from './state.ts';
import { type PhaseAction, transitionFor } from './workflow.ts';

/**
 * Moves a call one step along its workflow (`workflow.ts`): publish, back to draft, start the evaluation once
 * closed, decide, archive. A step the workflow does not allow from the call's state now is refused
 * (PRECONDITION_FAILED); going back to draft also needs the call not open yet and without any application.
 */
export async function changePhase(ctx: Context, code: string, action: PhaseAction): Promise<CallDetail> {
  authorize(callPolicy.manage(ctx.actor));
  const row = await ctx.db.transaction(async (tx) => {
    const current = await loadCall(tx, ctx, code, true);
    const state = callState(current, ctx.now);
    const step = transitionFor(state, action);
    if (!step) throw new DomainError('PRECONDITION_FAILED', `A call that is ${state} cannot take the step ${action}`);
    if (action === 'publish' && (!current.opensAt || !current.closesAt || current.formVersion === null)) {
      throw new DomainError('PRECONDITION_FAILED', 'A call needs its opening, closing and form before publishing');
    }
    if (action === 'unpublish') {
      const [{ n } = { n: 0 }] = await tx
        .select({ n: count() })
        .from(applications)
        .where(eq(applications.callCode, code));
      if (n > 0) throw new DomainError('PRECONDITION_FAILED', 'A call with applications cannot go back to draft');
    }
    const [updated] = await tx
      .update(calls)
      .set({ phase: step.to, updatedAt: ctx.now })
      .where(eq(calls.code, code))
      .returning();
    if (!updated) throw new Error('The call update returned no row');
    await recordAudit(tx, ctx, {
      action: action === 'publish' ? 'call.publish' : 'call.change_phase',
      entityType: 'call',
      entityId: code,
      changes: { action, from: state, to: step.to },
    });
    return updated;
  });
  bumpPublicDataGeneration();
  return toDetail(row, await documentsOf(ctx.db, code), ctx.now);
}

/** Publishes a draft call: it becomes visible, and opens and closes by itself at its instants. */
export const publishCall = (ctx: Context, code: string) => changePhase(ctx, code, 'publish');
