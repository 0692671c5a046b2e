import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import ExcelJS from 'exceljs';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { type Lang, translator } from '../../core/i18n/index.ts';
import {
  applicationMunicipalities,
  applications,
  callFormVersions,
  calls,
  municipalities,
  organisations,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { instantToBrussels } from '../calls/index.ts';
import {
  type Answers,
  type BudgetCategory,
  budgetCategories,
  budgetField,
  budgetTotals,
  type ExportCell,
  type ExportColumn,
  exportColumns,
  exportRow,
  type FormDefinition,
} from '../forms/index.ts';
import { loadApplication } from './access.ts';
import { applicationPolicy } from './policy.ts';
import { applicationPdf } from './render-pdf.ts';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** One exported application, with its amounts in cents. */
export interface ExportedApplication {
  reference: string;
  organisation: string;
  organisationType: string;
  enterpriseNumber: string;
  municipality: string;
  municipalitiesConcerned: string;
  state: string;
  /** Brussels wall clock, `YYYY-MM-DD HH:MM`. */
  submittedAt: string;
  byCategory: Record<BudgetCategory, bigint>;
  totalCosts: bigint;
  cofunding: bigint;
  requested: bigint;
  /** The answers flattened by the form's own columns (see `formColumns`), by column key. */
  answers: Record<string, ExportCell>;
}

/** The rows of an export and the columns of the form's answers that follow the fixed ones. */
export interface ExportedApplications {
  rows: ExportedApplication[];
  formColumns: ExportColumn[];
}

type Column =
  | {
      key: Exclude<keyof ExportedApplication, 'byCategory' | 'totalCosts' | 'cofunding' | 'requested' | 'answers'>;
      kind: 'text';
    }
  | { key: 'totalCosts' | 'cofunding' | 'requested' | BudgetCategory; kind: 'money' };

const columns: Column[] = [
  { key: 'reference', kind: 'text' },
  { key: 'organisation', kind: 'text' },
  { key: 'organisationType', kind: 'text' },
  { key: 'enterpriseNumber', kind: 'text' },
  { key: 'municipality', kind: 'text' },
  { key: 'municipalitiesConcerned', kind: 'text' },
  { key: 'state', kind: 'text' },
  { key: 'submittedAt', kind: 'text' },
  ...budgetCategories.map((key) => ({ key, kind: 'money' as const })),
  { key: 'totalCosts', kind: 'money' },
  { key: 'cofunding', kind: 'money' },
  { key: 'requested', kind: 'money' },
];

const moneyOf = (row: ExportedApplication, key: BudgetCategory | 'totalCosts' | 'cofunding' | 'requested') =>
  key === 'totalCosts' || key === 'cofunding' || key === 'requested' ? row[key] : row.byCategory[key];

/** Enterprise numbers are kept as ten digits; people read them as `0123.456.749`. */
const enterpriseText = (digits: string | null) =>
  digits && /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : (digits ?? '');

/**
 * Every application of a call that left the draft stage (submitted, information requested, withdrawn, screened),
 * by reference, with the budget totals per category worked out from the submitted answers with each
 * application's own form version.
 */
export async function exportedApplications(ctx: Context, callCode: string, lang: Lang): Promise<ExportedApplications> {
  authorize(applicationPolicy.screen(ctx.actor));
  const [call] = await ctx.db.select({ phase: calls.phase }).from(calls).where(eq(calls.code, callCode));
  if (!call || call.phase === 'draft') throw notFound('Call');
  const t = translator(lang);
  const nameColumn = lang === 'nl' ? municipalities.nameNl : municipalities.nameFr;
  const m2 = alias(municipalities, 'm2');
  const [rows, concernedRows, forms] = await Promise.all([
    ctx.db
      .select({
        id: applications.id,
        reference: applications.reference,
        formVersion: applications.formVersion,
        state: applications.state,
        // The frozen answers when submitted (always, past the draft), read once rather than both columns.
        answers: sql<Answers>`coalesce(${applications.submitted}, ${applications.answers})`,
        submittedAt: applications.submittedAt,
        organisation: organisations.legalName,
        organisationType: organisations.type,
        enterpriseNumber: organisations.enterpriseNumber,
        municipality: nameColumn,
      })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .leftJoin(municipalities, eq(municipalities.nisCode, organisations.municipalityNis))
      .where(and(eq(applications.callCode, callCode), ne(applications.state, 'draft')))
      .orderBy(asc(applications.reference)),
    // The municipalities concerned, for the whole call in one grouped query.
    ctx.db
      .select({
        id: applicationMunicipalities.applicationId,
        names: sql<string>`string_agg(${lang === 'nl' ? m2.nameNl : m2.nameFr}, ', ' order by ${m2.nameFr})`,
      })
      .from(applicationMunicipalities)
      .innerJoin(m2, eq(m2.nisCode, applicationMunicipalities.municipalityNis))
      .innerJoin(applications, eq(applications.id, applicationMunicipalities.applicationId))
      .where(and(eq(applications.callCode, callCode), ne(applications.state, 'draft')))
      .groupBy(applicationMunicipalities.applicationId),
    ctx.db
      .select({ version: callFormVersions.version, form: callFormVersions.form })
      .from(callFormVersions)
      .where(eq(callFormVersions.callCode, callCode)),
  ]);
  const concerned = new Map(concernedRows.map((r) => [r.id, r.names]));
  const formOf = new Map<number, FormDefinition>(forms.map((f) => [f.version, f.form as FormDefinition]));
  // The answers' columns follow the latest form version; an older version's answers fill the columns they share.
  const latest = forms.reduce<{ version: number; form: FormDefinition } | undefined>(
    (a, f) => (!a || f.version > a.version ? f : a),
    undefined,
  );
  const withoutBudget = (form: FormDefinition) => {
    const key = budgetField(form)?.key;
    return (c: ExportColumn) => !key || (c.key !== key && !c.key.startsWith(`${key}.`));
  };
  const formColumns = latest ? exportColumns(latest.form, lang).filter(withoutBudget(latest.form)) : [];
  // Column keys are worked out once per form version, not once per application.
  const keysOf = new Map<number, string[]>();
  const recordOf = (version: number, form: FormDefinition, answers: Parameters<typeof exportRow>[1]) => {
    let keys = keysOf.get(version);
    if (!keys) {
      keys = exportColumns(form, lang).map((c) => c.key);
      keysOf.set(version, keys);
    }
    const values = exportRow(form, answers, lang);
    const record: Record<string, ExportCell> = {};
    keys.forEach((key, i) => {
      record[key] = values[i] ?? null;
    });
    return record;
  };
  const list = rows.map((r): ExportedApplication => {
    const answers = r.answers ?? {};
    const form = formOf.get(r.formVersion);
    const key = form ? budgetField(form)?.key : undefined;
    const totals = budgetTotals(key ? answers[key] : undefined);
    return {
      reference: r.reference,
      organisation: r.organisation,
      organisationType: t(`org.type.${r.organisationType}`),
      enterpriseNumber: enterpriseText(r.enterpriseNumber),
      municipality: r.municipality ?? '',
      municipalitiesConcerned: concerned.get(r.id) ?? '',
      state: t(`screening.state.${r.state}`),
      submittedAt: r.submittedAt ? instantToBrussels(r.submittedAt).replace('T', ' ') : '',
      byCategory: totals.byCategory,
      totalCosts: totals.totalCosts,
      cofunding: totals.totalCofunding,
      requested: totals.requested,
      answers: form ? recordOf(r.formVersion, form, answers) : {},
    };
  });
  return { rows: list, formColumns };
}

/** The column titles of the export in a language: the fixed ones, then the form's. */
export function exportHeaders(lang: Lang, formColumns: ExportColumn[] = []): string[] {
  const t = translator(lang);
  return [...columns.map((c) => t(`screening.export.${c.key}`)), ...formColumns.map((c) => c.header)];
}

const numberText = (value: number) => String(value).replace('.', ',');

/** A CSV cell: quoted when needed; text that a spreadsheet would run as a formula starts with an apostrophe. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Cents as euros with a decimal comma and no grouping (`1234,50`), as Belgian spreadsheets read them. */
export function csvEuros(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n},${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * The CSV export: UTF-8 with a byte order mark, `;` between cells and a decimal comma in amounts, lines ending
 * in CRLF. That is what Excel expects with Belgian regional settings, where `,` is the decimal separator; other
 * programs are told the separator on import.
 */
export function toCsv({ rows, formColumns }: ExportedApplications, lang: Lang): string {
  const lines = [exportHeaders(lang, formColumns).map(csvCell).join(';')];
  for (const row of rows) {
    const fixed = columns.map((c) => (c.kind === 'money' ? csvEuros(moneyOf(row, c.key)) : csvCell(row[c.key])));
    const own = formColumns.map((c) => {
      const value = row.answers[c.key];
      if (value === null || value === undefined) return '';
      return typeof value === 'number' ? numberText(value) : csvCell(value);
    });
    lines.push([...fixed, ...own].join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The XLSX export: amounts as number cells in euros, the submission as a date cell, a bold frozen header. */
export async function toXlsx(
  { rows, formColumns }: ExportedApplications,
  lang: Lang,
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Accroche';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, '-'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const headers = exportHeaders(lang, formColumns);
  sheet.columns = [
    ...columns.map((c, i) => ({
      header: headers[i],
      key: c.key,
      width: c.kind === 'money' ? 14 : c.key === 'organisation' ? 40 : c.key === 'submittedAt' ? 17 : 20,
      style:
        c.kind === 'money' ? { numFmt: '#,##0.00' } : c.key === 'submittedAt' ? { numFmt: 'yyyy-mm-dd hh:mm' } : {},
    })),
    ...formColumns.map((c, i) => ({
      header: headers[columns.length + i],
      key: `form:${c.key}`,
      width: c.type === 'number' ? 14 : 30,
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      ...columns.map((c) => {
        if (c.kind === 'money') return Number(moneyOf(row, c.key)) / 100;
        if (c.key === 'submittedAt' && row.submittedAt) {
          // A spreadsheet date has no time zone: the Brussels wall clock is written as it reads.
          return new Date(`${row.submittedAt.replace(' ', 'T')}:00Z`);
        }
        return row[c.key];
      }),
      ...formColumns.map((c) => row.answers[c.key] ?? null),
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length + formColumns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  count: number;
}

/**
 * A call's applications as a CSV or XLSX file, one row each, with the budget totals per category; audited as
 * `application.export` (the call, the format and the number of rows).
 */
export async function exportApplications(
  ctx: Context,
  callCode: string,
  format: ExportFormat,
  options: { lang?: Lang } = {},
): Promise<ExportFile> {
  const lang = options.lang ?? 'fr';
  const exported = await exportedApplications(ctx, callCode, lang);
  const body =
    format === 'csv'
      ? Buffer.from(toCsv(exported, lang), 'utf8')
      : await toXlsx(exported, lang, callCode.toUpperCase());
  await recordAudit(ctx.db, ctx, {
    action: 'application.export',
    entityType: 'call',
    entityId: callCode,
    changes: { format, count: exported.rows.length },
  });
  const stamp = instantToBrussels(ctx.now).slice(0, 10);
  return {
    fileName: `${callCode}-applications-${stamp}.${format}`,
    contentType:
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
    count: exported.rows.length,
  };
}

/**
 * One application as PDF in a language (the submitted version when there is one), for its applicants and the
 * officers; anyone else is told it does not exist.
 */
export async function applicationPdfFor(
  ctx: Context,
  id: string,
  lang: Lang,
): Promise<{ fileName: string; body: Buffer }> {
  const loaded = await loadApplication(ctx.db, ctx, id);
  authorize(applicationPolicy.read(loaded.access));
  return { fileName: `${loaded.application.reference}.pdf`, body: await applicationPdf(loaded, lang, ctx.db) };
}
