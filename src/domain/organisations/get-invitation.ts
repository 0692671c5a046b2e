import { eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import type { OrganisationRole } from '../../db/schema/index.ts';
import { organisations } from '../../db/schema/index.ts';
import { signedInId } from './access.ts';
import { usableInvitation } from './tokens.ts';

/** What the acceptance page shows before the person confirms. */
export interface InvitationPreview {
  organisationId: string;
  organisationName: string;
  role: OrganisationRole;
  expiresAt: Date;
}

/**
 * Reads an invitation link for the signed-in person it was sent to, without using it: opening a link must not
 * change anything, since mail scanners open links too. Throws `InvitationError` when the link cannot be used.
 */
export async function getInvitation(ctx: Context, token: string): Promise<InvitationPreview> {
  const userId = signedInId(ctx, 'Sign in to answer an invitation');
  const invitation = await usableInvitation(ctx.db, token, { userId, now: ctx.now });
  const [organisation] = await ctx.db
    .select({ legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.id, invitation.organisationId));
  return {
    organisationId: invitation.organisationId,
    organisationName: organisation?.legalName ?? '',
    role: invitation.role,
    expiresAt: invitation.expiresAt,
  };
}
