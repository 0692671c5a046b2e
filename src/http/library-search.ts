import { createLibrarySearch, type LibrarySearch } from '../domain/library/index.ts';
import type { AppDeps } from './env.ts';

const searches = new WeakMap<object, LibrarySearch>();

/**
 * The library search of one application (its cache and queue), shared by the search page, its feed and exports,
 * and the API, which are built from the same `deps`. Made on first use from the configuration.
 */
export function librarySearchOf(deps: Pick<AppDeps, 'config'>): LibrarySearch {
  let search = searches.get(deps);
  if (!search) {
    const limits = deps.config.librarySearch;
    search = createLibrarySearch({
      cache: { ttlMs: limits.cacheSeconds * 1000, maxEntries: limits.cacheEntries, maxBytes: limits.cacheBytes },
      queue: { concurrency: limits.concurrency, maxWaiting: limits.maxWaiting, maxWaitMs: limits.maxWaitMs },
    });
    searches.set(deps, search);
  }
  return search;
}
