import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../core/context.ts';
import { type OrganisationInvitationRow, organisationInvitations, users } from '../../db/schema/index.ts';
import { InvitationError } from './errors.ts';

/** How long an invitation link works. */
export const invitationLifetimeMs = 7 * 24 * 3600 * 1000;

/** A new invitation token: 32 random bytes, URL-safe. It is mailed, never stored. */
export const newToken = () => randomBytes(32).toString('base64url');

/** What is stored of a token: its SHA-256, enough to find the row and useless to join with. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const wellFormed = /^[\w-]{20,100}$/;

/**
 * The invitation a link's token names, if it can still be used by this person at this moment; otherwise the
 * reason it cannot, as an `InvitationError`. Used links say "used" even once expired: that is what people remember.
 * With `lock`, the row stays locked until the transaction ends, so that a link is never accepted twice.
 */
export async function usableInvitation(
  db: Db | Tx,
  token: string,
  person: { userId: string; now: Date },
  options: { lock?: boolean } = {},
): Promise<OrganisationInvitationRow> {
  if (!wellFormed.test(token)) throw new InvitationError('unknown');
  const query = db
    .select()
    .from(organisationInvitations)
    .where(eq(organisationInvitations.tokenHash, hashToken(token)));
  const [invitation] = options.lock ? await query.for('update') : await query;
  if (!invitation) throw new InvitationError('unknown');
  if (invitation.acceptedAt) throw new InvitationError('used');
  if (invitation.revokedAt) throw new InvitationError('revoked');
  if (invitation.expiresAt.getTime() <= person.now.getTime()) throw new InvitationError('expired');
  const [user] = await db
    .select({ email: users.email, verified: users.emailVerified })
    .from(users)
    .where(eq(users.id, person.userId));
  // Only the verified owner of the invited address may join: a forwarded link is not enough.
  if (!user?.verified || user.email.trim().toLowerCase() !== invitation.email)
    throw new InvitationError('wrongAddress');
  return invitation;
}
