import type { MessageKey } from '../../../core/i18n/index.ts';
import { languages } from '../../../core/i18n/index.ts';
import {
  type CallDetail,
  CallInputError,
  type CallPatch,
  DocumentError,
  type DocumentUpload,
  FormVersionError,
  instantToBrussels,
} from '../../../domain/calls/index.ts';
import type { EligibilityQuestion, Rubric } from '../../../domain/forms/index.ts';
import type { Refusal, RefusalReader } from '../refusal.ts';

/** The notices a redirect after an action asks for (`?created` ...), each with its text. */
export const notices = {
  created: 'call.notice.created',
  updated: 'call.notice.updated',
  phase: 'call.notice.phase',
  formSaved: 'call.notice.formSaved',
  formNewVersion: 'call.notice.formNewVersion',
  documentAdded: 'call.notice.documentAdded',
  documentRemoved: 'call.notice.documentRemoved',
} as const satisfies Record<string, MessageKey>;

/** Euros as people type them (`1 250 000`, `1250000,50`) to cents, or undefined when it is not an amount. */
export function eurosToCents(input: string): number | undefined {
  const compact = input.replace(/[\s\u00a0\u202f'’€]/g, '');
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Cents written back as plain euros for a form field. */
export const centsToEuros = (cents: number | null) =>
  cents === null ? '' : cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);

/** A call's values as its edit form shows them. */
export function valuesOfCall(call: CallDetail): Record<string, string> {
  const values: Record<string, string> = {
    periodStart: String(call.periodStart),
    periodEnd: String(call.periodEnd),
    opensAt: call.opensAt ? instantToBrussels(new Date(call.opensAt)) : '',
    closesAt: call.closesAt ? instantToBrussels(new Date(call.closesAt)) : '',
    envelopeCents: centsToEuros(call.envelopeCents),
    envelopeByYear: Object.entries(call.envelopeByYear ?? {})
      .map(([y, c]) => `${y}: ${centsToEuros(c)}`)
      .join('\n'),
    minPerProjectCents: centsToEuros(call.minPerProjectCents),
    maxPerProjectCents: centsToEuros(call.maxPerProjectCents),
    eligibleTypes: call.eligibleTypes.join(','),
  };
  for (const l of languages) {
    values[`title_${l}`] = call.title[l];
    values[`body_${l}`] = call.body?.[l] ?? '';
    values[`whoMayApply_${l}`] = call.whoMayApply?.[l] ?? '';
  }
  call.eligibilityQuestions.forEach((q, i) => {
    values[`eligibilityQuestions_${i}_key`] = q.key;
    values[`eligibilityQuestions_${i}_blockingAnswer`] = q.blockingAnswer;
    for (const l of languages) {
      values[`eligibilityQuestions_${i}_question_${l}`] = q.question[l];
      values[`eligibilityQuestions_${i}_reason_${l}`] = q.reason[l];
    }
  });
  return values;
}

/** Reads a posted form: every text field, and the ticked organisation types joined by commas. */
export function callFormValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (k === 'eligibleTypes') values[k] = ([] as unknown[]).concat(v).map(String).join(',');
    else if (typeof v === 'string') values[k] = v;
  }
  return values;
}

