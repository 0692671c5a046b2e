import type { Db } from '../db/client.ts';

export type { Db };

/** The handle inside `db.transaction(tx => ...)`; verbs that write take it so their changes commit together. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Platform roles, given by an admin. Applicants act through organisation membership instead. */
export const platformRoles = ['admin', 'officer', 'reviewer', 'librarian', 'coordinator'] as const;
export type PlatformRole = (typeof platformRoles)[number];

/**
 * The Service's own people. Their roles count only once the person has turned on two-step verification; until
 * then they act with an applicant's rights. Reviewers and coordinators are outside the Service and not listed.
 */
export const staffRoles = ['admin', 'officer', 'librarian'] as const satisfies readonly PlatformRole[];
export type StaffRole = (typeof staffRoles)[number];

/**
 * The roles a person may use now, and the staff roles they hold that wait for two-step verification: the one
 * place where that rule is applied (the session loader calls it for every request).
 */
export function effectiveRoles(
  held: readonly string[],
  twoFactorEnabled: boolean,
): { roles: string[]; pendingRoles: StaffRole[] } {
  if (twoFactorEnabled) return { roles: [...held], pendingRoles: [] };
  const isStaff = (r: string): r is StaffRole => (staffRoles as readonly string[]).includes(r);
  return { roles: held.filter((r) => !isStaff(r)), pendingRoles: held.filter(isStaff) };
}

/** Who is acting: an anonymous visitor, a signed-in user, or a system process (CLI, start-up, workers). */
export type Actor =
  | { kind: 'visitor' }
  | { kind: 'system'; name: string }
  | { kind: 'user'; id: string; roles: PlatformRole[]; municipality: string | null };

/**
 * What every verb receives: never the HTTP context, so that the CLI, importers and tests call the same verbs.
 * `now` is passed in so that deadlines can be tested.
 */
export interface Context {
  actor: Actor;
  db: Db;
  requestId: string;
  now: Date;
  /** Address of the client, for the audit log, when the verb runs for an HTTP request. */
  ip?: string | null;
}

export const visitor: Actor = { kind: 'visitor' };
export const systemActor = (name: string): Actor => ({ kind: 'system', name });
