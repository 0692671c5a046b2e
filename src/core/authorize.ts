import type { Actor, PlatformRole } from './context.ts';
import { DomainError } from './errors.ts';

/** The answer of a policy rule: allowed, or refused with a reason a person can read. */
export interface Decision {
  ok: boolean;
  reason?: string;
}

export const allow: Decision = { ok: true };
export const deny = (reason: string): Decision => ({ ok: false, reason });

/** Throws `FORBIDDEN` with the rule's reason when the decision refuses. Verbs call it before any change. */
export function authorize(decision: Decision): void {
  if (!decision.ok) throw new DomainError('FORBIDDEN', decision.reason ?? 'Not allowed');
}

/** The id of a signed-in actor, or undefined for visitors and system processes. */
export const userIdOf = (actor: Actor): string | undefined => (actor.kind === 'user' ? actor.id : undefined);

export const isSignedIn = (actor: Actor): boolean => actor.kind === 'user';

/** Whether the actor holds a platform role; the system actor holds every role (CLI, start-up, tests' set-up). */
export function hasRole(actor: Actor, role: PlatformRole): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && actor.roles.includes(role);
}
