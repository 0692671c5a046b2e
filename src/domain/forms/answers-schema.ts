import { z } from 'zod';
import { formatMoney } from '../../core/format.ts';
import type { Lang, MessageKey, Params } from '../../core/i18n/index.ts';
import { translator } from '../../core/i18n/index.ts';
import { budgetTotals } from './budget.ts';
import {
  type Answers,
  type AnswerValue,
  ageBands,
  budgetCategories,
  type FieldDefinition,
  type FormDefinition,
  isShown,
  type ListAnswer,
  targetLevels,
  targetSexes,
} from './definition.ts';
import { formMunicipalities } from './reference.ts';

/**
 * One zod schema built from a form definition checks answers, for a draft (formats only) or a submission (formats,
 * required fields that are shown, the budget against the call's bounds). Each issue's `message` is a key of the
 * forms catalogue and its `params` fill the message; `describeIssues` turns them into sentences in a language.
 */

export type AnswersMode = 'draft' | 'submit';

export interface AnswersSchemaOptions {
  mode: AnswersMode;
  /** The years of the call's funding period: budget amounts are given per year. */
  years: readonly number[];
  /** Bounds of the requested amount (total costs minus co-funding), in cents, checked when submitting. */
  minCents?: bigint | undefined;
  maxCents?: bigint | undefined;
  /** Validate one section only (the answers of other sections are kept as they are). */
  sectionKey?: string | undefined;
  /** The NIS codes a municipality field accepts (default: the 19 Brussels municipalities). */
  municipalityCodes?: readonly string[] | undefined;
  /** The school ids a school field accepts (default: any uuid; the caller checks the registry). */
  schoolIds?: readonly string[] | undefined;
}

export type FormsMessageKey = Extract<MessageKey, `forms.error.${string}`>;

export const maxTextLength = 300;
export const maxLongTextLength = 20_000;
export const maxListCellLength = 2_000;

const knownMunicipalities = formMunicipalities.map((m) => m.nisCode);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Words of a text, as the word counter counts them. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

export function isIsoDate(value: string): boolean {
  const m = datePattern.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Whether an answer counts as given (for required fields). */
export function isAnswered(field: FieldDefinition, value: AnswerValue): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (field.type === 'targetGroup') return targetGroupTotal(value) > 0;
  if (field.type === 'budget') return ((value as { lines?: unknown[] }).lines?.length ?? 0) > 0;
  return true;
}

function targetGroupTotal(value: unknown): number {
  const v = value as Record<string, Record<string, unknown>>;
  let sum = 0;
  for (const group of ['ageBands', 'levels', 'sexes']) {
    for (const n of Object.values(v?.[group] ?? {})) if (typeof n === 'number' && Number.isFinite(n)) sum += n;
  }
  return sum;
}

type Issue = { path: (string | number)[]; key: FormsMessageKey; params?: Params };

