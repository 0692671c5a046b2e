import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { organisationInvitations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { isUuid, loadOrganisation } from './access.ts';
import { organisationPolicy } from './policy.ts';

/** Withdraws a pending invitation (owners): its link stops working at once. */
export async function revokeInvitation(ctx: Context, organisationId: string, invitationId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { role } = await loadOrganisation(tx, ctx, organisationId, { lock: true });
    authorize(organisationPolicy.revokeInvitation(ctx.actor, role));
    if (!isUuid(invitationId)) throw notFound('Invitation');
    const i = organisationInvitations;
    const [revoked] = await tx
      .update(i)
      .set({ revokedAt: ctx.now })
      .where(
        and(eq(i.id, invitationId), eq(i.organisationId, organisationId), isNull(i.acceptedAt), isNull(i.revokedAt)),
      )
      .returning({ id: i.id });
    if (!revoked) throw notFound('Invitation');
    await recordAudit(tx, ctx, {
      action: 'organisation.revoke_invitation',
      entityType: 'organisation',
      entityId: organisationId,
      changes: { invitationId },
    });
  });
}
