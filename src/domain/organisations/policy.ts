import { allow, type Decision, deny, hasRole, userIdOf } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';
import type { OrganisationRole } from '../../db/schema/index.ts';

/** The actor's role in one organisation, or null when they do not belong to it. */
export type Membership = OrganisationRole | null;

/** Officers and admins see every organisation (the system actor holds every role). */
const oversees = (actor: Actor) => hasRole(actor, 'officer') || hasRole(actor, 'admin');

const ownerOnly = (role: Membership, what: string): Decision =>
  role === 'owner' ? allow : deny(`Only an owner of the organisation may ${what}`);

/**
 * Who may do what with organisations. Each rule is pure, so pages show exactly the actions it allows. A verb
 * first asks `read`: someone who may not read an organisation is told it does not exist (404), so that its
 * existence is not revealed; the other rules then refuse with FORBIDDEN.
 */
export const organisationPolicy = {
  /** Any signed-in person may register an organisation; they become its owner. */
  create: (actor: Actor): Decision => (actor.kind === 'user' ? allow : deny('Sign in to register an organisation')),

  /** Members read their organisations; officers and admins read all. */
  read: (actor: Actor, role: Membership): Decision =>
    role !== null || oversees(actor) ? allow : deny('Not a member of this organisation'),

  /** Listing and searching every organisation is for officers and admins. */
  listAll: (actor: Actor): Decision => (oversees(actor) ? allow : deny('Only officers and admins list all')),

  /** Confirming an enterprise number against the KBO/BCE register is the School Service's job. */
  checkEnterpriseNumber: (actor: Actor): Decision =>
    oversees(actor) ? allow : deny('Only officers and admins check enterprise numbers'),

  update: (_actor: Actor, role: Membership): Decision => ownerOnly(role, 'change its details'),
  invite: (_actor: Actor, role: Membership): Decision => ownerOnly(role, 'invite members'),
  /** Pending invitations carry addresses not yet members: owners only. */
  viewInvitations: (_actor: Actor, role: Membership): Decision => ownerOnly(role, 'see its invitations'),
  revokeInvitation: (_actor: Actor, role: Membership): Decision => ownerOnly(role, 'revoke invitations'),
  transferOwnership: (_actor: Actor, role: Membership): Decision => ownerOnly(role, 'transfer ownership'),

  /** An owner removes others; leaving oneself is `leave`, which keeps the last-owner rule. */
  removeMember: (actor: Actor, role: Membership, memberId: string): Decision => {
    if (memberId === userIdOf(actor)) return deny('Use "leave" to leave the organisation yourself');
    return ownerOnly(role, 'remove members');
  },

  /** The last owner may not leave others behind without an owner: they transfer ownership first. */
  leave: (_actor: Actor, role: Membership, counts: { owners: number; members: number }): Decision => {
    if (role === null) return deny('Not a member of this organisation');
    if (role === 'owner' && counts.owners <= 1 && counts.members > 1) {
      return deny('The last owner must transfer ownership before leaving');
    }
    return allow;
  },
};

export type OrganisationPolicy = typeof organisationPolicy;
