import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';
import { auditPolicy } from '../audit/index.ts';

/** Who may do what with accounts and the platform's records. */
export const identityPolicy = {
  /** Users, roles, disabling: admins only. */
  manageUsers: (actor: Actor): Decision =>
    hasRole(actor, 'admin') ? allow : deny('Only an administrator manages users'),
  /** The audit log and the outbox hold personal traces and live links: admins only. */
  readAuditLog: auditPolicy.readLog,
  readOutbox: (actor: Actor): Decision =>
    hasRole(actor, 'admin') ? allow : deny('Only an administrator reads the outbox'),
  /** An admin does not take away their own admin role or disable themself (the platform must keep one). */
  changeUser: (actor: Actor, targetId: string): Decision =>
    actor.kind === 'user' && actor.id === targetId
      ? deny('You cannot change your own roles or disable yourself')
      : allow,
};
