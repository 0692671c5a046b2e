export { acceptInvitation } from './accept-invitation.ts';
export { isUuid, membershipOf, signedInId } from './access.ts';
export {
  checkEnterpriseNumber,
  checkIban,
  type EnterpriseNumberProblem,
  enterpriseCheckDigits,
  formatEnterpriseNumber,
  formatIban,
  type IbanProblem,
} from './belgian-ids.ts';
export { createOrganisation } from './create-organisation.ts';
export {
  type InputProblem,
  type InputReason,
  InvalidInput,
  InvitationError,
  type InvitationProblem,
} from './errors.ts';
export { getInvitation, type InvitationPreview } from './get-invitation.ts';
export { getOrganisation } from './get-organisation.ts';
export { organisationFieldNames, problemsOf as inputProblems } from './input.ts';
export { type InviteOptions, inviteMember } from './invite-member.ts';
export { leaveOrganisation } from './leave-organisation.ts';
export { listInvitations } from './list-invitations.ts';
export { listMembers } from './list-members.ts';
export { listMyOrganisations } from './list-my-organisations.ts';
export { listLimit, listOrganisations } from './list-organisations.ts';
export { markEnterpriseNumberChecked } from './mark-enterprise-number-checked.ts';
export { type Membership, organisationPolicy } from './policy.ts';
export { removeMember } from './remove-member.ts';
export { revokeInvitation } from './revoke-invitation.ts';
export {
  educationTypes,
  Invitation,
  InvitationInput,
  languageSystems,
  Member,
  Organisation,
  OrganisationInput,
  OrganisationPatch,
  OrganisationSearch,
  organisationRoles,
  organisationTypes,
  schoolLevels,
} from './schemas.ts';
export { hashToken, invitationLifetimeMs, newToken } from './tokens.ts';
export { transferOwnership } from './transfer-ownership.ts';
export { updateOrganisation } from './update-organisation.ts';
