import { and, eq, ne, sql } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context, Db, Tx } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { indicators, indicatorValues, sources } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { parseCsv } from './csv.ts';
import { figuresPolicy } from './policy.ts';
import { isBreakdown, isTerritory } from './territories.ts';

/** Columns of an import file, in this order; `note` may be left out. */
export const importColumns = ['indicator', 'territory', 'year', 'breakdown', 'value', 'source', 'preferred', 'note'];
export const maxImportBytes = 2 * 1024 * 1024;
export const firstYear = 1970;

export type RejectReason =
  | 'header'
  | 'columns'
  | 'unknownIndicator'
  | 'unknownTerritory'
  | 'badBreakdown'
  | 'notANumber'
  | 'yearOutOfRange'
  | 'unknownSource'
  | 'badPreferred'
  | 'duplicate'
  | 'empty'
  | 'tooLarge';

/** A refused line: its number in the file (1 is the header), why, and the value at fault. */
export interface RejectedLine {
  line: number;
  reason: RejectReason;
  value: string;
}

/** An import refused as a whole: nothing was written. */
export class ImportRejected extends DomainError {
  constructor(readonly rejected: RejectedLine[]) {
    super(
      'VALIDATION',
      `${rejected.length} line(s) rejected: nothing was imported`,
      rejected.map((r) => ({ field: `line ${r.line}`, message: `${r.reason}: ${r.value}` })),
    );
    this.name = 'ImportRejected';
  }
}

interface Row {
  indicatorCode: string;
  territory: string;
  year: number;
  breakdown: string;
  value: number;
  sourceId: string;
  preferred: boolean;
  note: string | null;
}

/**
 * Checks a CSV file of indicator values and reports every line at fault. Known indicators and sources are read
 * from the database (inside the caller's transaction when given `tx`).
 */
export async function checkValuesCsv(
  db: Db | Tx,
  text: string,
  now: Date,
): Promise<{ rows: Row[]; rejected: RejectedLine[] }> {
  if (Buffer.byteLength(text) > maxImportBytes) {
    return { rows: [], rejected: [{ line: 0, reason: 'tooLarge', value: `${maxImportBytes}` }] };
  }
  const lines = parseCsv(text);
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  const withNote = header.length === importColumns.length;
  if (header.join(',') !== importColumns.slice(0, header.length).join(',') || header.length < 7) {
    return { rows: [], rejected: [{ line: 1, reason: 'header', value: importColumns.join(',') }] };
  }
  if (lines.length < 2) return { rows: [], rejected: [{ line: 2, reason: 'empty', value: '' }] };
  const [knownIndicators, knownSources] = await Promise.all([
    db.select({ code: indicators.code }).from(indicators),
    db.select({ id: sources.id }).from(sources),
  ]);
  const indicatorSet = new Set(knownIndicators.map((r) => r.code));
  const sourceSet = new Set(knownSources.map((r) => r.id));
  const lastYear = now.getUTCFullYear();
  const seen = new Map<string, number>();
  const rows: Row[] = [];
  const rejected: RejectedLine[] = [];
  for (const [index, cells] of lines.slice(1).entries()) {
    const line = index + 2;
    const reject = (reason: RejectReason, value: string) => rejected.push({ line, reason, value });
    if (cells.length !== header.length) {
      reject('columns', String(cells.length));
      continue;
    }
    const [indicator, territory, yearText, breakdown, valueText, source, preferredText, note] = cells.map((c) =>
      c.trim(),
    ) as string[];
    const before = rejected.length;
    if (!indicatorSet.has(indicator ?? '')) reject('unknownIndicator', indicator ?? '');
    if (!isTerritory(territory ?? '')) reject('unknownTerritory', territory ?? '');
    const year = /^\d{4}$/.test(yearText ?? '') ? Number(yearText) : Number.NaN;
    if (!(year >= firstYear && year <= lastYear)) reject('yearOutOfRange', yearText ?? '');
    if (!isBreakdown(breakdown ?? '')) reject('badBreakdown', breakdown ?? '');
    const value = /^-?\d+(\.\d+)?$/.test(valueText ?? '') ? Number(valueText) : Number.NaN;
    if (!Number.isFinite(value)) reject('notANumber', valueText ?? '');
    if (!sourceSet.has(source ?? '')) reject('unknownSource', source ?? '');
    if (preferredText !== '0' && preferredText !== '1') reject('badPreferred', preferredText ?? '');
    if (rejected.length > before) continue;
    const key = [indicator, territory, year, breakdown, source].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      reject('duplicate', String(first));
      continue;
    }
    seen.set(key, line);
    rows.push({
      indicatorCode: indicator as string,
      territory: territory as string,
      year,
      breakdown: breakdown as string,
      value,
      sourceId: source as string,
      preferred: preferredText === '1',
      note: withNote && note ? note.slice(0, 500) : null,
    });
  }
  return { rows, rejected };
}

/**
 * Imports indicator values from CSV, all or nothing: every line is checked first, and one bad line refuses the
 * file (ImportRejected, listing each line and its reason). Values are upserted by indicator, territory, year,
 * breakdown and source; a value marked preferred takes the mark from the other sources of the same cell.
 * Admins only; audited.
 */
export async function importIndicatorValues(
  ctx: Context,
  input: { csv: string; fileName?: string },
): Promise<{ imported: number }> {
  authorize(figuresPolicy.importData(ctx.actor));
  const result = await ctx.db.transaction(async (tx) => {
    const { rows, rejected } = await checkValuesCsv(tx, input.csv, ctx.now);
    if (rejected.length > 0) throw new ImportRejected(rejected);
    for (let i = 0; i < rows.length; i += 500) {
      await upsertIndicatorValues(tx, rows.slice(i, i + 500));
    }
    for (const row of rows.filter((r) => r.preferred)) {
      await tx
        .update(indicatorValues)
        .set({ preferred: false })
        .where(
          and(
            eq(indicatorValues.indicatorCode, row.indicatorCode),
            eq(indicatorValues.territory, row.territory),
            eq(indicatorValues.year, row.year),
            eq(indicatorValues.breakdown, row.breakdown),
            ne(indicatorValues.sourceId, row.sourceId),
          ),
        );
    }
    await recordAudit(tx, ctx, {
      action: 'indicator_values.import',
      entityType: 'indicator_values',
      entityId: input.fileName?.slice(0, 200) || 'csv',
      changes: { rows: rows.length, indicators: [...new Set(rows.map((r) => r.indicatorCode))] },
    });
    return { imported: rows.length };
  });
  bumpPublicDataGeneration();
  return result;
}

/**
 * Writes values, replacing the value, preferred flag and note of a row that exists for the same indicator,
 * territory, year, breakdown and source (the CSV import and the reference seed share it).
 */
export async function upsertIndicatorValues(tx: Db | Tx, rows: (typeof indicatorValues.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(indicatorValues)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        indicatorValues.indicatorCode,
        indicatorValues.territory,
        indicatorValues.year,
        indicatorValues.breakdown,
        indicatorValues.sourceId,
      ],
      set: {
        value: sql.raw('excluded."value"'),
        preferred: sql.raw('excluded."preferred"'),
        note: sql.raw('excluded."note"'),
      },
    });
}
