import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';

/** Who may read the audit log. */
export const auditPolicy = {
  /** The audit log holds personal traces: admins only. */
  readLog: (actor: Actor): Decision =>
    hasRole(actor, 'admin') ? allow : deny('Only an administrator reads the audit log'),
};
