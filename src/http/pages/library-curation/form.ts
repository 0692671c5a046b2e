import type { MessageKey, Translate } from '../../../core/i18n/index.ts';
import {
  authorName,
  type LibraryRecord,
  RecordFileError,
  RecordInput,
  type RecordInput as RecordInputType,
  splitParticle,
} from '../../../domain/library/index.ts';
import { fieldLabels, type RecordField, recordFields } from '../../../web/pages/library/record-fields.ts';
import type { Refusal, RefusalReader } from '../refusal.ts';

export { fieldLabels, type RecordField, recordFields };

/** Fields whose refusal has a message of its own; the others say "too long" or "not valid". */
const ownMessage: Partial<Record<string, MessageKey>> = {
  type: 'library.curation.error.type',
  title: 'library.curation.error.title',
  translatedTitles: 'library.curation.error.translatedTitles',
  authors: 'library.curation.error.authors',
  year: 'library.curation.error.year',
  date: 'library.curation.error.date',
  url: 'library.curation.error.url',
  fileUrl: 'library.curation.error.url',
  keywords: 'library.curation.error.keywords',
  categories: 'library.curation.error.categories',
};

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/**
 * One author as a form line: "Family, Given" for a person ("Family," when there is no given name), the bare name
 * for an organisation.
 */
export function authorLine(a: NonNullable<RecordInputType['authors']>[number]): string {
  if (a.organisation) return a.family;
  return a.given ? authorName(a) : `${authorName(a)},`;
}

/** A stored record as the form shows it: lists one item a line, multiple choices one code a line. */
export function valuesOfRecord(r: LibraryRecord): Record<string, string> {
  return {
    type: r.type,
    title: r.title,
    translatedTitles: r.translatedTitles.map((tt) => `${tt.lang}: ${tt.title}`).join('\n'),
    authors: r.authors.map(authorLine).join('\n'),
    year: r.year === null ? '' : String(r.year),
    date: r.date ?? '',
    languages: r.languages.join('\n'),
    journal: r.journal ?? '',
    volume: r.volume ?? '',
    issue: r.issue ?? '',
    pages: r.pages ?? '',
    publisher: r.publisher ?? '',
    place: r.place ?? '',
    doi: r.doi ?? '',
    isbn: r.isbn ?? '',
    issn: r.issn ?? '',
    url: r.url ?? '',
    fileUrl: r.fileUrl ?? '',
    access: r.access,
    licence: r.licence ?? '',
    abstract: r.abstract ?? '',
    keywords: r.keywords.join('\n'),
    categories: r.categories.join('\n'),
    scope: r.scope.join('\n'),
    note: r.note ?? '',
    status: r.status,
    updatedAt: r.updatedAt,
  };
}

/** The values of a new record's form. */
export const newRecordValues = (): Record<string, string> => ({ type: 'report', access: 'open', status: 'draft' });

/**
 * Reads the posted record form into the verbs' input, checked by the schema the verbs use. Problems come back per
 * form field as message keys; lines that cannot be read (a translated title without its language, a year that
 * is not one) are problems of the form itself.
 */
export function inputOfValues(values: Record<string, string>): {
  input: RecordInputType;
  status: 'draft' | 'published';
  problems: Partial<Record<string, MessageKey>>;
} {
  const problems: Partial<Record<string, MessageKey>> = {};
  const translatedTitles = lines(values.translatedTitles).map((line) => {
    const m = /^([A-Za-z]{2,3}(?:-[A-Za-z]{2})?)\s*:\s*(.+)$/.exec(line);
    if (!m) problems.translatedTitles = 'library.curation.error.translatedTitles';
    return { lang: (m?.[1] ?? '').toLowerCase(), title: m?.[2] ?? line };
  });
  const authors = lines(values.authors).map((line) => {
    const comma = line.indexOf(',');
    if (comma < 0) return { family: line, organisation: true };
    const given = line.slice(comma + 1).trim();
    const named = splitParticle(line.slice(0, comma).trim());
    return { ...named, ...(given ? { given } : {}) };
  });
  const yearText = (values.year ?? '').trim();
  let year: number | null = null;
  if (/^\d{4}$/.test(yearText)) year = Number(yearText);
  else if (yearText !== '') problems.year = 'library.curation.error.year';
  const date = optional(values.date);
  if (date !== null && !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) problems.date = 'library.curation.error.date';
  const choices = (name: string) => (values[name] ?? '').split('\n').filter((v) => v !== '');
  const input = {
    type: (values.type ?? '') as RecordInputType['type'],
    title: values.title ?? '',
    translatedTitles,
    authors,
    year,
    date,
    languages: choices('languages') as RecordInputType['languages'],
    abstract: optional(values.abstract),
    keywords: lines(values.keywords),
    categories: choices('categories'),
    publisher: optional(values.publisher),
    place: optional(values.place),
    journal: optional(values.journal),
    volume: optional(values.volume),
    issue: optional(values.issue),
    pages: optional(values.pages),
    doi: optional(values.doi),
    isbn: optional(values.isbn),
    issn: optional(values.issn),
    url: optional(values.url),
    fileUrl: optional(values.fileUrl),
    access: (values.access === 'restricted' ? 'restricted' : 'open') as 'open' | 'restricted',
    licence: optional(values.licence),
    scope: choices('scope') as RecordInputType['scope'],
    note: optional(values.note),
  } satisfies RecordInputType;
  const parsed = RecordInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'title');
      problems[field] ??=
        ownMessage[field] ??
        (issue.code === 'too_big' ? 'library.curation.error.tooLong' : 'library.curation.error.invalid');
    }
  }
  return { input, status: values.status === 'published' ? 'published' : 'draft', problems };
}

