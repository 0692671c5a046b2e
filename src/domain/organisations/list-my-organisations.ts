import { asc, eq } from 'drizzle-orm';
import { userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { organisationMembers, organisations } from '../../db/schema/index.ts';
import { toOrganisation } from './present.ts';
import type { Organisation } from './schemas.ts';

/** The organisations the signed-in person belongs to, by name. Visitors and system actors belong to none. */
export async function listMyOrganisations(ctx: Context): Promise<Organisation[]> {
  const userId = userIdOf(ctx.actor);
  if (!userId) return [];
  const rows = await ctx.db
    .select({ organisation: organisations, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.legalName), asc(organisations.id));
  return rows.map((r) => toOrganisation(r.organisation, r.role));
}
