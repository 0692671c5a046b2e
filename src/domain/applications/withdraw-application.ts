import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { applications } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { isOpen } from '../calls/index.ts';
import { loadApplication } from './access.ts';
import { ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';

/**
 * Withdraws a submitted application while its call is open. The organisation may then start a new one; the
 * withdrawn file is kept, read-only, with its submitted version.
 */
export async function withdrawApplication(ctx: Context, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { application, access, call } = await loadApplication(tx, ctx, id, { lock: true });
    if (application.state === 'withdrawn' && access !== 'staff') return;
    authorize(applicationPolicy.act(access, 'withdraw', application.state));
    if (!isOpen(call, ctx.now)) throw new ApplicationError('callClosed');
    await tx
      .update(applications)
      .set({ state: 'withdrawn', withdrawnAt: ctx.now, updatedAt: ctx.now })
      .where(eq(applications.id, id));
    await recordAudit(tx, ctx, {
      action: 'application.withdraw',
      entityType: 'application',
      entityId: id,
      changes: { reference: application.reference },
    });
  });
}
