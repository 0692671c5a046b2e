/**
 * The library's search engine: every piece of SQL that depends on PostgreSQL's full-text search lives here, so that
 * another engine could replace this one file. The rest of the area speaks of queries, filters, facets and hits.
 *
 * How it works: `library_records.search` is a tsvector computed by the database (migration 0006) from the titles,
 * authors, keywords, abstract, journal and publisher, read by three search configurations (French, Dutch and English
 * stemming, each after `unaccent`). A query is parsed by `websearch_to_tsquery` in the three configurations and the
 * three are OR-ed, so a query in any language finds records in all. Facet counts are disjunctive: the counts of one
 * facet apply every filter but that facet's own, so choosing one value leaves its siblings countable (OR within a
 * facet, AND across facets). Every ordering ends on a collation-free key, so PGlite and PostgreSQL agree.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../core/context.ts';
import type { FacetName, SortOrder } from './schemas.ts';

type Runner = Db | Tx;

async function rowsOf<T>(db: Runner, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export interface EngineFilters {
  category: string[];
  author: string[];
  keyword: string[];
  language: string[];
  type: string[];
  from: number | null;
  to: number | null;
}

export interface EngineQuery {
  /** Cleaned text of the query (may be empty: browse). */
  q: string;
  filters: EngineFilters;
  sort: SortOrder;
  limit: number;
  offset: number;
  /** Only published records, unless a curator looks at everything. */
  includeDrafts?: boolean;
}

export interface EngineHit {
  id: string;
  /** Title and abstract passages with hits between the marks `start` and `stop`. */
  titleMarked: string;
  abstractMarked: string | null;
}

export interface EngineResult {
  total: number;
  facets: Record<FacetName, { value: string; count: number }[]>;
  hits: EngineHit[];
}

/** Characters from Unicode's private use area that frame a hit in a passage (never HTML). */
export const mark = { start: '\uE000', stop: '\uE001' };

const facetLimit = 25;

const textArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

const tsQuery = (q: string) =>
  sql`(websearch_to_tsquery('library_french', ${q}) || websearch_to_tsquery('library_dutch', ${q}) || websearch_to_tsquery('library_english', ${q}))`;

/** Each filter as a condition on the alias `r`; absent filters are TRUE. */
function conditions(f: EngineFilters): Record<FacetName, SQL> {
  const yes = sql`TRUE`;
  return {
    category: f.category.length ? sql`r.categories && ${textArray(f.category)}` : yes,
    author: f.author.length ? sql`r.author_names && ${textArray(f.author)}` : yes,
    keyword: f.keyword.length ? sql`r.keywords && ${textArray(f.keyword)}` : yes,
    language: f.language.length ? sql`r.languages && ${textArray(f.language)}` : yes,
    type: f.type.length ? sql`r.type = ANY(${textArray(f.type)})` : yes,
    year: f.from !== null || f.to !== null ? sql`r.year BETWEEN ${f.from ?? -100000} AND ${f.to ?? 100000}` : yes,
  };
}

const facetColumns: Record<Exclude<FacetName, 'year' | 'type'>, SQL> = {
  category: sql.raw('categories'),
  author: sql.raw('author_names'),
  keyword: sql.raw('keywords'),
  language: sql.raw('languages'),
};

function orderBy(sort: SortOrder, hasQuery: boolean): SQL {
  switch (sort) {
    case 'relevance':
      return hasQuery
        ? sql`ts_rank_cd(r.search, (SELECT query FROM q)) DESC, r.year DESC NULLS LAST, r.title_sort COLLATE "C", r.id`
        : sql`r.year DESC NULLS LAST, r.created_at DESC, r.title_sort COLLATE "C", r.id`;
    case 'newest':
      return sql`r.year DESC NULLS LAST, r.created_at DESC, r.title_sort COLLATE "C", r.id`;
    case 'oldest':
      return sql`r.year ASC NULLS LAST, r.created_at ASC, r.title_sort COLLATE "C", r.id`;
    case 'title':
      return sql`r.title_sort COLLATE "C", r.id`;
    case 'author':
      return sql`r.author_sort COLLATE "C", r.title_sort COLLATE "C", r.id`;
  }
}

