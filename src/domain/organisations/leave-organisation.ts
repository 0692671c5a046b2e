import { and, eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { organisationMembers } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation, memberCounts, signedInId } from './access.ts';
import { organisationPolicy } from './policy.ts';

/**
 * Leaves an organisation. The last owner may not leave while other members remain (PRECONDITION_FAILED): they
 * transfer ownership first. The last member may leave; the organisation stays, with its history, for officers.
 */
export async function leaveOrganisation(ctx: Context, organisationId: string): Promise<void> {
  const userId = signedInId(ctx, 'Sign in to leave an organisation');
  await ctx.db.transaction(async (tx) => {
    const { role } = await loadOrganisation(tx, ctx, organisationId, { lock: true });
    if (role === null) throw new DomainError('FORBIDDEN', 'Not a member of this organisation');
    const decision = organisationPolicy.leave(ctx.actor, role, await memberCounts(tx, organisationId));
    if (!decision.ok) throw new DomainError('PRECONDITION_FAILED', decision.reason ?? 'Transfer ownership first');
    const m = organisationMembers;
    await tx.delete(m).where(and(eq(m.organisationId, organisationId), eq(m.userId, userId)));
    await recordAudit(tx, ctx, {
      action: 'organisation.leave',
      entityType: 'organisation',
      entityId: organisationId,
      changes: { userId, role },
    });
  });
}
