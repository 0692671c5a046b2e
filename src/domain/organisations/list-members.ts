import { asc, desc, eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { organisationMembers, users } from '../../db/schema/index.ts';
import { loadOrganisation } from './access.ts';
import type { Member } from './schemas.ts';

/** The members of an organisation, owners first, for whoever may read it (others get NOT_FOUND). */
export async function listMembers(ctx: Context, organisationId: string): Promise<Member[]> {
  await loadOrganisation(ctx.db, ctx, organisationId);
  return ctx.db
    .select({
      userId: organisationMembers.userId,
      name: users.name,
      email: users.email,
      role: organisationMembers.role,
      joinedAt: organisationMembers.joinedAt,
    })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(desc(organisationMembers.role), asc(users.name), asc(users.id));
}
