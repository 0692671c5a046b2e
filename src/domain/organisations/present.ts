import type { OrganisationRow } from '../../db/schema/index.ts';
import type { Membership } from './policy.ts';
import type { Organisation } from './schemas.ts';

/** A stored organisation in its public shape, with the caller's role in it. */
export function toOrganisation(row: OrganisationRow, myRole: Membership): Organisation {
  return { ...row, myRole };
}
