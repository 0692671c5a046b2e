import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { organisations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation } from './access.ts';
import { dataOf, type OrganisationData, parseOrganisation } from './input.ts';
import { organisationPolicy } from './policy.ts';
import { toOrganisation } from './present.ts';
import { checkReferences, uniqueToInvalid } from './references.ts';
import type { Organisation, OrganisationPatch } from './schemas.ts';

/**
 * Changes an organisation's details (owners). `patch` may name any subset of the fields; the result is checked as
 * a whole, so that changing the type to `school` asks for the school fields. The audit row lists each changed field
 * with its old and new value. Changing the enterprise number clears the officer's check of it.
 */
export async function updateOrganisation(ctx: Context, id: string, patch: OrganisationPatch): Promise<Organisation> {
  const { row, role } = await ctx.db
    .transaction(async (tx) => {
      const { organisation, role } = await loadOrganisation(tx, ctx, id, { lock: true });
      authorize(organisationPolicy.update(ctx.actor, role));
      const current = dataOf(organisation);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const data = parseOrganisation({ ...current, ...defined });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of Object.keys(data) as (keyof OrganisationData)[]) {
        if (data[key] !== current[key]) changes[key] = { from: current[key], to: data[key] };
      }
      if (Object.keys(changes).length === 0) return { row: organisation, role };
      await checkReferences(tx, data, id);
      const [updated] = await tx
        .update(organisations)
        .set({
          ...data,
          updatedAt: ctx.now,
          ...(changes.enterpriseNumber ? { enterpriseCheckedAt: null } : {}),
        })
        .where(eq(organisations.id, id))
        .returning();
      if (!updated) throw new Error('The organisation update returned no row');
      await recordAudit(tx, ctx, { action: 'organisation.update', entityType: 'organisation', entityId: id, changes });
      return { row: updated, role };
    })
    .catch(uniqueToInvalid);
  return toOrganisation(row, role);
}
