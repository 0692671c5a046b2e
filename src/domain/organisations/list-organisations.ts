import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { badRequest } from '../../core/errors.ts';
import { organisationMembers, organisations } from '../../db/schema/index.ts';
import { organisationPolicy } from './policy.ts';
import { toOrganisation } from './present.ts';
import { type Organisation, OrganisationSearch } from './schemas.ts';

/** At most this many organisations in one answer; a search narrows the list. */
export const listLimit = 200;

/** Escapes the wildcards of LIKE, so that a typed `%` or `_` matches itself. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every organisation, for officers and admins, by name; `q` finds a part of the legal name (any case) or of the
 * enterprise number (dots and spaces ignored).
 */
export async function listOrganisations(ctx: Context, search: OrganisationSearch = {}): Promise<Organisation[]> {
  authorize(organisationPolicy.listAll(ctx.actor));
  const parsed = OrganisationSearch.safeParse(search);
  if (!parsed.success) throw badRequest('The search is not valid', [{ field: 'q', message: 'is too long' }]);
  const q = parsed.data.q ?? '';
  const conditions: SQL[] = [];
  if (q) {
    const digits = q.replace(/[\s./-]/g, '').replace(/^BE/i, '');
    const byName = ilike(organisations.legalName, `%${likeEscaped(q)}%`);
    conditions.push(
      /^\d+$/.test(digits) ? (or(byName, ilike(organisations.enterpriseNumber, `%${digits}%`)) as SQL) : byName,
    );
  }
  const userId = userIdOf(ctx.actor) ?? '';
  const rows = await ctx.db
    .select({ organisation: organisations, role: organisationMembers.role })
    .from(organisations)
    .leftJoin(
      organisationMembers,
      and(eq(organisationMembers.organisationId, organisations.id), eq(organisationMembers.userId, userId)),
    )
    .where(and(...conditions))
    .orderBy(asc(organisations.legalName), asc(organisations.id))
    .limit(listLimit);
  return rows.map((r) => toOrganisation(r.organisation, r.role ?? null));
}
