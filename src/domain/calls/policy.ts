import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';
import type { CallPhase } from '../../db/schema/index.ts';

/** Officers and admins manage calls (the system actor holds every role). */
export const managesCalls = (actor: Actor): boolean => hasRole(actor, 'officer') || hasRole(actor, 'admin');

/**
 * Who may do what with calls. Everyone sees calls once published; drafts are seen by staff only, and to anyone
 * else a draft does not exist (NOT_FOUND), so that its existence is not revealed.
 */
export const callPolicy = {
  read: (actor: Actor, phase: CallPhase): Decision =>
    phase !== 'draft' || managesCalls(actor) ? allow : deny('Only officers and admins see draft calls'),
  manage: (actor: Actor): Decision => (managesCalls(actor) ? allow : deny('Only officers and admins manage calls')),
};
