import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Kinds of publication the library holds. */
export const libraryRecordTypes = [
  'article',
  'book',
  'chapter',
  'report',
  'thesis',
  'regulation',
  'policy',
  'professional_article',
  'guide',
  'dataset',
  'audiovisual',
] as const;
export type LibraryRecordType = (typeof libraryRecordTypes)[number];

export const libraryStatuses = ['draft', 'published'] as const;
export type LibraryStatus = (typeof libraryStatuses)[number];

export const libraryScopes = ['brussels', 'belgium', 'europe', 'international'] as const;
export type LibraryScope = (typeof libraryScopes)[number];

export const libraryAccess = ['open', 'restricted'] as const;

/**
 * One author, person or organisation, in the order of the publication. A lower-case particle ("van den", "de",
 * "d'") is kept apart: it is shown before the family name but sorted after it, as Dutch and French indexes do. A
 * capitalised particle ("Van Damme", "De Witte", the Belgian usage) is part of the family name.
 */
export interface LibraryAuthor {
  family: string;
  given?: string;
  particle?: string;
  /** An organisation, shown as written. */
  organisation?: boolean;
}

export interface TranslatedTitle {
  lang: string;
  title: string;
}

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The managed taxonomy of categories, each with its label in the three languages. */
export const libraryCategories = pgTable('library_categories', {
  code: text('code').primaryKey(),
  label: jsonb('label').$type<{ fr: string; nl: string; en: string }>().notNull(),
  position: integer('position').notNull().default(0),
});

/**
 * The library's records. `search` is computed by PostgreSQL from the texts with the stemming of the record's
 * language (French, Dutch or English, each with accent folding; all three when the language is unknown or several;
 * see migrations 0009 and 0010), so every writer (seed, import, forms) gets it for free. `authorNames` holds the authors as shown, for facets and filters; the sort keys are
 * folded (no accents, lower case, particles after the name). Counters are plain numbers: no visitor data.
 */
export const libraryRecords = pgTable(
  'library_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable key of records that come from the shipped seed, for its upsert. */
    seedKey: text('seed_key'),
    type: text('type', { enum: libraryRecordTypes }).notNull(),
    title: text('title').notNull(),
    translatedTitles: jsonb('translated_titles').$type<TranslatedTitle[]>().notNull().default([]),
    authors: jsonb('authors').$type<LibraryAuthor[]>().notNull().default([]),
    authorNames: text('author_names').array().notNull().default(sql`'{}'::text[]`),
    authorSort: text('author_sort').notNull().default(''),
    titleSort: text('title_sort').notNull().default(''),
    year: integer('year'),
    /** ISO date or part of one (`2013`, `2013-05`, `2013-05-31`). */
    date: text('date'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    abstract: text('abstract'),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    publisher: text('publisher'),
    place: text('place'),
    journal: text('journal'),
    volume: text('volume'),
    issue: text('issue'),
    pages: text('pages'),
    /** Lower case, without `https://doi.org/`. */
    doi: text('doi'),
    isbn: text('isbn'),
    issn: text('issn'),
    url: text('url'),
    /** Address of the attached file (full text), when the library holds or points at one. */
    fileUrl: text('file_url'),
    /**
     * The full text held by the library itself (FileStore, `DATA_DIR/uploads`): its SHA-256 (the storage key), the
     * name it was sent with (cleaned, with the real extension), the media type read from its content, and its size
     * in bytes. All four or none. When present it is what `/library/records/{id}/file` serves, instead of `fileUrl`.
     */
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    fileMime: text('file_mime'),
    fileSize: integer('file_size'),
    access: text('access', { enum: libraryAccess }).notNull().default('open'),
    licence: text('licence'),
    scope: text('scope').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    status: text('status', { enum: libraryStatuses }).notNull().default('draft'),
    /** Normalised title, year and first author: how an import recognises a record without a DOI. */
    matchKey: text('match_key').notNull().default(''),
    views: integer('views').notNull().default(0),
    downloads: integer('downloads').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(
      sql`library_document(languages, title, translated_titles, author_names, keywords, abstract, journal, publisher)`,
    ),
    /** Titles and keywords only, small enough to stay in the row: what relevance is ranked on (migration 0010). */
    searchHead: tsvector('search_head').generatedAlwaysAs(
      sql`library_head(languages, title, translated_titles, keywords)`,
    ),
  },
  (t) => [
    uniqueIndex('library_records_seed_key_uq').on(t.seedKey),
    index('library_records_doi_idx').on(t.doi),
    index('library_records_match_key_idx').on(t.matchKey),
    index('library_records_status_year_idx').on(t.status, t.year),
    index('library_records_search_idx').using('gin', t.search),
    index('library_records_categories_idx').using('gin', t.categories),
    index('library_records_keywords_idx').using('gin', t.keywords),
    index('library_records_authors_idx').using('gin', t.authorNames),
    index('library_records_languages_idx').using('gin', t.languages),
    check('library_records_status_check', sql`${t.status} IN ('draft', 'published')`),
    check(
      'library_records_file_check',
      sql`(${t.fileSha256} IS NULL) = (${t.fileName} IS NULL) AND (${t.fileSha256} IS NULL) = (${t.fileMime} IS NULL) AND (${t.fileSha256} IS NULL) = (${t.fileSize} IS NULL)`,
    ),
  ],
);

/** Words of the published records with the number of records holding each, for "did you mean" (pg_trgm). */
export const libraryWords = pgTable(
  'library_words',
  {
    word: text('word').primaryKey(),
    records: integer('records').notNull(),
  },
  (t) => [index('library_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);
