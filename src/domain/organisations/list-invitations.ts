import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { organisationInvitations } from '../../db/schema/index.ts';
import { loadOrganisation } from './access.ts';
import { organisationPolicy } from './policy.ts';
import type { Invitation } from './schemas.ts';

/** The invitations still waiting for an answer (not accepted, revoked or expired), for owners. */
export async function listInvitations(ctx: Context, organisationId: string): Promise<Invitation[]> {
  const { role } = await loadOrganisation(ctx.db, ctx, organisationId);
  authorize(organisationPolicy.viewInvitations(ctx.actor, role));
  const i = organisationInvitations;
  return ctx.db
    .select({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt, createdAt: i.createdAt })
    .from(i)
    .where(
      and(eq(i.organisationId, organisationId), isNull(i.acceptedAt), isNull(i.revokedAt), gt(i.expiresAt, ctx.now)),
    )
    .orderBy(asc(i.createdAt), asc(i.id));
}