/** The message of a refusal the verbs found (unknown categories), per form field. */
export const messageOfField = (field: string): MessageKey => ownMessage[field] ?? 'library.curation.error.invalid';

/** The fields where two versions of the form differ (what the conflict message names). */
export function differingFields(a: Record<string, string>, b: Record<string, string>): RecordField[] {
  const norm = (v: string | undefined) =>
    (v ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
  return recordFields.filter((f) => norm(a[f]) !== norm(b[f]));
}

/** The notices a redirect after an action asks for (`?created` ...), each with its text. */
export const notices = {
  created: 'library.curation.notice.created',
  saved: 'library.curation.notice.saved',
  published: 'library.curation.notice.published',
  unpublished: 'library.curation.notice.unpublished',
  fileAttached: 'library.curation.notice.fileAttached',
  fileRemoved: 'library.curation.notice.fileRemoved',
} as const satisfies Record<string, MessageKey>;

/** The posted form's fields: text as typed, checkboxes (several values) one a line, the CSRF token left out. */
export function recordFormValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    const texts = ([] as unknown[]).concat(v).filter((x): x is string => typeof x === 'string');
    values[k] = texts.join('\n');
  }
  return values;
}

/** Problems as the form shows them: in the page's language, in the order of the fields on the page. */
export function problemMessages(t: Translate, problems: Partial<Record<string, MessageKey>>): Record<string, string> {
  const order = (f: string) => {
    const i = (recordFields as readonly string[]).indexOf(f);
    return i < 0 ? recordFields.length : i;
  };
  return Object.fromEntries(
    Object.entries(problems)
      .sort(([a], [b]) => order(a) - order(b))
      .map(([f, key]) => [f, t(key as MessageKey)]),
  );
}

/**
 * A refused save: fields the verb refused (unknown categories ...), 422; or someone else's save since the form
 * was opened (409, `conflict`), which the page explains with the saved version.
 */
export type RecordRefusal = Refusal & { conflict?: boolean };
export const recordRefusal: RefusalReader<RecordRefusal> = (error, t) => {
  if (error.code === 'CONFLICT') return { status: 409, errors: {}, conflict: true };
  if (error.code !== 'VALIDATION') return undefined;
  const problems = Object.fromEntries(error.fields.map((f) => [f.field, messageOfField(f.field)]));
  return { status: 422, errors: problemMessages(t, problems) };
};

/** What the conflict message says: someone saved first, and the fields where the two versions differ. */
export function conflictMessage(t: Translate, typed: Record<string, string>, saved: LibraryRecord): string {
  const fields = differingFields(typed, valuesOfRecord(saved)).map((f) => t(fieldLabels[f]));
  return [
    t('library.curation.error.conflict'),
    fields.length ? t('library.curation.error.conflictFields', { fields: fields.join(', ') }) : '',
  ]
    .join(' ')
    .trim();
}

/** A refused full text, with the reason (and the size limit) in the reader's language. */
export type FileRefusal = Refusal & { fileError: string };
export const fileRefusal =
  (maxUploadMb: number): RefusalReader<FileRefusal> =>
  (error, t) =>
    error instanceof RecordFileError
      ? { status: 422, errors: {}, fileError: t(`library.curation.file.error.${error.reason}`, { max: maxUploadMb }) }
      : undefined;

/** The full-text form's file, as the verb takes it (empty when none was chosen). */
export async function recordFileOf(body: Record<string, unknown>): Promise<{ fileName: string; content: Uint8Array }> {
  const file = body.file;
  return {
    fileName: file instanceof File ? file.name : '',
    content: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
  };
}
