/**
 * The library's search engine: every piece of SQL that depends on PostgreSQL's full-text search lives here, so that
 * another engine could replace this one file. The rest of the area speaks of queries, filters, facets and hits.
 *
 * How it works: `library_records.search` is a tsvector computed by the database (migrations 0009 and 0010) from the
 * titles, authors, keywords, abstract, journal and publisher, read by the search configuration of the record's
 * language (French, Dutch or English stemming, each after `unaccent`; all three when the language is unknown or
 * several). A query is parsed by `websearch_to_tsquery` in the three configurations and the three are OR-ed, so a
 * query in any language finds records in all, and every word of a record meets its own stemming in the query.
 * Relevance is ranked on `search_head` (titles and keywords only, small enough to stay in the row). Facet counts are disjunctive: the counts of one
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

/** The active filters, each as a condition on the alias `r` that is never NULL. */
function conditions(f: EngineFilters): Partial<Record<FacetName, SQL>> {
  const out: Partial<Record<FacetName, SQL>> = {};
  if (f.category.length) out.category = sql`r.categories && ${textArray(f.category)}`;
  if (f.author.length) out.author = sql`r.author_names && ${textArray(f.author)}`;
  if (f.keyword.length) out.keyword = sql`r.keywords && ${textArray(f.keyword)}`;
  if (f.language.length) out.language = sql`r.languages && ${textArray(f.language)}`;
  if (f.type.length) out.type = sql`r.type = ANY(${textArray(f.type)})`;
  if (f.from !== null || f.to !== null)
    out.year = sql`coalesce(r.year BETWEEN ${f.from ?? -100000} AND ${f.to ?? 100000}, false)`;
  return out;
}

const facetNames: FacetName[] = ['category', 'author', 'keyword', 'language', 'type', 'year'];

/** How many values of each facet are returned (years: every year of the range, types: all). */
const facetLimits: Record<FacetName, number> = {
  category: facetLimit,
  author: facetLimit,
  keyword: facetLimit,
  language: facetLimit,
  type: 100,
  year: 200,
};

/** Each facet's values in the narrow match set `m`, as (facet, value) rows. */
const facetValues: Record<FacetName, SQL> = {
  category: sql`SELECT 'category', v FROM m, unnest(m.categories) v`,
  author: sql`SELECT 'author', v FROM m, unnest(m.author_names) v`,
  keyword: sql`SELECT 'keyword', v FROM m, unnest(m.keywords) v`,
  language: sql`SELECT 'language', v FROM m, unnest(m.languages) v`,
  type: sql`SELECT 'type', m.type FROM m`,
  year: sql`SELECT 'year', m.year::text FROM m`,
};

/** The columns `m` carries for one sort order beyond the facets' (fewer columns, a smaller match set to sort). */
function sortColumns(sort: SortOrder, ranked: boolean): SQL {
  if (ranked) return sql`, ts_rank(r.search_head, (SELECT query FROM q)) AS rank, r.title_sort`;
  if (sort === 'title') return sql`, r.title_sort`;
  if (sort === 'author') return sql`, r.author_sort, r.title_sort`;
  return sql`, r.created_at, r.title_sort`;
}

function orderBy(sort: SortOrder, hasQuery: boolean): SQL {
  switch (sort) {
    case 'relevance':
      return hasQuery
        ? sql`m.rank DESC, m.year DESC NULLS LAST, m.title_sort COLLATE "C", m.id`
        : sql`m.year DESC NULLS LAST, m.created_at DESC, m.title_sort COLLATE "C", m.id`;
    case 'newest':
      return sql`m.year DESC NULLS LAST, m.created_at DESC, m.title_sort COLLATE "C", m.id`;
    case 'oldest':
      return sql`m.year ASC NULLS LAST, m.created_at ASC, m.title_sort COLLATE "C", m.id`;
    case 'title':
      return sql`m.title_sort COLLATE "C", m.id`;
    case 'author':
      return sql`m.author_sort COLLATE "C", m.title_sort COLLATE "C", m.id`;
  }
}

/**
 * One search: total, every facet's counts, and the hits of one page with their highlighted passages.
 *
 * One statement reads the matching records once, keeping only the narrow columns the facets and the sort need
 * (`m`), with one flag per active filter. Facets are disjunctive: a facet counts the records that pass every filter
 * but its own, so `m` holds the records that fail at most one filter. Every facet's values are counted in one
 * grouping. The page's ids come back in the same statement; a second one highlights those few records only.
 */
