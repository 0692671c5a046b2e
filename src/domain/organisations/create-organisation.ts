import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { organisationMembers, organisations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { parseOrganisation } from './input.ts';
import { organisationPolicy } from './policy.ts';
import { toOrganisation } from './present.ts';
import { checkReferences, uniqueToInvalid } from './references.ts';
import type { Organisation, OrganisationInput } from './schemas.ts';

/** Registers an organisation; the signed-in person who does it becomes its owner. */
export async function createOrganisation(ctx: Context, input: OrganisationInput): Promise<Organisation> {
  const data = parseOrganisation(input);
  authorize(organisationPolicy.create(ctx.actor));
  const ownerId = userIdOf(ctx.actor);
  if (!ownerId) throw new Error('The create rule admits signed-in people only');
  const row = await ctx.db
    .transaction(async (tx) => {
      await checkReferences(tx, data);
      const [created] = await tx
        .insert(organisations)
        .values({ ...data, createdAt: ctx.now, updatedAt: ctx.now })
        .returning();
      if (!created) throw new Error('The organisation insert returned no row');
      await tx
        .insert(organisationMembers)
        .values({ organisationId: created.id, userId: ownerId, role: 'owner', joinedAt: ctx.now });
      await recordAudit(tx, ctx, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: created.id,
        changes: { type: data.type, legalName: data.legalName, enterpriseNumber: data.enterpriseNumber },
      });
      return created;
    })
    .catch(uniqueToInvalid);
  return toOrganisation(row, 'owner');
}
