import type { Context } from '../../core/context.ts';
import { loadOrganisation } from './access.ts';
import { toOrganisation } from './present.ts';
import type { Organisation } from './schemas.ts';

/**
 * One organisation, for its members, officers and admins. Anyone else gets NOT_FOUND, as for an id that does not
 * exist, so that an applicant cannot learn which organisations are registered.
 */
export async function getOrganisation(ctx: Context, id: string): Promise<Organisation> {
  const { organisation, role } = await loadOrganisation(ctx.db, ctx, id);
  return toOrganisation(organisation, role);
}