/** One search: total, every facet's counts, and the hits of one page with their highlighted passages. */
export async function runSearch(db: Runner, query: EngineQuery): Promise<EngineResult> {
  const hasQuery = query.q.trim() !== '';
  const cond = conditions(query.filters);
  const all = sql.join(Object.values(cond), sql` AND `);
  const allBut = (name: FacetName) =>
    sql.join(
      Object.entries(cond)
        .filter(([k]) => k !== name)
        .map(([, v]) => v),
      sql` AND `,
    );
  const base = sql`${query.includeDrafts ? sql`TRUE` : sql`r.status = 'published'`}${
    hasQuery ? sql` AND r.search @@ (SELECT query FROM q)` : sql``
  }`;
  const withQ = sql`WITH q AS (SELECT ${hasQuery ? tsQuery(query.q) : sql`NULL::tsquery`} AS query),
    m AS (SELECT r.* FROM library_records r WHERE ${base})`;
  const arrayFacet = (name: Exclude<FacetName, 'year' | 'type'>) =>
    sql`(SELECT ${name}::text AS facet, v AS value, count(*)::int AS count
         FROM m r, unnest(r.${facetColumns[name]}) v WHERE ${allBut(name)}
         GROUP BY v ORDER BY count(*) DESC, v COLLATE "C" LIMIT ${facetLimit})`;
  const facetRows = await rowsOf<{ facet: string; value: string | null; count: number }>(
    db,
    sql`${withQ}
    SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM m r WHERE ${all}
    UNION ALL ${arrayFacet('category')}
    UNION ALL ${arrayFacet('author')}
    UNION ALL ${arrayFacet('keyword')}
    UNION ALL ${arrayFacet('language')}
    UNION ALL (SELECT 'type', r.type, count(*)::int FROM m r WHERE ${allBut('type')}
               GROUP BY r.type ORDER BY count(*) DESC, r.type COLLATE "C")
    UNION ALL (SELECT 'year', r.year::text, count(*)::int FROM m r WHERE ${allBut('year')} AND r.year IS NOT NULL
               GROUP BY r.year ORDER BY r.year DESC LIMIT 200)`,
  );
  const facets: EngineResult['facets'] = { category: [], author: [], keyword: [], language: [], type: [], year: [] };
  let total = 0;
  for (const row of facetRows) {
    if (row.facet === 'total') total = Number(row.count);
    else facets[row.facet as FacetName].push({ value: String(row.value), count: Number(row.count) });
  }
  if (total === 0) return { total, facets, hits: [] };

  const options = `StartSel="${mark.start}", StopSel="${mark.stop}"`;
  const config = sql`(CASE p.languages[1] WHEN 'nl' THEN 'library_dutch' WHEN 'en' THEN 'library_english' ELSE 'library_french' END)::regconfig`;
  const hits = await rowsOf<{ id: string; title_marked: string; abstract_marked: string | null }>(
    db,
    sql`WITH q AS (SELECT ${hasQuery ? tsQuery(query.q) : sql`NULL::tsquery`} AS query),
    p AS (SELECT x.*, row_number() OVER () AS n FROM (
            SELECT r.id, r.title, r.abstract, r.languages FROM library_records r
            WHERE ${base} AND ${all} ORDER BY ${orderBy(query.sort, hasQuery)} LIMIT ${query.limit} OFFSET ${query.offset}) x)
    SELECT p.id,
      ${hasQuery ? sql`ts_headline(${config}, p.title, (SELECT query FROM q), ${`${options}, HighlightAll=true`})` : sql`p.title`} AS title_marked,
      ${
        hasQuery
          ? sql`CASE WHEN p.abstract IS NULL THEN NULL ELSE ts_headline(${config}, p.abstract, (SELECT query FROM q), ${`${options}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`}) END`
          : sql`left(p.abstract, 300)`
      } AS abstract_marked
    FROM p ORDER BY p.n`,
  );
  return {
    total,
    facets,
    hits: hits.map((h) => ({ id: h.id, titleMarked: h.title_marked, abstractMarked: h.abstract_marked })),
  };
}

