import type { Context } from '../../core/context.ts';
import { type CacheLimits, MemoryCache } from '../../core/memory-cache.ts';
import { type QueueLimits, WorkQueue } from '../../core/work-queue.ts';
import { type Category, listCategories } from './browse.ts';
import { libraryPolicy } from './policy.ts';
import type { SearchParams, SearchResult } from './schemas.ts';
import { cleanQuery, searchRecords } from './search-records.ts';

type SearchOptions = { includeDrafts?: boolean; pageSize?: number };

/** The public library's search, answered from memory when it can be and bounded in the work it lets in. */
export interface LibrarySearch {
  /** `searchRecords`, from the cache when the same search was answered since the last change. */
  search(ctx: Context, params: SearchParams, options?: SearchOptions): Promise<SearchResult>;
  /** The categories (every search page shows them), from the cache too. */
  categories(ctx: Context): Promise<Category[]>;
  stats(): { running: number; waiting: number; entries: number; bytes: number };
}

/**
 * Every parameter that changes a result, in one string: the query as the engine reads it (and whether it was cut
 * to get there, which the result says), each filter with its
 * values in a fixed order (the order of values in a facet changes nothing), the years, sort, page and page size.
 * The interface language is not in it: a result holds no text of the interface, and every page renders it in its
 * own language.
 */
export function searchKey(params: SearchParams, pageSize: number | undefined): string {
  const sorted = (values: string[]) => [...values].sort();
  const query = cleanQuery(params.q);
  return JSON.stringify([
    query.q,
    query.truncated,
    sorted(params.category),
    sorted(params.author),
    sorted(params.keyword),
    sorted(params.language),
    sorted(params.type),
    params.from,
    params.to,
    params.sort ?? null,
    params.page,
    pageSize ?? null,
  ]);
}

/**
 * Builds the search for one database: a cache of results (bounded in count, size and age, dropped when public
 * data changes; `core/memory-cache.ts`) in front of a queue (`core/work-queue.ts`) in front of the database work.
 * A hit costs no database work and never waits; identical searches missing at once share one database search;
 * a miss that finds the queue full, or waits too long in it, fails with `UnavailableError`. Searches that include
 * drafts (curators) are never cached. `run` is the search itself (tests count its calls).
 */
export function createLibrarySearch(
  limits: { cache: CacheLimits; queue: QueueLimits },
  run: typeof searchRecords = searchRecords,
): LibrarySearch {
  const results = new MemoryCache<SearchResult>(limits.cache, (r) => Buffer.byteLength(JSON.stringify(r)));
  const categories = new MemoryCache<Category[]>(limits.cache, (c) => Buffer.byteLength(JSON.stringify(c)));
  const queue = new WorkQueue(limits.queue, 'library searches');
  return {
    search(ctx, params, options = {}) {
      const work = () => queue.run(() => run(ctx, params, options));
      if (options.includeDrafts && libraryPolicy.readDraft(ctx.actor).ok) return work();
      return results.get(searchKey(params, options.pageSize), work);
    },
    categories: (ctx) => categories.get('categories', () => listCategories(ctx)),
    stats: () => ({ ...queue.stats(), entries: results.stats().entries, bytes: results.stats().bytes }),
  };
}