/** The problems of one field's value (formats; required parts when submitting). */
function fieldIssues(field: FieldDefinition, value: unknown, options: AnswersSchemaOptions): Issue[] {
  const issues: Issue[] = [];
  const add = (key: FormsMessageKey, path: (string | number)[] = [], params?: Params) =>
    issues.push({ path: [field.key, ...path], key, ...(params ? { params } : {}) });
  if (value === undefined || value === null) return issues;
  const submit = options.mode === 'submit';
  switch (field.type) {
    case 'text':
    case 'longText': {
      if (typeof value !== 'string') {
        add('forms.error.invalid');
        return issues;
      }
      const max = field.type === 'text' ? maxTextLength : maxLongTextLength;
      if (value.length > max) add('forms.error.tooLong', [], { max });
      if (field.type === 'longText' && field.maxWords) {
        const count = countWords(value);
        if (count > field.maxWords) add('forms.error.tooManyWords', [], { max: field.maxWords, count });
      }
      break;
    }
    case 'number': {
      if (value === '') break;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        add('forms.error.notNumber');
        return issues;
      }
      if (field.min !== undefined && value < field.min) add('forms.error.numberMin', [], { min: field.min });
      if (field.max !== undefined && value > field.max) add('forms.error.numberMax', [], { max: field.max });
      break;
    }
    case 'money': {
      if (value === '') break;
      if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value)) {
        add('forms.error.notMoney');
        return issues;
      }
      const cents = BigInt(value);
      if (cents < 0n) {
        add('forms.error.moneyNegative');
        return issues;
      }
      if (field.min !== undefined && cents < BigInt(Math.round(field.min * 100)))
        add('forms.error.numberMin', [], { min: field.min });
      if (field.max !== undefined && cents > BigInt(Math.round(field.max * 100)))
        add('forms.error.numberMax', [], { max: field.max });
      break;
    }
    case 'date':
      if (value === '') break;
      if (typeof value !== 'string' || !isIsoDate(value)) add('forms.error.notDate');
      break;
    case 'choice':
      if (value === '') break;
      if (typeof value !== 'string' || !field.options?.some((o) => o.value === value)) add('forms.error.unknownOption');
      break;
    case 'multiChoice':
    case 'municipality':
    case 'school': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        add('forms.error.invalid');
        return issues;
      }
      const accepts =
        field.type === 'multiChoice'
          ? (v: string) => field.options?.some((o) => o.value === v) ?? false
          : field.type === 'municipality'
            ? (v: string) => (options.municipalityCodes ?? knownMunicipalities).includes(v)
            : (v: string) => uuidPattern.test(v) && (!options.schoolIds || options.schoolIds.includes(v));
      const key: FormsMessageKey =
        field.type === 'multiChoice'
          ? 'forms.error.unknownOption'
          : field.type === 'municipality'
            ? 'forms.error.unknownMunicipality'
            : 'forms.error.unknownSchool';
      if (value.some((v) => !accepts(v))) add(key);
      break;
    }
    case 'file': {
      const f = value as Record<string, unknown>;
      const ok =
        typeof f === 'object' &&
        typeof f.fileId === 'string' &&
        typeof f.name === 'string' &&
        typeof f.mime === 'string' &&
        typeof f.size === 'number' &&
        Number.isInteger(f.size) &&
        f.size >= 0;
      if (!ok) add('forms.error.notFile');
      break;
    }
    case 'targetGroup': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        add('forms.error.invalid');
        return issues;
      }
      const groups = { ageBands, levels: targetLevels, sexes: targetSexes } as const;
      for (const [group, keys] of Object.entries(groups)) {
        const counts = (value as Record<string, unknown>)[group];
        if (counts === undefined) continue;
        if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
          add('forms.error.invalid', [group]);
          continue;
        }
        for (const [k, n] of Object.entries(counts)) {
          if (!(keys as readonly string[]).includes(k)) add('forms.error.invalid', [group, k]);
          else if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
            add('forms.error.countInvalid', [group, k]);
        }
      }
      break;
    }
    case 'budget':
      budgetIssues(value, options, add);
      break;
    case 'list': {
      if (!Array.isArray(value)) {
        add('forms.error.invalid');
        return issues;
      }
      const rows = value as ListAnswer;
      if (field.maxRows && rows.length > field.maxRows) add('forms.error.tooManyRows', [], { max: field.maxRows });
      rows.forEach((row, i) => {
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          add('forms.error.invalid', ['rows', i]);
          return;
        }
        for (const [col, cell] of Object.entries(row)) {
          const column = field.columns?.find((c) => c.key === col);
          if (!column || typeof cell !== 'string') {
            add('forms.error.invalid', ['rows', i, col]);
            continue;
          }
          if (cell === '') continue;
          const max = column.type === 'text' ? maxTextLength : maxListCellLength;
          if (cell.length > max) add('forms.error.tooLong', ['rows', i, col], { max });
          else if (column.type === 'date' && !isIsoDate(cell)) add('forms.error.notDate', ['rows', i, col]);
          else if (column.type === 'number' && !/^-?\d+([.,]\d+)?$/.test(cell.trim()))
            add('forms.error.notNumber', ['rows', i, col]);
        }
        if (submit) {
          for (const column of field.columns ?? []) {
            if (column.required && !(row[column.key] ?? '').trim())
              add('forms.error.required', ['rows', i, column.key]);
          }
        }
      });
      break;
    }
  }
  return issues;
}

