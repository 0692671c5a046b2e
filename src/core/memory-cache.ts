import { publicDataGeneration } from './generation.ts';

/** How much a memory cache may hold: entries, their size, and their age. */
export interface CacheLimits {
  /** Lifetime of an entry; 0 keeps nothing (identical loads running at once are still shared). */
  ttlMs: number;
  maxEntries: number;
  /** Total size of the entries, as `sizeOf` measures it. */
  maxBytes: number;
}

interface Entry<V> {
  value: V;
  bytes: number;
  expires: number;
}

/**
 * Values of public data kept in memory by key, bounded in count and size (the least recently used go first) and
 * in age. Everything is dropped when the public-data generation moves, so a change made in this process shows at
 * once; the lifetime bounds how long another process's change may go unseen. Loads of one key running at once are
 * shared (single flight): the second caller waits for the first load instead of starting its own. A load begun
 * before a change is never joined or kept after it.
 */
export class MemoryCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, Promise<V>>();
  private bytes = 0;
  private generation: number;
  private readonly generationOf: () => number;
  private readonly now: () => number;

  constructor(
    private readonly limits: CacheLimits,
    private readonly sizeOf: (value: V) => number,
    options: { generation?: () => number; now?: () => number } = {},
  ) {
    this.generationOf = options.generation ?? publicDataGeneration;
    this.now = options.now ?? Date.now;
    this.generation = this.generationOf();
  }

  /** The value of `key`: from memory, from a load of it already running, or from `load` (then kept). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    this.follow();
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) {
      // Least recently used first: a hit moves to the end of the map's order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return Promise.resolve(hit.value);
    }
    if (hit) this.drop(key, hit);
    const running = this.loading.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = load()
      .then((value) => {
        if (this.generationOf() === generation) this.keep(key, value);
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
      });
    this.loading.set(key, promise);
    return promise;
  }

  /** How much the cache holds now. */
  stats(): { entries: number; bytes: number; loading: number } {
    return { entries: this.entries.size, bytes: this.bytes, loading: this.loading.size };
  }

  private follow(): void {
    const generation = this.generationOf();
    if (generation === this.generation) return;
    this.generation = generation;
    this.entries.clear();
    this.loading.clear();
    this.bytes = 0;
  }

  private keep(key: string, value: V): void {
    if (this.limits.ttlMs <= 0) return;
    const bytes = this.sizeOf(value);
    // One value that would take a quarter of the room is not kept: it would push out many smaller ones.
    if (bytes > this.limits.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { value, bytes, expires: this.now() + this.limits.ttlMs });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.drop(oldest, entry);
    }
  }

  private drop(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