export async function runSearch(db: Runner, query: EngineQuery): Promise<EngineResult> {
  const hasQuery = query.q.trim() !== '';
  const cond = conditions(query.filters);
  const active = facetNames.filter((name) => cond[name] !== undefined);
  const flag = (name: FacetName) => sql.raw(`m.ok_${name}`);
  const allOk = (except?: FacetName) => {
    const parts = active.filter((name) => name !== except).map(flag);
    return parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`;
  };
  const nearlyAll =
    active.length > 1
      ? sql` AND (${sql.join(
          active.map((name) => sql`(NOT ${cond[name]})::int`),
          sql` + `,
        )}) <= 1`
      : sql``;
  const flags = active.map((name) => sql`, ${cond[name]} AS ${sql.raw(`ok_${name}`)}`);
  const ranked = hasQuery && query.sort === 'relevance';

  const statement = sql`WITH q AS (SELECT ${hasQuery ? tsQuery(query.q) : sql`NULL::tsquery`} AS query),
    m AS MATERIALIZED (
      SELECT r.id, r.type, r.year, r.languages, r.categories, r.keywords, r.author_names${sortColumns(query.sort, ranked)}${sql.join(flags, sql``)}
      FROM library_records r
      WHERE ${query.includeDrafts ? sql`TRUE` : sql`r.status = 'published'`}
        ${hasQuery ? sql`AND r.search @@ (SELECT query FROM q)` : sql``}${nearlyAll}),
    f(facet, value) AS (${sql.join(
      facetNames.map(
        (name) =>
          sql`${facetValues[name]} WHERE ${allOk(name)}${name === 'year' ? sql` AND m.year IS NOT NULL` : sql``}`,
      ),
      sql` UNION ALL `,
    )}),
    g AS (SELECT facet, value, count(*)::int AS count,
            row_number() OVER (PARTITION BY facet ORDER BY
              CASE WHEN facet = 'year' THEN 0 ELSE count(*) END DESC,
              CASE WHEN facet = 'year' THEN value::int END DESC NULLS LAST, value COLLATE "C") AS n
          FROM f GROUP BY facet, value)
    SELECT 'total' AS facet, NULL AS value, count(*)::int AS count, 0 AS n FROM m WHERE ${allOk()}
    UNION ALL SELECT facet, value, count, n FROM g WHERE n <= CASE facet ${sql.join(
      facetNames.map((name) => sql.raw(`WHEN '${name}' THEN ${facetLimits[name]}`)),
      sql` `,
    )} END
    UNION ALL SELECT 'hit', p.id::text, 0, p.n FROM (
      SELECT m.id, row_number() OVER () AS n FROM (
        SELECT m.id FROM m WHERE ${allOk()} ORDER BY ${orderBy(query.sort, hasQuery)}
        LIMIT ${query.limit} OFFSET ${query.offset}) m) p`;
  type Row = { facet: string; value: string | null; count: number };
  // With a query, the records are found through the GIN index. The planner prefers reading the whole table once
  // a word is frequent, but that checks every row's document, while the index answers without opening any
  // (no recheck for plain words): on a broad query the index is several times faster, so the sequential scan is
  // turned off for this one statement (SET LOCAL ends with the transaction).
  const rows = hasQuery
    ? await (db as Db).transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        return rowsOf<Row>(tx, statement);
      })
    : await rowsOf<Row>(db, statement);
  const facets: EngineResult['facets'] = { category: [], author: [], keyword: [], language: [], type: [], year: [] };
  let total = 0;
  const ids: { id: string; n: number }[] = [];
  for (const row of rows) {
    if (row.facet === 'total') total = Number(row.count);
    else if (row.facet === 'hit') ids.push({ id: String(row.value), n: Number((row as { n?: number }).n ?? 0) });
    else facets[row.facet as FacetName].push({ value: String(row.value), count: Number(row.count) });
  }
  for (const name of facetNames) {
    facets[name].sort((a, b) =>
      name === 'year'
        ? Number(b.value) - Number(a.value)
        : b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
  }
  if (total === 0 || ids.length === 0) return { total, facets, hits: [] };
  ids.sort((a, b) => a.n - b.n);
  return {
    total,
    facets,
    hits: await highlight(
      db,
      query.q,
      hasQuery,
      ids.map((h) => h.id),
    ),
  };
}

/** The title and abstract passages of a few records, with the query's hits marked (in the records' order). */
async function highlight(db: Runner, q: string, hasQuery: boolean, ids: string[]): Promise<EngineHit[]> {
  const options = `StartSel="${mark.start}", StopSel="${mark.stop}"`;
  const config = sql`coalesce(library_config(r.languages), 'library_french'::regconfig)`;
  const query = sql`(SELECT query FROM q)`;
  const rows = await rowsOf<{ id: string; title_marked: string; abstract_marked: string | null }>(
    db,
    sql`WITH q AS (SELECT ${hasQuery ? tsQuery(q) : sql`NULL::tsquery`} AS query)
    SELECT r.id,
      ${hasQuery ? sql`ts_headline(${config}, r.title, ${query}, ${`${options}, HighlightAll=true`})` : sql`r.title`} AS title_marked,
      ${
        hasQuery
          ? sql`CASE WHEN r.abstract IS NULL THEN NULL ELSE ts_headline(${config}, r.abstract, ${query}, ${`${options}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`}) END`
          : sql`left(r.abstract, 300)`
      } AS abstract_marked
    FROM library_records r WHERE r.id = ANY(${sql`ARRAY[${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id, titleMarked: row.title_marked, abstractMarked: row.abstract_marked }] : [];
  });
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
