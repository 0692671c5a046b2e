import { and, eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { organisationMembers } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation } from './access.ts';
import { organisationPolicy } from './policy.ts';

/** Removes someone else from an organisation (owners). The actor stays, so an owner always remains. */
export async function removeMember(ctx: Context, organisationId: string, userId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { role } = await loadOrganisation(tx, ctx, organisationId, { lock: true });
    authorize(organisationPolicy.removeMember(ctx.actor, role, userId));
    const m = organisationMembers;
    const [removed] = await tx
      .delete(m)
      .where(and(eq(m.organisationId, organisationId), eq(m.userId, userId)))
      .returning({ role: m.role });
    if (!removed) throw notFound('Member');
    await recordAudit(tx, ctx, {
      action: 'organisation.remove_member',
      entityType: 'organisation',
      entityId: organisationId,
      changes: { userId, role: removed.role },
    });
  });
}
