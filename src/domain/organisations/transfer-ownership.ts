import { and, eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { organisationMembers } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation, membershipOf, signedInId } from './access.ts';
import { organisationPolicy } from './policy.ts';

/** Hands ownership to another member (owners): they become owner, the actor becomes a member. */
export async function transferOwnership(ctx: Context, organisationId: string, toUserId: string): Promise<void> {
  const fromUserId = signedInId(ctx, 'Sign in to transfer ownership');
  await ctx.db.transaction(async (tx) => {
    const { role } = await loadOrganisation(tx, ctx, organisationId, { lock: true });
    authorize(organisationPolicy.transferOwnership(ctx.actor, role));
    const target = await membershipOf(tx, organisationId, toUserId);
    if (target === null) throw notFound('Member');
    if (target === 'owner') throw new DomainError('CONFLICT', 'This member is already an owner');
    const m = organisationMembers;
    const member = (userId: string) => and(eq(m.organisationId, organisationId), eq(m.userId, userId));
    await tx.update(m).set({ role: 'owner' }).where(member(toUserId));
    await tx.update(m).set({ role: 'member' }).where(member(fromUserId));
    await recordAudit(tx, ctx, {
      action: 'organisation.transfer_ownership',
      entityType: 'organisation',
      entityId: organisationId,
      changes: { from: fromUserId, to: toUserId },
    });
  });
}
