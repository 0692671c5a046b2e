import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';
import type { ApplicationState } from '../../db/schema/index.ts';
import { type ApplicationAction, transitionOf } from './workflow.ts';

/**
 * How the actor stands towards one application: a member of the applying organisation, a co-applicant invited
 * to it, an officer (or admin) of the School Service, or nobody (who is told it does not exist).
 */
export type ApplicationAccess = 'member' | 'collaborator' | 'staff' | null;

export const screensApplications = (actor: Actor) => hasRole(actor, 'officer') || hasRole(actor, 'admin');

export const applicationPolicy = {
  read: (access: ApplicationAccess): Decision => (access ? allow : deny('Not your application')),

  /** Answers are changed by the applicants only, never by officers. */
  edit: (access: ApplicationAccess): Decision =>
    access === 'member' || access === 'collaborator' ? allow : deny('Only the applicants edit an application'),

  /** Inviting co-applicants is for members of the applying organisation. */
  invite: (access: ApplicationAccess): Decision =>
    access === 'member' ? allow : deny('Only members of the applying organisation invite co-applicants'),

  /** An action of the workflow: the applicant side for applicants, the officer side for staff. */
  act: (access: ApplicationAccess, action: ApplicationAction, state: ApplicationState): Decision => {
    const transition = transitionOf(action);
    if (transition.by === 'officer' && access !== 'staff') return deny('Only officers screen applications');
    if (transition.by === 'applicant' && access !== 'member' && access !== 'collaborator') {
      return deny('Only the applicants may do this');
    }
    if (!transition.from.includes(state)) return deny(`Not possible from the state ${state}`);
    return allow;
  },

  /** The list of a call's applications and its exports. */
  screen: (actor: Actor): Decision => (screensApplications(actor) ? allow : deny('Only officers screen applications')),
};
