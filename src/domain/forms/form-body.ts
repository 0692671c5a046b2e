import { parseEuros } from './budget.ts';
import {
  type Answers,
  type AnswerValue,
  ageBands,
  type BudgetAnswer,
  type BudgetCategory,
  type FieldDefinition,
  type SectionDefinition,
  targetLevels,
  targetSexes,
} from './definition.ts';

/**
 * Reading one section of an application form posted as an ordinary HTML form (urlencoded or multipart), so the
 * form works without JavaScript. The inputs are named after the answer paths, prefixed with `f.`:
 *
 * - `f.<key>`: text, long text, number, money (euros as typed), date, choice; repeated for multiple choice,
 *   municipalities and schools (checkboxes or a multiple select); a missing name means nothing chosen.
 * - `f.<key>.lines.<i>.category|label`, `f.<key>.lines.<i>.amounts.<year>`: budget lines;
 *   `f.<key>.cofunding.<i>.source`, `f.<key>.cofunding.<i>.amounts.<year>`: co-funding lines.
 * - `f.<key>.ageBands.<band>`, `f.<key>.levels.<level>`, `f.<key>.sexes.<sex>`: target group counts.
 * - `f.<key>.rows.<i>.<column>`: list rows.
 * - `f.<key>.remove=1`: take away the attached file (the upload itself, `file.<key>`, is the caller's business).
 * - a submit button `addRows=<key>` asks for more empty rows in a budget or list (see `addRowsRequested`).
 *
 * Rows left entirely empty are dropped. Values that cannot be read (a word in an amount) are kept as typed, so the
 * schema refuses them with a message and the person sees what they typed.
 */

export type FormBody = Record<string, string | string[] | File | (string | File)[]>;

/** The prefix of every answer input. */
export const inputPrefix = 'f.';

/** The input name of an answer path: `inputName('budget', 'lines', 0, 'label')` gives `f.budget.lines.0.label`. */
export function inputName(...path: (string | number)[]): string {
  return inputPrefix + path.join('.');
}

/** The element id of an answer path (`field-<path>`), which error summaries link to. */
export function inputId(...path: (string | number)[]): string {
  return `field-${path.join('.')}`;
}

function one(body: FormBody, name: string): string | undefined {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
}

function many(body: FormBody, name: string): string[] {
  const v = body[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return [...new Set(all.filter((x): x is string => typeof x === 'string' && x !== ''))];
}

/** The row indexes present in the body under a prefix (`f.budget.lines.`), in order. */
function rowIndexes(body: FormBody, prefix: string): number[] {
  const found = new Set<number>();
  for (const name of Object.keys(body)) {
    if (!name.startsWith(prefix)) continue;
    const index = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(index) && index >= 0 && index < 1000) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** Euros as typed into cents, or the typed text when it is not an amount (the schema then refuses it). */
function money(typed: string): string {
  return parseEuros(typed) ?? typed.trim();
}

function amounts(body: FormBody, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(body)) {
    if (!name.startsWith(prefix)) continue;
    const year = name.slice(prefix.length);
    const typed = (one(body, name) ?? '').trim();
    if (typed !== '') out[year] = money(typed);
  }
  return out;
}

function numberOrTyped(typed: string): number | string {
  const s = typed.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return typed.trim();
}

function readField(field: FieldDefinition, body: FormBody, existing: AnswerValue): AnswerValue {
  const name = inputName(field.key);
  switch (field.type) {
    case 'text':
    case 'longText':
      return (one(body, name) ?? '').replace(/\r\n/g, '\n').trim();
    case 'date':
    case 'choice':
      return (one(body, name) ?? '').trim();
    case 'number': {
      const typed = (one(body, name) ?? '').trim();
      return typed === '' ? null : numberOrTyped(typed);
    }
    case 'money': {
      const typed = (one(body, name) ?? '').trim();
      return typed === '' ? null : money(typed);
    }
    case 'multiChoice':
    case 'municipality':
    case 'school':
      return many(body, name);
    case 'file':
      return one(body, `${name}.remove`) === '1' ? null : (existing ?? null);
    case 'targetGroup': {
      const read = (group: string, keys: readonly string[]) => {
        const out: Record<string, number | string> = {};
        for (const k of keys) {
          const typed = (one(body, inputName(field.key, group, k)) ?? '').trim();
          if (typed === '') continue;
          out[k] = /^\d+$/.test(typed) ? Number(typed) : typed;
        }
        return out;
      };
      return {
        ageBands: read('ageBands', ageBands),
        levels: read('levels', targetLevels),
        sexes: read('sexes', targetSexes),
      } as AnswerValue;
    }
    case 'budget': {
      const budget: BudgetAnswer = { lines: [], cofunding: [] };
      const linesPrefix = `${name}.lines.`;
      for (const i of rowIndexes(body, linesPrefix)) {
        const label = (one(body, `${linesPrefix}${i}.label`) ?? '').trim();
        const lineAmounts = amounts(body, `${linesPrefix}${i}.amounts.`);
        // The category select always has a value: a row counts as empty without a label and amounts.
        if (!label && Object.keys(lineAmounts).length === 0) continue;
        const category = (one(body, `${linesPrefix}${i}.category`) ?? '') as BudgetCategory;
        budget.lines.push({ category, label, amounts: lineAmounts });
      }
      const coPrefix = `${name}.cofunding.`;
      for (const i of rowIndexes(body, coPrefix)) {
        const source = (one(body, `${coPrefix}${i}.source`) ?? '').trim();
        const lineAmounts = amounts(body, `${coPrefix}${i}.amounts.`);
        if (!source && Object.keys(lineAmounts).length === 0) continue;
        budget.cofunding.push({ source, amounts: lineAmounts });
      }
      return budget;
    }
    case 'list': {
      const prefix = `${name}.rows.`;
      const rows: Record<string, string>[] = [];
      for (const i of rowIndexes(body, prefix)) {
        const row: Record<string, string> = {};
        for (const column of field.columns ?? []) {
          row[column.key] = (one(body, `${prefix}${i}.${column.key}`) ?? '').replace(/\r\n/g, '\n').trim();
        }
        if (Object.values(row).some((v) => v !== '')) rows.push(row);
      }
      return rows;
    }
  }
}

/**
 * The answers after one section was posted: the existing answers, with this section's fields replaced by what the
 * body holds. The result still has to be checked with `answersSchema(form, { sectionKey, ... })`.
 */
export function answersFromFormBody(section: SectionDefinition, body: FormBody, existing: Answers): Answers {
  const answers: Answers = { ...existing };
  for (const field of section.fields) answers[field.key] = readField(field, body, existing[field.key]);
  return answers;
}

/** The budget or list field whose "add rows" button was pressed, if any (`addRows=<key>`). */
export function addRowsRequested(section: SectionDefinition, body: FormBody): string | undefined {
  const key = one(body, 'addRows');
  return section.fields.some((f) => f.key === key && (f.type === 'budget' || f.type === 'list')) ? key : undefined;
}
