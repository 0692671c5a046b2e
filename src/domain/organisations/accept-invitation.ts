import { and, eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { organisationInvitations, organisationMembers } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { signedInId } from './access.ts';
import { usableInvitation } from './tokens.ts';

/**
 * Joins an organisation through an invitation link. Only the signed-in person whose verified address is the invited
 * one may use it, once, before it expires; otherwise an `InvitationError` says why. Someone already a member keeps
 * their place (and becomes owner if invited as one).
 */
export async function acceptInvitation(ctx: Context, token: string): Promise<{ organisationId: string }> {
  const userId = signedInId(ctx, 'Sign in to accept an invitation');
  return ctx.db.transaction(async (tx) => {
    const invitation = await usableInvitation(tx, token, { userId: userId, now: ctx.now }, { lock: true });
    const { organisationId, role } = invitation;
    const m = organisationMembers;
    const [joined] = await tx
      .insert(m)
      .values({ organisationId, userId: userId, role, joinedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ role: m.role });
    if (!joined && role === 'owner') {
      await tx
        .update(m)
        .set({ role: 'owner' })
        .where(and(eq(m.organisationId, organisationId), eq(m.userId, userId)));
    }
    await tx
      .update(organisationInvitations)
      .set({ acceptedAt: ctx.now, acceptedBy: userId })
      .where(eq(organisationInvitations.id, invitation.id));
    await recordAudit(tx, ctx, {
      action: 'organisation.accept_invitation',
      entityType: 'organisation',
      entityId: organisationId,
      changes: { invitationId: invitation.id, userId, role, alreadyMember: !joined },
    });
    return { organisationId };
  });
}