/** How many rows of a repeated group (`<prefix>_<n>_...`) the form holds. */
export const rowCount = (values: Record<string, string>, prefix: string) => {
  let n = 0;
  for (const k of Object.keys(values)) {
    const m = new RegExp(`^${prefix}_(\\d+)_`).exec(k);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
};

/**
 * The call form as input: texts, settings (money in euros), ticked types and the filled question rows. Problems
 * of the form itself (an amount that is not one) come back with the field they belong to. `rows` maps the
 * index of each kept question to its row on the page, so the verb's problems land on the right row.
 */
export function inputOfForm(values: Record<string, string>, withSettings: boolean) {
  const problems: Record<string, MessageKey> = {};
  const localized = (prefix: string) => ({
    fr: values[`${prefix}_fr`] ?? '',
    nl: values[`${prefix}_nl`] ?? '',
    en: values[`${prefix}_en`] ?? '',
  });
  const input: CallPatch & { schemeCode?: string } = {
    title: localized('title'),
    body: localized('body'),
    whoMayApply: localized('whoMayApply'),
  };
  const rows: number[] = [];
  if (!withSettings) return { input, problems, rows };
  const money = (name: 'envelopeCents' | 'minPerProjectCents' | 'maxPerProjectCents') => {
    const cents = eurosToCents(values[name] ?? '');
    if (cents === undefined) problems[name] = (values[name] ?? '').trim() ? 'call.error.money' : 'call.error.required';
    else input[name] = cents;
  };
  money('envelopeCents');
  money('minPerProjectCents');
  money('maxPerProjectCents');
  const year = (name: 'periodStart' | 'periodEnd') => {
    const raw = (values[name] ?? '').trim();
    if (raw === '') {
      if (name === 'periodStart') problems[name] = 'call.error.required';
      return;
    }
    if (/^\d{4}$/.test(raw)) input[name] = Number(raw);
    else problems[name] = 'call.error.invalid';
  };
  year('periodStart');
  year('periodEnd');
  input.opensAt = (values.opensAt ?? '').trim();
  input.closesAt = (values.closesAt ?? '').trim();
  const split: Record<string, number> = {};
  for (const line of (values.envelopeByYear ?? '').split('\n')) {
    if (!line.trim()) continue;
    const m = /^\s*(\d{4})\s*[:=]\s*(.+)$/.exec(line);
    const cents = m ? eurosToCents(m[2] ?? '') : undefined;
    if (!m || cents === undefined) problems.envelopeByYear = 'call.error.splitLine';
    else split[m[1] as string] = cents;
  }
  input.envelopeByYear = Object.keys(split).length ? split : null;
  input.eligibleTypes = (values.eligibleTypes ?? '').split(',').filter(Boolean) as CallPatch['eligibleTypes'];
  const questions: EligibilityQuestion[] = [];
  for (let i = 0; i < rowCount(values, 'eligibilityQuestions'); i++) {
    const key = (values[`eligibilityQuestions_${i}_key`] ?? '').trim();
    if (!key) continue;
    rows.push(i);
    questions.push({
      key,
      question: localized(`eligibilityQuestions_${i}_question`),
      blockingAnswer: values[`eligibilityQuestions_${i}_blockingAnswer`] === 'yes' ? 'yes' : 'no',
      reason: localized(`eligibilityQuestions_${i}_reason`),
    });
  }
  input.eligibilityQuestions = questions;
  return { input, problems, rows };
}

/** A verb's field path (`title.fr`, `eligibilityQuestions.0.reason.nl`) as the name of the form field. */
const formFieldOf = (field: string, rows: number[]) =>
  field
    .replace(/^eligibilityQuestions\.(\d+)/, (_, i: string) => `eligibilityQuestions.${rows[Number(i)] ?? i}`)
    .replaceAll('.', '_');

/** The rubric rows of the form editor as a rubric (rows with a blank key are left out). */
export function rubricOfForm(values: Record<string, string>): unknown {
  const criteria: unknown[] = [];
  const number = (v: string | undefined) => {
    const s = (v ?? '').trim().replace(',', '.');
    return s === '' ? undefined : Number(s);
  };
  for (let i = 0; i < rowCount(values, 'rubric'); i++) {
    const key = (values[`rubric_${i}_key`] ?? '').trim();
    if (!key) continue;
    const threshold = number(values[`rubric_${i}_threshold`]);
    criteria.push({
      key,
      label: {
        fr: values[`rubric_${i}_label_fr`] ?? '',
        nl: values[`rubric_${i}_label_nl`] ?? '',
        en: values[`rubric_${i}_label_en`] ?? '',
      },
      weight: number(values[`rubric_${i}_weight`]),
      maxScore: number(values[`rubric_${i}_maxScore`]),
      ...(threshold === undefined ? {} : { threshold }),
    });
  }
  return { criteria };
}

/** A rubric as the form editor shows it, one row per criterion. */
export function valuesOfRubric(rubric: Rubric): Record<string, string> {
  const values: Record<string, string> = {};
  rubric.criteria.forEach((c, i) => {
    values[`rubric_${i}_key`] = c.key;
    for (const l of languages) values[`rubric_${i}_label_${l}`] = c.label[l];
    values[`rubric_${i}_weight`] = String(c.weight);
    values[`rubric_${i}_maxScore`] = String(c.maxScore);
    values[`rubric_${i}_threshold`] = c.threshold === undefined ? '' : String(c.threshold);
  });
  return values;
}

/** The definition the form editor posted, read as JSON; or the parser's complaint. */
export function definitionOf(values: Record<string, string>): { definition: unknown } | { error: string } {
  try {
    return { definition: JSON.parse(values.definition ?? '') };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The call form's problems, each in the reader's language at its field. */
export const problemMessages = (t: (key: MessageKey) => string, problems: Record<string, string>) =>
  Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k as MessageKey)]));

/** Refused call settings, each problem at the form field it belongs to (`rows` maps question rows back). */
export const callRefusal =
  (rows: number[]): RefusalReader =>
  (error, t) =>
    error instanceof CallInputError
      ? {
          status: 422,
          errors: problemMessages(
            t,
            Object.fromEntries(error.problems.map((p) => [formFieldOf(p.field, rows), `call.error.${p.reason}`])),
          ),
        }
      : undefined;

/** Refused form and rubric: each problem at its part (definition or rubric), with the path inside it. */
export const formVersionRefusal: RefusalReader = (error, t) => {
  if (!(error instanceof FormVersionError)) return undefined;
  const errors: Record<string, string> = {};
  for (const p of error.problems) {
    const message = t('call.error.formAt', { path: p.path || '/', message: p.message });
    errors[p.part] = errors[p.part] ? `${errors[p.part]} · ${message}` : message;
  }
  return { status: 422, errors };
};

/** A refused document: the reason, shown in the documents section of the call's page. */
export type DocumentRefusal = Refusal & { documentError: string };
export const documentRefusal: RefusalReader<DocumentRefusal> = (error, t) =>
  error instanceof DocumentError
    ? { status: 422, errors: {}, documentError: t(`call.error.document.${error.reason}`) }
    : undefined;

/** The document form: its title, language (or none) and file (empty when none was chosen). */
export async function documentUploadOf(body: Record<string, unknown>): Promise<DocumentUpload> {
  const file = body.file;
  const lang = typeof body.lang === 'string' && (languages as readonly string[]).includes(body.lang) ? body.lang : null;
  return {
    title: typeof body.title === 'string' ? body.title : '',
    lang: lang as DocumentUpload['lang'],
    fileName: file instanceof File ? file.name : '',
    content: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
  };
}