/** The words of published records with how many records hold each, rebuilt after a change of the collection. */
export async function refreshWordList(tx: Runner): Promise<void> {
  await tx.execute(sql`DELETE FROM library_words`);
  await tx.execute(sql`INSERT INTO library_words (word, records)
    SELECT word, ndoc FROM ts_stat($$SELECT to_tsvector('library_simple', title || ' ' || array_to_string(keywords, ' ')
      || ' ' || array_to_string(author_names, ' ')) FROM library_records WHERE status = 'published'$$)
    WHERE length(word) BETWEEN 3 AND 40 AND word ~ '^[a-z]+$'`);
}

/** The nearest known word by trigram similarity, or null when the word is known or nothing is near. */
export async function nearestWord(db: Runner, word: string): Promise<string | null> {
  const rows = await rowsOf<{ word: string; known: boolean }>(
    db,
    sql`SELECT word, word = lower(unaccent(${word})) AS known FROM library_words
        WHERE word % lower(unaccent(${word}))
        ORDER BY word = lower(unaccent(${word})) DESC, similarity(word, lower(unaccent(${word}))) DESC, records DESC, word COLLATE "C"
        LIMIT 1`,
  );
  const first = rows[0];
  if (!first || first.known) return null;
  return first.word;
}

/** Whether the folded word is in the word list. */
export async function knownWord(db: Runner, word: string): Promise<boolean> {
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM library_words WHERE word = lower(unaccent(${word}))`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Records sharing authors, keywords or categories with one, the most shared first. */
export async function relatedIds(db: Runner, id: string, limit: number): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`WITH s AS (SELECT author_names, keywords, categories FROM library_records WHERE id = ${id})
      SELECT r.id FROM library_records r, s
      WHERE r.status = 'published' AND r.id <> ${id}
        AND (r.author_names && s.author_names OR r.keywords && s.keywords OR r.categories && s.categories)
      ORDER BY (3 * cardinality(ARRAY(SELECT unnest(r.author_names) INTERSECT SELECT unnest(s.author_names)))
              + 2 * cardinality(ARRAY(SELECT unnest(r.keywords) INTERSECT SELECT unnest(s.keywords)))
              + cardinality(ARRAY(SELECT unnest(r.categories) INTERSECT SELECT unnest(s.categories)))) DESC,
        r.year DESC NULLS LAST, r.id
      LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

export type IndexFacet = 'author' | 'keyword' | 'category';

/** Every value of a facet over the published records with its count: the browse indexes. */
export async function facetIndex(db: Runner, facet: IndexFacet): Promise<{ value: string; count: number }[]> {
  const column = { author: 'author_names', keyword: 'keywords', category: 'categories' }[facet];
  const sortKey =
    facet === 'author'
      ? sql`lower(unaccent(regexp_replace(v, '^((van|von|de|der|den|du|des|la|le|ten|ter|te)\\s+)+|^d[''’]\\s*', '')))`
      : sql`lower(unaccent(v))`;
  const rows = await rowsOf<{ value: string; count: number }>(
    db,
    sql`SELECT v AS value, count(*)::int AS count FROM library_records r, unnest(r.${sql.raw(column)}) v
        WHERE r.status = 'published' GROUP BY v ORDER BY ${sortKey} COLLATE "C", v COLLATE "C" LIMIT 5000`,
  );
  return rows.map((r) => ({ value: r.value, count: Number(r.count) }));
}

/**
 * The curators' text filter: the full-text match, or a piece of the folded title (so a half-typed title finds
 * its record), or the DOI. `folded` is the query through `fold` (letters, digits and spaces only).
 */
export function curationTextFilter(q: string, folded: string): SQL {
  const piece = folded ? sql` OR title_sort LIKE ${`%${folded}%`}` : sql``;
  return sql`(search @@ ${tsQuery(q)}${piece} OR doi = ${q.trim().toLowerCase()})`;
}
