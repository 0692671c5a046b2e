import type { Context } from '../../core/context.ts';
import { loadRecords } from './load-records.ts';
import { libraryPolicy } from './policy.ts';
import { maxQueryLength, pageSize, type SearchParams, type SearchResult, type SortOrder } from './schemas.ts';
import { type EngineFilters, knownWord, mark, nearestWord, runSearch } from './search-engine.ts';

/** A query made safe to hand to the engine: control characters and broken surrogates out, at most 200 characters. */
export function cleanQuery(raw: string): { q: string; truncated: boolean } {
  const wellFormed = raw.replace(/[\p{Cs}\p{Cc}\uE000\uE001]/gu, ' ');
  const chars = Array.from(wellFormed.trim());
  const truncated = chars.length > maxQueryLength;
  return { q: (truncated ? chars.slice(0, maxQueryLength) : chars).join('').trim(), truncated };
}

/** A marked passage as text pieces, every odd piece a hit: pages render them as text inside <mark>. */
export function splitMarked(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (;;) {
    const start = rest.indexOf(mark.start);
    if (start < 0) break;
    const stop = rest.indexOf(mark.stop, start);
    if (stop < 0) break;
    pieces.push(rest.slice(0, start), rest.slice(start + 1, stop));
    rest = rest.slice(stop + 1);
  }
  pieces.push(rest);
  return pieces.map((p) => p.replaceAll(mark.start, '').replaceAll(mark.stop, ''));
}

/** Plain words of a query (no operators, phrases' words included), for "did you mean". */
const wordsOf = (q: string) =>
  q
    .replace(/["()]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[\p{L}'’-]{3,40}$/u.test(w) && !/^(or|and)$/i.test(w));

async function suggestionFor(ctx: Context, q: string): Promise<string | null> {
  let changed = false;
  let suggestion = q;
  for (const word of wordsOf(q).slice(0, 8)) {
    if (await knownWord(ctx.db, word)) continue;
    const near = await nearestWord(ctx.db, word);
    if (near) {
      suggestion = suggestion.replace(word, near);
      changed = true;
    }
  }
  return changed ? suggestion : null;
}

/**
 * Searches the published records (curators may include drafts): the total, every facet's counts, one page of
 * hits with their highlighted passages, and a "did you mean" when the query finds little. Any text is a valid
 * query: the web-search syntax never fails, and overlong queries are cut (the result says so).
 */
export async function searchRecords(
  ctx: Context,
  params: SearchParams,
  options: { includeDrafts?: boolean; pageSize?: number } = {},
): Promise<SearchResult> {
  const includeDrafts = options.includeDrafts === true && libraryPolicy.readDraft(ctx.actor).ok;
  const { q, truncated } = cleanQuery(params.q);
  const sort: SortOrder = params.sort ?? (q ? 'relevance' : 'newest');
  const size = options.pageSize ?? pageSize;
  const filters: EngineFilters = {
    category: params.category,
    author: params.author,
    keyword: params.keyword,
    language: params.language,
    type: params.type,
    from: params.from,
    to: params.to,
  };
  const found = await runSearch(ctx.db, {
    q,
    filters,
    sort,
    limit: size,
    offset: (params.page - 1) * size,
    includeDrafts,
  });
  const records = await loadRecords(
    ctx.db,
    found.hits.map((h) => h.id),
  );
  const results = found.hits.flatMap((h) => {
    const record = records.get(h.id);
    if (!record) return [];
    return [
      {
        record,
        titleHighlight: splitMarked(h.titleMarked),
        abstractHighlight: h.abstractMarked === null ? null : splitMarked(h.abstractMarked),
      },
    ];
  });
  const suggestion = q && found.total < 3 ? await suggestionFor(ctx, q) : null;
  return {
    query: q,
    truncated,
    total: found.total,
    page: params.page,
    pageSize: size,
    sort,
    suggestion,
    facets: found.facets,
    results,
  };
}
