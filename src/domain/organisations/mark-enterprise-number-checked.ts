import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { organisations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation } from './access.ts';
import { organisationPolicy } from './policy.ts';
import { toOrganisation } from './present.ts';
import type { Organisation } from './schemas.ts';

/**
 * Records that an officer has checked the organisation's enterprise number against the Crossroads Bank for
 * Enterprises (KBO/BCE). The check digits are verified on input; this is the human check that the number is
 * this organisation's. A later change of the number clears it.
 */
export async function markEnterpriseNumberChecked(ctx: Context, id: string): Promise<Organisation> {
  return ctx.db.transaction(async (tx) => {
    const { organisation, role } = await loadOrganisation(tx, ctx, id, { lock: true });
    authorize(organisationPolicy.checkEnterpriseNumber(ctx.actor));
    if (!organisation.enterpriseNumber) {
      throw new DomainError('PRECONDITION_FAILED', 'This organisation has no enterprise number to check');
    }
    const [updated] = await tx
      .update(organisations)
      .set({ enterpriseCheckedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(organisations.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'organisation.check_enterprise_number',
      entityType: 'organisation',
      entityId: id,
      changes: { enterpriseNumber: organisation.enterpriseNumber },
    });
    return toOrganisation(updated ?? organisation, role);
  });
}
