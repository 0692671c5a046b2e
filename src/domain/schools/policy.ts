import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';

const manages = (actor: Actor) => hasRole(actor, 'admin') || hasRole(actor, 'officer');

/**
 * Who may do what with the school registry. Admins and officers keep it (imports, the full list); anyone signed in
 * searches it, since applicants pick the schools of their project in their forms; the names of schools named by
 * an application may appear on public pages, so reading given schools is open to all.
 */
export const schoolPolicy = {
  manage: (actor: Actor): Decision => (manages(actor) ? allow : deny('Only admins and officers keep the registry')),
  search: (actor: Actor): Decision =>
    actor.kind === 'user' || actor.kind === 'system' ? allow : deny('Sign in to search the school registry'),
  readGiven: (_actor: Actor): Decision => allow,
};