function budgetIssues(
  value: unknown,
  options: AnswersSchemaOptions,
  add: (key: FormsMessageKey, path?: (string | number)[], params?: Params) => void,
) {
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || Array.isArray(v)) {
    add('forms.error.invalid');
    return;
  }
  const years = options.years.map(String);
  const checkAmounts = (amounts: unknown, path: (string | number)[]) => {
    if (typeof amounts !== 'object' || amounts === null || Array.isArray(amounts)) {
      return add('forms.error.invalid', path);
    }
    for (const [year, amount] of Object.entries(amounts)) {
      if (!years.includes(year)) add('forms.error.budgetYear', [...path, year], { year });
      else if (typeof amount !== 'string' || !/^-?\d{1,15}$/.test(amount)) add('forms.error.notMoney', [...path, year]);
      else if (amount.startsWith('-')) add('forms.error.moneyNegative', [...path, year]);
    }
  };
  const lines = v.lines ?? [];
  const cofunding = v.cofunding ?? [];
  if (!Array.isArray(lines)) add('forms.error.invalid', ['lines']);
  else {
    if (lines.length > 200) add('forms.error.tooManyRows', ['lines'], { max: 200 });
    lines.forEach((line: Record<string, unknown>, i) => {
      if (typeof line !== 'object' || line === null) {
        add('forms.error.invalid', ['lines', i]);
        return;
      }
      if (!(budgetCategories as readonly string[]).includes(line.category as string))
        add('forms.error.budgetCategory', ['lines', i, 'category']);
      if (line.label !== undefined && typeof line.label !== 'string') add('forms.error.invalid', ['lines', i, 'label']);
      else if (typeof line.label === 'string' && line.label.length > maxTextLength)
        add('forms.error.tooLong', ['lines', i, 'label'], { max: maxTextLength });
      else if (options.mode === 'submit' && !(line.label as string | undefined)?.trim())
        add('forms.error.lineLabelRequired', ['lines', i, 'label']);
      checkAmounts(line.amounts ?? {}, ['lines', i, 'amounts']);
    });
  }
  if (!Array.isArray(cofunding)) add('forms.error.invalid', ['cofunding']);
  else {
    if (cofunding.length > 50) add('forms.error.tooManyRows', ['cofunding'], { max: 50 });
    cofunding.forEach((line: Record<string, unknown>, i) => {
      if (typeof line !== 'object' || line === null) {
        add('forms.error.invalid', ['cofunding', i]);
        return;
      }
      if (line.source !== undefined && typeof line.source !== 'string')
        add('forms.error.invalid', ['cofunding', i, 'source']);
      else if (typeof line.source === 'string' && line.source.length > maxTextLength)
        add('forms.error.tooLong', ['cofunding', i, 'source'], { max: maxTextLength });
      else if (options.mode === 'submit' && !(line.source as string | undefined)?.trim())
        add('forms.error.sourceRequired', ['cofunding', i, 'source']);
      checkAmounts(line.amounts ?? {}, ['cofunding', i, 'amounts']);
    });
  }
}

/** Budget rules that need the whole budget and the call: checked when submitting only. */
function submitBudgetIssues(field: FieldDefinition, value: unknown, options: AnswersSchemaOptions): Issue[] {
  const issues: Issue[] = [];
  const lines = (value as { lines?: unknown[] } | null | undefined)?.lines ?? [];
  if (lines.length === 0) {
    issues.push({ path: [field.key, 'lines'], key: 'forms.error.budgetNoLines' });
    return issues;
  }
  const totals = budgetTotals(value, options.years);
  // Amounts travel as cents; the message shows them as euros, formatted by describeIssues.
  if (totals.totalCofunding > totals.totalCosts) {
    issues.push({
      path: [field.key, 'cofunding'],
      key: 'forms.error.cofundingAboveTotal',
      params: { cofunding: `¤${totals.totalCofunding}`, total: `¤${totals.totalCosts}` },
    });
  } else if (options.minCents !== undefined && totals.requested < options.minCents) {
    issues.push({
      path: [field.key, 'requested'],
      key: 'forms.error.requestedBelowMin',
      params: { requested: `¤${totals.requested}`, min: `¤${options.minCents}` },
    });
  } else if (options.maxCents !== undefined && totals.requested > options.maxCents) {
    issues.push({
      path: [field.key, 'requested'],
      key: 'forms.error.requestedAboveMax',
      params: { requested: `¤${totals.requested}`, max: `¤${options.maxCents}` },
    });
  }
  return issues;
}

