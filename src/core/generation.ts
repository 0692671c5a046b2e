/**
 * A counter of changes to public data in this process. Verbs that change what visitors see bump it; caches of
 * public pages compare it to the value they were filled at, so a change shows at once in this process. Other
 * processes (several app servers on one PostgreSQL) see it when their cache entries expire.
 */
let generation = 0;

export function publicDataGeneration(): number {
  return generation;
}

export function bumpPublicDataGeneration(): void {
  generation++;
}
