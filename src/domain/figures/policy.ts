import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';

/** Who may do what with public figures: everyone reads; administrators import values and boundaries. */
export const figuresPolicy = {
  read: (_actor: Actor): Decision => allow,
  importData: (actor: Actor): Decision =>
    hasRole(actor, 'admin') ? allow : deny('Only an administrator imports figures or boundaries'),
};