/** The fields a schema looks at: the whole form, or one section. */
export function fieldsOf(form: FormDefinition, sectionKey?: string): FieldDefinition[] {
  const sections = sectionKey ? form.sections.filter((s) => s.key === sectionKey) : form.sections;
  if (sectionKey && sections.length === 0) throw new Error(`Unknown section ${sectionKey}`);
  return sections.flatMap((s) => s.fields);
}

/** Every issue of a set of answers, without zod (what the schema reports). */
export function answersIssues(form: FormDefinition, answers: Answers, options: AnswersSchemaOptions): Issue[] {
  const issues: Issue[] = [];
  for (const field of fieldsOf(form, options.sectionKey)) {
    const value = answers[field.key];
    issues.push(...fieldIssues(field, value, options));
    if (options.mode !== 'submit' || !isShown(field, answers)) continue;
    if (field.type === 'budget') {
      if (!issues.some((i) => i.path[0] === field.key)) issues.push(...submitBudgetIssues(field, value, options));
    } else if (field.required && !isAnswered(field, value)) {
      issues.push({
        path: [field.key],
        key: field.type === 'targetGroup' && value ? 'forms.error.targetGroupEmpty' : 'forms.error.required',
      });
    }
  }
  return issues;
}

/**
 * The zod schema of a form's answers. Parsing keeps the answers of the form's fields (and, when one section is
 * checked, the other fields' answers untouched) and drops keys the form does not know.
 */
export function answersSchema(form: FormDefinition, options: AnswersSchemaOptions) {
  const known = new Set(form.sections.flatMap((s) => s.fields.map((f) => f.key)));
  fieldsOf(form, options.sectionKey); // an unknown section is a programming error: throw now
  return z
    .record(z.string(), z.unknown())
    .transform((input) => Object.fromEntries(Object.entries(input).filter(([k]) => known.has(k))) as Answers)
    .superRefine((answers, ctx) => {
      for (const issue of answersIssues(form, answers, options)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.key, params: issue.params ?? {} });
      }
    });
}

/** A path as the renderer names it: `budget.lines.0.amounts.2025`. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Sentences for the issues of a failed parse, by path (`title`, `budget.lines.0.amounts.2025`): the first issue of
 * each path, in the language asked. Amounts in params (`¤<cents>`) are shown as euros.
 */
export function describeIssues(error: z.ZodError, lang: Lang): Record<string, string> {
  const t = translator(lang);
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = pathKey(issue.path) || '_form';
    if (key in out) continue;
    const params = Object.fromEntries(
      Object.entries(((issue as { params?: Params }).params ?? {}) as Params).map(([k, v]) => [
        k,
        typeof v === 'string' && /^¤-?\d+$/.test(v) ? formatMoney(BigInt(v.slice(1)), lang) : v,
      ]),
    );
    const message = issue.message.startsWith('forms.error.')
      ? (issue.message as FormsMessageKey)
      : 'forms.error.invalid';
    out[key] = t(message, params);
  }
  return out;
}

/** Checks answers and gives either the kept answers or the sentences by path (a shortcut for handlers). */
export function checkAnswers(
  form: FormDefinition,
  answers: Answers,
  options: AnswersSchemaOptions,
  lang: Lang,
): { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> } {
  const result = answersSchema(form, options).safeParse(answers);
  if (result.success) return { ok: true, answers: result.data };
  return { ok: false, errors: describeIssues(result.error, lang) };
}
