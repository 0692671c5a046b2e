import { actions as applicationsActions } from './audit-actions/applications.ts';
import { actions as callsActions } from './audit-actions/calls.ts';
import { actions as figuresActions } from './audit-actions/figures.ts';
import { actions as libraryActions } from './audit-actions/library.ts';
import { actions as schoolsActions } from './audit-actions/schools.ts';
import type { Actor } from './context.ts';

/** Every audit action, named `entity.verb`. A verb that changes state writes one of these in its transaction. */
const coreActions = [
  'reference.seed',
  'user.sign_up',
  'user.sign_in',
  'user.sign_in_failed',
  'user.sign_out',
  'user.verify_email',
  'user.request_password_reset',
  'user.reset_password',
  'user.change_password',
  'user.update_profile',
  'user.revoke_session',
  'user.start_two_factor',
  'user.enable_two_factor',
  'user.disable_two_factor',
  'user.delete',
  'user.grant_role',
  'user.revoke_role',
  'user.disable',
  'user.enable',
  'user.export_data',
  'organisation.create',
  'organisation.update',
  'organisation.invite',
  'organisation.accept_invitation',
  'organisation.revoke_invitation',
  'organisation.leave',
  'organisation.remove_member',
  'organisation.transfer_ownership',
  'organisation.check_enterprise_number',
] as const;

/** Every action the audit log knows: the core's and each area's own list. */
export const auditActions = [
  ...coreActions,
  ...callsActions,
  ...libraryActions,
  ...figuresActions,
  ...applicationsActions,
  ...schoolsActions,
] as const;
export type AuditAction = (typeof auditActions)[number];

/** How an actor is written in the audit log: an id or a name of a system process, never personal data. */
export function actorKey(actor: Actor): string {
  if (actor.kind === 'system') return `system:${actor.name}`;
  if (actor.kind === 'user') return `user:${actor.id}`;
  return 'visitor';
}
