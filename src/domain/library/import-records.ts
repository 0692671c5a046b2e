import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { type LibraryAuthor, libraryCategories, libraryRecords } from '../../db/schema/library.ts';
import { recordAudit } from '../audit/index.ts';
import { type FileFormat, readBibliography } from './bibliography-files.ts';
import { fold, matchKeyOf, normaliseDoi, splitParticle } from './names.ts';
import { libraryPolicy } from './policy.ts';
import { valuesOf } from './rows.ts';
import { type RecordData, RecordInput, recordLanguages } from './schemas.ts';
import { refreshWordList } from './search-engine.ts';

export interface ImportOptions {
  /** Analyse only: the report of what an import would do, nothing written. */
  dryRun?: boolean;
  /** Import the valid entries and list the others, instead of refusing the whole file. */
  skipInvalid?: boolean;
  /** What to do with an entry matching a record already there: leave it (default) or update it. */
  onDuplicate?: 'skip' | 'update';
  /** Publish the new records at once (default: drafts, for review). */
  publish?: boolean;
  /** Source keywords or categories (folded) to taxonomy codes, added to the record's categories. */
  categoryMap?: Record<string, string>;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportLine {
  line: number;
  title: string;
  reason?: string;
}

export interface ImportReport {
  format: FileFormat;
  encoding: string;
  entries: number;
  created: ImportLine[];
  updated: ImportLine[];
  skipped: ImportLine[];
  rejected: ImportLine[];
  written: boolean;
}

const typesFromCsl: Record<string, RecordData['type']> = {
  'article-journal': 'article',
  article: 'article',
  'paper-conference': 'article',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  thesis: 'thesis',
  legislation: 'regulation',
  legal_case: 'regulation',
  bill: 'regulation',
  'article-magazine': 'professional_article',
  'article-newspaper': 'professional_article',
  dataset: 'dataset',
  motion_picture: 'audiovisual',
  broadcast: 'audiovisual',
  webpage: 'guide',
};

const languageNames: Record<string, string> = {
  french: 'fr',
  francais: 'fr',
  dutch: 'nl',
  nederlands: 'nl',
  neerlandais: 'nl',
  english: 'en',
  anglais: 'en',
  engels: 'en',
  german: 'de',
  spanish: 'es',
  italian: 'it',
};

function languageOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;/]/)
    .map((v) => fold(v))
    .filter(Boolean)
    .map((v) => languageNames[v] ?? v.slice(0, 2))
    .map((v) => ((recordLanguages as readonly string[]).includes(v) ? v : 'other'))
    .filter((v, i, all) => all.indexOf(v) === i);
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/** A CSL-JSON item as the library's record input (before validation). */
export function recordFromCsl(
  csl: Record<string, unknown>,
  categories: Map<string, string>,
): Record<string, unknown> & { title: string } {
  const authors = (Array.isArray(csl.author) ? csl.author : []).flatMap(
    (a: Record<string, unknown>): LibraryAuthor[] => {
      if (a.literal) return [{ family: text(a.literal), organisation: true }];
      if (!a.family) return [];
      const particle = text(a['non-dropping-particle']) || text(a['dropping-particle']);
      const split = particle ? { family: text(a.family), particle } : splitParticle(text(a.family));
      return [{ ...split, ...(a.given ? { given: text(a.given) } : {}) }];
    },
  );
  const issued = csl.issued as { 'date-parts'?: unknown[][]; raw?: string } | undefined;
  const yearPart = issued?.['date-parts']?.[0]?.[0] ?? issued?.raw;
  const year = Number.parseInt(text(yearPart), 10);
  const keywords = text(csl.keyword)
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const sourceCategories = text(csl.categories)
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const mapped = [...keywords, ...sourceCategories]
    .map((k) => categories.get(fold(k)))
    .filter((c): c is string => c !== undefined);
  return {
    type: typesFromCsl[text(csl.type)] ?? 'report',
    title: text(csl.title),
    authors,
    year: Number.isFinite(year) ? year : null,
    languages: languageOf(csl.language),
    abstract: text(csl.abstract) || null,
    keywords: [...new Set(keywords)].slice(0, 100),
    categories: [...new Set(mapped)],
    publisher: text(csl.publisher) || null,
    place: text(csl['publisher-place']) || null,
    journal: text(csl['container-title']) || null,
    volume: text(csl.volume) || null,
    issue: text(csl.issue) || null,
    pages: text(csl.page) || null,
    doi: normaliseDoi(text(csl.DOI)) ?? (text(csl.DOI) || null),
    isbn: text(csl.ISBN) || null,
    issn: text(csl.ISSN) || null,
    url: /^https?:\/\//i.test(text(csl.URL)) ? text(csl.URL) : null,
  };
}

