import type { Db } from '../db/client.ts';

export type { Db };

/** Who is acting. Accounts arrive with the identity area; until then there are visitors and the system. */
export type Actor = { kind: 'visitor' } | { kind: 'system'; name: string };

/**
 * What every verb receives: never the HTTP context, so that the CLI, importers and tests call the same verbs.
 * `now` is passed in so that deadlines can be tested.
 */
export interface Context {
  actor: Actor;
  db: Db;
  requestId: string;
  now: Date;
}

export const visitor: Actor = { kind: 'visitor' };
export const systemActor = (name: string): Actor => ({ kind: 'system', name });
