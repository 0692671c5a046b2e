import { publicDataGeneration } from '../../core/generation.ts';

/**
 * A read-through cache of public figures per database handle: an entry holds until public data changes in this
 * process (the verbs that change figures bump the generation) or for a minute, which bounds staleness when
 * several processes share one PostgreSQL, as for the page cache. Reading the catalogue's coverage and the values
 * costs several milliseconds on PGlite; the figures change a few times a year.
 */
const ttlMs = 60_000;
const perDatabase = new WeakMap<
  object,
  Map<string, { generation: number; expires: number; value: Promise<unknown> }>
>();

export function memo<T>(db: object, key: string, load: () => Promise<T>): Promise<T> {
  let entries = perDatabase.get(db);
  if (!entries) {
    entries = new Map();
    perDatabase.set(db, entries);
  }
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.generation === publicDataGeneration() && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { generation: publicDataGeneration(), expires: now + ttlMs, value });
  // A failed read is not kept.
  value.catch(() => entries?.delete(key));
  return value;
}
