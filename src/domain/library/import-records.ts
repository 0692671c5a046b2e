import { and, eq, sql } from 'drizzle-orm';
import type { Context, Tx } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { auditLog, libraryRecords } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { FileFormat } from './bibliography-files.ts';
import { analyseImport, breathe, type ImportLine, type ImportProgress } from './import-plan.ts';
import { importLockClass } from './import-sessions.ts';
import { type DuplicateDecision, differingFields, type MergeField, mergeRecord } from './merge-records.ts';
import { dataOfRecord, insertRecordRows, valuesOf } from './rows.ts';
import type { RecordData } from './schemas.ts';
import { refreshWordList } from './search-engine.ts';

export { recordFromCsl } from './csl-record.ts';
export type { ImportLine, ImportPlan, ImportReason, PlannedDuplicate } from './import-plan.ts';

export interface ImportOptions {
  /** Analyse only: the report of what an import would do, nothing written. */
  dryRun?: boolean;
  /** Import the valid entries and list the others, instead of refusing the whole file. */
  skipInvalid?: boolean;
  /** What to do with an entry matching a record already there, unless `decisions` says: skip (default) or replace. */
  onDuplicate?: 'skip' | 'update';
  /** The librarian's decision for each duplicate, by the entry's line in the file. */
  decisions?: Record<number, DuplicateDecision>;
  /** Publish the new records at once (default: drafts, for review). */
  publish?: boolean;
  /** Source keywords or categories (folded) to taxonomy codes, added to the record's categories. */
  categoryMap?: Record<string, string>;
  onProgress?: ImportProgress;
  /**
   * The web import's session: its transaction holds an advisory lock on it from its first statement to its end,
   * the audit row names it, and an import of the same session that committed already makes this one refuse
   * (`alreadyImported`), so that a session is never written twice, whatever processes try.
   */
  session?: string;
  /**
   * Called with the report inside the transaction, before anything is written (after the session's lock: a
   * confirmation refused as a repeat never gets here). The web import keeps it on disk, so that a process dying
   * after the commit leaves the report to show.
   */
  beforeWrite?: (report: ImportReport) => Promise<void>;
}

/** The problem carried by the CONFLICT refusing a session that was imported already. */
export const alreadyImported = 'already-imported';

export interface ImportReport {
  format: FileFormat;
  encoding: string;
  entries: number;
  created: ImportLine[];
  /** Records replaced by the entry matching them. */
  updated: ImportLine[];
  /** Records merged with the entry matching them, field by field. */
  merged: ImportLine[];
  skipped: ImportLine[];
  rejected: ImportLine[];
  written: boolean;
}

interface Change {
  line: number;
  id: string;
  data: RecordData;
  action: 'replace' | 'merge';
  fields: MergeField[];
  seen?: string | undefined;
}

/** Whether the import of this web import session committed: its audit row names the session. */
export async function importCommitted(tx: Tx, session: string): Promise<boolean> {
  const [imported] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'library_record.import'), sql`${auditLog.changes}->>'session' = ${session}`))
    .limit(1);
  return Boolean(imported);
}

/**
 * Takes the session's lock for the rest of the transaction (another process's recovery then knows the import is
 * under way), and refuses a session whose import committed already: the lock makes a second confirmation wait
 * for the first to end, and this query, run after the lock, sees the first one's commit.
 */
