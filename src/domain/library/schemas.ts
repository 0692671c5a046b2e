import { z } from '@hono/zod-openapi';
import { libraryRecordTypes, libraryScopes, libraryStatuses } from '../../db/schema/library.ts';

export { libraryRecordTypes, libraryScopes, libraryStatuses };

/** Languages a record may be written in (ISO 639-1). */
export const recordLanguages = ['fr', 'nl', 'en', 'de', 'es', 'it', 'other'] as const;

export const sortOrders = ['relevance', 'newest', 'oldest', 'title', 'author'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Longest query the search reads; longer ones are cut, and the page says so. */
export const maxQueryLength = 200;
export const pageSize = 20;

export const Author = z
  .object({
    family: z.string().trim().min(1).max(200),
    given: z.string().trim().max(200).optional(),
    particle: z.string().trim().max(40).optional(),
    organisation: z.boolean().optional(),
  })
  .openapi('LibraryAuthor');

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null));

/** A record as curators write it (forms, imports, API). */
export const RecordInput = z
  .object({
    type: z.enum(libraryRecordTypes),
    title: z.string().trim().min(1).max(1000),
    translatedTitles: z
      .array(z.object({ lang: z.string().min(2).max(5), title: z.string().trim().min(1).max(1000) }))
      .max(10)
      .default([]),
    authors: z.array(Author).max(500).default([]),
    year: z.number().int().min(1000).max(2200).nullable().default(null),
    date: optionalText(10),
    languages: z.array(z.enum(recordLanguages)).max(7).default([]),
    abstract: optionalText(20_000),
    keywords: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
    categories: z.array(z.string().min(1).max(60)).max(20).default([]),
    publisher: optionalText(500),
    place: optionalText(200),
    journal: optionalText(500),
    volume: optionalText(200),
    issue: optionalText(200),
    pages: optionalText(200),
    doi: optionalText(300),
    isbn: optionalText(40),
    issn: optionalText(40),
    url: z
      .string()
      .max(2000)
      .nullish()
      .transform((v) => (v?.trim() ? v.trim() : null))
      .refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), 'url'),
    fileUrl: optionalText(2000).refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), 'url'),
    access: z.enum(['open', 'restricted']).default('open'),
    licence: optionalText(200),
    scope: z.array(z.enum(libraryScopes)).max(4).default([]),
    note: optionalText(2000),
  })
  .openapi('LibraryRecordInput');
export type RecordInput = z.input<typeof RecordInput>;
export type RecordData = z.output<typeof RecordInput>;

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== '').slice(0, 20)));

const yearParam = z
  .string()
  .optional()
  .transform((v) => {
    const n = Number.parseInt(v ?? '', 10);
    return Number.isFinite(n) && n >= 1000 && n <= 2200 ? n : null;
  });

/** What a search asks: the same parameters on the page, in the API and in the feed. */
export const SearchParams = z
  .object({
    q: z
      .string()
      .optional()
      .transform((v) => v ?? ''),
    category: list,
    author: list,
    keyword: list,
    language: list,
    type: list,
    from: yearParam,
    to: yearParam,
    sort: z
      .string()
      .optional()
      .transform((v) => ((sortOrders as readonly string[]).includes(v ?? '') ? (v as SortOrder) : null)),
    page: z
      .string()
      .optional()
      .transform((v) => Math.min(500, Math.max(1, Number.parseInt(v ?? '1', 10) || 1))),
  })
  .openapi('LibrarySearchParams');
export type SearchParams = z.output<typeof SearchParams>;

export const facetNames = ['category', 'author', 'keyword', 'language', 'type', 'year'] as const;
export type FacetName = (typeof facetNames)[number];

export const FacetValue = z.object({ value: z.string(), count: z.number().int() }).openapi('LibraryFacetValue');

/** Media types of the full texts the library holds (read from the content), with their extension. */
export const recordFileTypes = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/epub+zip': 'epub',
} as const;
export type RecordFileMime = keyof typeof recordFileTypes;

/** The full text a record holds: the name it was sent with, the type read from its content, size and SHA-256. */
export const RecordFile = z
  .object({
    name: z.string(),
    mime: z.enum(Object.keys(recordFileTypes) as [RecordFileMime, ...RecordFileMime[]]),
    size: z.number().int(),
    sha256: z.string(),
  })
  .openapi('LibraryRecordFile');
export type RecordFile = z.infer<typeof RecordFile>;

/** One record as read by visitors and curators. */
export const LibraryRecord = z
  .object({
    id: z.string(),
    type: z.enum(libraryRecordTypes),
    title: z.string(),
    translatedTitles: z.array(z.object({ lang: z.string(), title: z.string() })),
    authors: z.array(Author),
    year: z.number().int().nullable(),
    date: z.string().nullable(),
    languages: z.array(z.string()),
    abstract: z.string().nullable(),
    keywords: z.array(z.string()),
    categories: z.array(z.string()),
    publisher: z.string().nullable(),
    place: z.string().nullable(),
    journal: z.string().nullable(),
    volume: z.string().nullable(),
    issue: z.string().nullable(),
    pages: z.string().nullable(),
    doi: z.string().nullable(),
    isbn: z.string().nullable(),
    issn: z.string().nullable(),
    url: z.string().nullable(),
    fileUrl: z.string().nullable(),
    file: RecordFile.nullable().openapi({
      description: 'The full text held by the library, served at `/{lang}/library/records/{id}/file`.',
    }),
    access: z.enum(['open', 'restricted']),
    licence: z.string().nullable(),
    scope: z.array(z.string()),
    note: z.string().nullable(),
    status: z.enum(libraryStatuses),
    views: z.number().int(),
    downloads: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('LibraryRecord');
export type LibraryRecord = z.infer<typeof LibraryRecord>;

/** A passage with its matched words marked: text pieces, every odd one a hit. Never HTML. */
export const Highlight = z.array(z.string()).openapi('LibraryHighlight');

export const SearchHit = z
  .object({
    record: LibraryRecord,
    titleHighlight: Highlight,
    abstractHighlight: Highlight.nullable(),
  })
  .openapi('LibrarySearchHit');
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z
  .object({
    query: z.string().openapi({ description: 'The query as searched (cut when too long).' }),
    truncated: z.boolean(),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    sort: z.enum(sortOrders),
    suggestion: z.string().nullable().openapi({ description: '"Did you mean": the query with misspelt words fixed.' }),
    facets: z.object({
      category: z.array(FacetValue),
      author: z.array(FacetValue),
      keyword: z.array(FacetValue),
      language: z.array(FacetValue),
      type: z.array(FacetValue),
      year: z.array(FacetValue),
    }),
    results: z.array(SearchHit),
  })
  .openapi('LibrarySearchResult');
export type SearchResult = z.infer<typeof SearchResult>;