/**
 * Imports a bibliography file (librarians; the CLI as the system actor). Every entry is read and checked first;
 * an entry matching a record already there (same DOI, else same normalised title, year and first author) or an
 * earlier entry of the file is a duplicate. Then, unless it is a dry run, everything is written in one
 * transaction with one audit row: a file with invalid entries writes nothing, unless `skipInvalid` is set. The
 * report lists the line of every entry created, updated, skipped and rejected.
 */
export async function importRecords(
  ctx: Context,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  authorize(libraryPolicy.curate(ctx.actor));
  const file = readBibliography(bytes);
  if ('error' in file) {
    throw new DomainError('VALIDATION', 'Unknown file format', [{ field: 'file', message: 'unknown-format' }]);
  }
  const categoryRows = await ctx.db.select().from(libraryCategories);
  const categories = new Map<string, string>();
  for (const c of categoryRows) {
    categories.set(fold(c.code), c.code);
    for (const label of Object.values(c.label)) categories.set(fold(label), c.code);
  }
  for (const [from, to] of Object.entries(options.categoryMap ?? {})) {
    if (categoryRows.some((c) => c.code === to)) categories.set(fold(from), to);
  }
  const existing = await ctx.db
    .select({ id: libraryRecords.id, doi: libraryRecords.doi, matchKey: libraryRecords.matchKey })
    .from(libraryRecords);
  const byDoi = new Map(existing.filter((r) => r.doi).map((r) => [r.doi as string, r.id]));
  const byKey = new Map(existing.map((r) => [r.matchKey, r.id]));
  const seenDoi = new Map<string, number>();
  const seenKey = new Map<string, number>();

  const report: ImportReport = {
    format: file.format,
    encoding: file.encoding,
    entries: file.entries.length,
    created: [],
    updated: [],
    skipped: [],
    rejected: [],
    written: false,
  };
  const toCreate: RecordData[] = [];
  const toUpdate: { id: string; data: RecordData }[] = [];
  file.entries.forEach((entry, i) => {
    options.onProgress?.(i + 1, file.entries.length);
    if (!entry.csl) {
      report.rejected.push({ line: entry.line, title: '', reason: entry.error ?? 'unreadable' });
      return;
    }
    const input = recordFromCsl(entry.csl, categories);
    const parsed = RecordInput.safeParse(input);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      report.rejected.push({ line: entry.line, title: input.title, reason });
      return;
    }
    const data = parsed.data;
    const doi = normaliseDoi(data.doi);
    const key = matchKeyOf(data.title, data.year, data.authors);
    const earlier = (doi ? seenDoi.get(doi) : undefined) ?? seenKey.get(key);
    if (earlier !== undefined) {
      report.skipped.push({ line: entry.line, title: data.title, reason: `duplicate of line ${earlier}` });
      return;
    }
    if (doi) seenDoi.set(doi, entry.line);
    seenKey.set(key, entry.line);
    const match = (doi ? byDoi.get(doi) : undefined) ?? byKey.get(key);
    if (match) {
      if (options.onDuplicate === 'update') {
        toUpdate.push({ id: match, data });
        report.updated.push({ line: entry.line, title: data.title });
      } else report.skipped.push({ line: entry.line, title: data.title, reason: 'already in the library' });
      return;
    }
    toCreate.push(data);
    report.created.push({ line: entry.line, title: data.title });
  });
  if (options.dryRun) return report;
  if (report.rejected.length > 0 && !options.skipInvalid) {
    throw new DomainError(
      'VALIDATION',
      'The file has invalid entries; nothing was imported',
      report.rejected.map((r) => ({ field: `line ${r.line}`, message: r.reason ?? '' })),
    );
  }
  const status: 'published' | 'draft' = options.publish ? 'published' : 'draft';
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < toCreate.length; i += 500) {
      await tx.insert(libraryRecords).values(
        toCreate.slice(i, i + 500).map((data) => ({
          ...valuesOf(data),
          status,
          publishedAt: options.publish ? ctx.now : null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      );
    }
    for (const { id, data } of toUpdate) {
      await tx
        .update(libraryRecords)
        .set({ ...valuesOf(data), updatedAt: ctx.now })
        .where(eq(libraryRecords.id, id));
    }
    await recordAudit(tx, ctx, {
      action: 'library_record.import',
      entityType: 'library_record',
      changes: {
        format: report.format,
        created: report.created.length,
        updated: report.updated.length,
        skipped: report.skipped.length,
        rejected: report.rejected.length,
        status,
      },
    });
    if (options.publish || toUpdate.length) await refreshWordList(tx);
  });
  report.written = true;
  bumpPublicDataGeneration();
  return report;
}