async function claimSession(tx: Tx, session: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${importLockClass}), hashtext(${session}))`);
  if (await importCommitted(tx, session)) {
    throw new DomainError('CONFLICT', 'This import was confirmed already', [
      { field: 'session', message: alreadyImported },
    ]);
  }
}

/**
 * Imports a bibliography file (librarians; the CLI as the system actor). The file is analysed first
 * (`analyseImport`); each duplicate of a record already there is skipped, replaced or merged as decided (by
 * line), else as `onDuplicate` says. Then, unless it is a dry run, everything is written in one transaction with
 * an audit row per replaced or merged record and one for the import: a file with invalid entries writes nothing,
 * unless `skipInvalid` is set, and a record changed since the librarian saw it (`seen`) refuses the whole import.
 */
export async function importRecords(
  ctx: Context,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const plan = await analyseImport(ctx, bytes, options);
  const report: ImportReport = {
    format: plan.format,
    encoding: plan.encoding,
    entries: plan.entries,
    created: plan.fresh.map((f) => ({ line: f.line, title: f.data.title })),
    updated: [],
    merged: [],
    skipped: [...plan.repeated],
    rejected: plan.rejected,
    written: false,
  };
  const changes: Change[] = [];
  for (const dup of plan.duplicates) {
    const fallback: DuplicateDecision = options.onDuplicate === 'update' ? { action: 'replace' } : { action: 'skip' };
    const decision = options.decisions?.[dup.line] ?? fallback;
    const before = dataOfRecord(dup.existing);
    const after = mergeRecord(before, dup.data, decision);
    const line = { line: dup.line, title: dup.data.title };
    if (decision.action === 'skip' || after === null) {
      report.skipped.push({ ...line, reason: 'already in the library', why: { code: 'inLibrary' } });
      continue;
    }
    const fields = differingFields(before, after);
    if (fields.length === 0) {
      report.skipped.push({ ...line, reason: 'no change', why: { code: 'noChange' } });
      continue;
    }
    const action = decision.action;
    changes.push({ line: dup.line, id: dup.existing.id, data: after, action, fields, seen: decision.seen });
    (action === 'replace' ? report.updated : report.merged).push({
      ...line,
      reason: fields.join(', '),
      why: { code: 'changed', fields },
    });
  }
  report.skipped.sort((a, b) => a.line - b.line);
  if (options.dryRun) return report;
  if (report.rejected.length > 0 && !options.skipInvalid) {
    throw new DomainError(
      'VALIDATION',
      'The file has invalid entries; nothing was imported',
      report.rejected.map((r) => ({ field: `line ${r.line}`, message: r.reason ?? '' })),
    );
  }
  const status: 'published' | 'draft' = options.publish ? 'published' : 'draft';
  const total = plan.fresh.length + changes.length;
  let done = 0;
  await ctx.db.transaction(async (tx) => {
    if (options.session) await claimSession(tx, options.session);
    await options.beforeWrite?.(report);
    for (let i = 0; i < plan.fresh.length; i += 500) {
      const chunk = plan.fresh.slice(i, i + 500);
      await insertRecordRows(
        tx,
        chunk.map(({ data }) => ({
          ...valuesOf(data),
          status,
          publishedAt: options.publish ? ctx.now : null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      );
      done += chunk.length;
      options.onProgress?.(done, total, 'write');
      await breathe();
    }
    for (const change of changes) {
      const [current] = await tx
        .select({ updatedAt: libraryRecords.updatedAt })
        .from(libraryRecords)
        .where(eq(libraryRecords.id, change.id))
        .for('update');
      if (!current || (change.seen && current.updatedAt.toISOString() !== change.seen)) {
        throw new DomainError('CONFLICT', `The record matching line ${change.line} changed since the preview`, [
          { field: `line ${change.line}`, message: 'changed-since-preview' },
        ]);
      }
      await tx
        .update(libraryRecords)
        .set({ ...valuesOf(change.data), updatedAt: ctx.now })
        .where(eq(libraryRecords.id, change.id));
      await recordAudit(tx, ctx, {
        action: change.action === 'replace' ? 'library_record.update' : 'library_record.merge',
        entityType: 'library_record',
        entityId: change.id,
        changes: { source: 'import', line: change.line, fields: change.fields },
      });
      done++;
      if (done % 100 === 0 || done === total) {
        options.onProgress?.(done, total, 'write');
        await breathe();
      }
    }
    await recordAudit(tx, ctx, {
      action: 'library_record.import',
      entityType: 'library_record',
      changes: {
        format: report.format,
        created: report.created.length,
        updated: report.updated.length,
        merged: report.merged.length,
        skipped: report.skipped.length,
        rejected: report.rejected.length,
        status,
        ...(options.session ? { session: options.session } : {}),
      },
    });
    if (options.publish || changes.length) await refreshWordList(tx);
  });
  report.written = true;
  bumpPublicDataGeneration();
  return report;
}
