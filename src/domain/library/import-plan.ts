import { inArray } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { libraryCategories, libraryRecords } from '../../db/schema/library.ts';
import { type FileFormat, readBibliography } from './bibliography-files.ts';
import { recordFromCsl, sourceTermsOf } from './csl-record.ts';
import { fold, matchKeyOf, normaliseDoi } from './names.ts';
import { libraryPolicy } from './policy.ts';
import { toRecord } from './rows.ts';
import { type LibraryRecord, type RecordData, RecordInput } from './schemas.ts';

export interface ImportLine {
  line: number;
  title: string;
  /** The reason in English words (CLI, API, audit). */
  reason?: string;
  /** The same reason as data, which pages put in the reader's language. */
  why?: ImportReason;
}

/** Why an entry was refused, skipped or changed. */
export type ImportReason =
  | { code: 'unreadable'; detail: string }
  | { code: 'unfinished' }
  | { code: 'invalid'; fields: string[] }
  | { code: 'repeat'; line: number }
  | { code: 'inLibrary' }
  | { code: 'noChange' }
  | { code: 'changed'; fields: string[] };

/** An entry of the file that matches a record already in the library (same DOI, else same match key). */
export interface PlannedDuplicate {
  line: number;
  data: RecordData;
  existing: LibraryRecord;
  by: 'doi' | 'title';
}

/** What a file holds, measured against the library: nothing is written to make it. */
export interface ImportPlan {
  format: FileFormat;
  encoding: string;
  entries: number;
  fresh: { line: number; data: RecordData }[];
  duplicates: PlannedDuplicate[];
  /** Entries repeating an earlier entry of the same file: always skipped. */
  repeated: ImportLine[];
  rejected: ImportLine[];
  /** Source keywords and categories that match no category by themselves (mapped by the librarian or not), most
   * frequent first. */
  unmapped: { term: string; count: number }[];
}

/** Progress of an import: the phase, and how many of how many. */
export type ImportProgress = (done: number, total: number, phase: 'read' | 'write') => void;

/** Lets the event loop run (other requests, progress polls) during a long import. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads a bibliography file and sorts its entries against the library: new, duplicates of a record already there
 * (with that record, for the merge screen), repeats of an earlier entry of the file, and invalid entries with
 * their line. Source keywords and categories equal to a category's code or label (any language), or mapped by
 * the librarian (`categoryMap`: source term to code), become the entry's categories; the others, and those the
 * librarian mapped (so that the choice can be changed), are listed.
 */
export async function analyseImport(
  ctx: Context,
  bytes: Uint8Array,
  options: { categoryMap?: Record<string, string>; onProgress?: ImportProgress } = {},
): Promise<ImportPlan> {
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
  const chosen = new Set<string>();
  for (const [from, to] of Object.entries(options.categoryMap ?? {})) {
    if (categoryRows.some((c) => c.code === to)) categories.set(fold(from), to);
    chosen.add(fold(from));
  }
  const existing = await ctx.db
    .select({ id: libraryRecords.id, doi: libraryRecords.doi, matchKey: libraryRecords.matchKey })
    .from(libraryRecords);
  const byDoi = new Map(existing.filter((r) => r.doi).map((r) => [r.doi as string, r.id]));
  const byKey = new Map(existing.map((r) => [r.matchKey, r.id]));
  const seenDoi = new Map<string, number>();
  const seenKey = new Map<string, number>();
  const unmapped = new Map<string, { term: string; count: number }>();

  const plan: ImportPlan = {
    format: file.format,
    encoding: file.encoding,
    entries: file.entries.length,
    fresh: [],
    duplicates: [],
    repeated: [],
    rejected: [],
    unmapped: [],
  };
  const matches: { line: number; data: RecordData; id: string; by: 'doi' | 'title' }[] = [];
  for (const [i, entry] of file.entries.entries()) {
    options.onProgress?.(i + 1, file.entries.length, 'read');
    if (i % 250 === 249) await breathe();
    if (!entry.csl) {
      const error = entry.error ?? 'unreadable';
      plan.rejected.push({
        line: entry.line,
        title: '',
        reason: error,
        why: error.startsWith('entry without its end') ? { code: 'unfinished' } : { code: 'unreadable', detail: error },
      });
      continue;
    }
    const input = recordFromCsl(entry.csl, categories);
    const parsed = RecordInput.safeParse(input);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
      plan.rejected.push({ line: entry.line, title: input.title, reason, why: { code: 'invalid', fields } });
      continue;
    }
    const terms = sourceTermsOf(entry.csl);
    for (const term of [...terms.keywords, ...terms.sourceCategories]) {
      const key = fold(term);
      if (!key || (categories.has(key) && !chosen.has(key))) continue;
      const known = unmapped.get(key) ?? { term, count: 0 };
      known.count++;
      unmapped.set(key, known);
    }
    const data = parsed.data;
    const doi = normaliseDoi(data.doi);
    const key = matchKeyOf(data.title, data.year, data.authors);
    const earlier = (doi ? seenDoi.get(doi) : undefined) ?? seenKey.get(key);
    if (earlier !== undefined) {
      plan.repeated.push({
        line: entry.line,
        title: data.title,
        reason: `duplicate of line ${earlier}`,
        why: { code: 'repeat', line: earlier },
      });
      continue;
    }
    if (doi) seenDoi.set(doi, entry.line);
    seenKey.set(key, entry.line);
    const doiMatch = doi ? byDoi.get(doi) : undefined;
    const match = doiMatch ?? byKey.get(key);
    if (match) matches.push({ line: entry.line, data, id: match, by: doiMatch ? 'doi' : 'title' });
    else plan.fresh.push({ line: entry.line, data });
  }
  const ids = [...new Set(matches.map((m) => m.id))];
  const rows = new Map<string, LibraryRecord>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await ctx.db
      .select()
      .from(libraryRecords)
      .where(inArray(libraryRecords.id, ids.slice(i, i + 500)));
    for (const row of chunk) rows.set(row.id, toRecord(row));
  }
  for (const m of matches) {
    const record = rows.get(m.id);
    if (record) plan.duplicates.push({ line: m.line, data: m.data, existing: record, by: m.by });
  }
  plan.unmapped = [...unmapped.values()]
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, 200);
  return plan;
}
