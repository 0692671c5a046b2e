import type { DomainError } from '../../../core/errors.ts';
import {
  type DuplicateDecision,
  type FieldChoice,
  type ImportConfirmation,
  type ImportPlan,
  type ImportSession,
  mergeFields,
} from '../../../domain/library/index.ts';
import { reasonText } from '../../../web/pages/library/import-page.tsx';
import { shownTerms } from '../../../web/pages/library/import-preview-page.tsx';
import type { View } from '../../../web/view.ts';
import type { Refusal, RefusalReader } from '../refusal.ts';

/** Largest bibliography file the web import takes. */
export const maxImportUpload = 20 * 1024 * 1024;

const choices = new Set<string>(['existing', 'incoming', 'union']);

/** The librarian's decisions per duplicate line, read from the merge form (anything else is ignored). */
export function decisionsOf(values: Record<string, string>): Record<number, DuplicateDecision> {
  const decisions: Record<number, DuplicateDecision> = {};
  for (const [key, value] of Object.entries(values)) {
    const m = /^dup-(\d{1,9})$/.exec(key);
    if (!m) continue;
    const line = Number(m[1]);
    const seenValue = values[`seen-${line}`] ?? '';
    const seen = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(seenValue) ? seenValue : undefined;
    if (value === 'replace') decisions[line] = { action: 'replace', ...(seen ? { seen } : {}) };
    else if (value === 'merge') {
      const fields: Partial<Record<(typeof mergeFields)[number], FieldChoice>> = {};
      for (const f of mergeFields) {
        const choice = values[`field-${line}-${f}`];
        if (choice && choices.has(choice)) fields[f] = choice as FieldChoice;
      }
      decisions[line] = { action: 'merge', fields, ...(seen ? { seen } : {}) };
    } else decisions[line] = { action: 'skip' };
  }
  return decisions;
}

/** The category mapping chosen on the preview: source term to category code. */
function mappingOf(values: Record<string, string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (let i = 0; i < shownTerms; i++) {
    const term = values[`term-${i}`];
    const code = values[`map-${i}`];
    if (term && code) map[term] = code;
  }
  return map;
}

/** The preview's settings, kept on the session whether the librarian refreshes the preview or confirms. */
export const previewChoicesOf = (
  values: Record<string, string>,
): Pick<ImportSession, 'categoryMap' | 'skipInvalid' | 'publish'> => ({
  categoryMap: mappingOf(values),
  skipInvalid: values.skipInvalid === 'on',
  publish: values.publish === 'on',
});

/** What the confirmation adds: the decision per duplicate, and what to do with the other duplicates. */
export const confirmationOf = (values: Record<string, string>): ImportConfirmation => ({
  decisions: decisionsOf(values),
  onDuplicate: values.rest === 'replace' ? 'update' : 'skip',
});

/** The upload form: the file (or why it cannot be taken) and its options. */
export function uploadOf(body: Record<string, unknown>) {
  const values = Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'),
  );
  const file = body.file;
  const problem =
    !(file instanceof File) || file.size === 0
      ? ('library.manage.noFile' as const)
      : file.size > maxImportUpload
        ? ('library.manage.tooLarge' as const)
        : undefined;
  const options = { skipInvalid: values.skipInvalid === 'on', publish: values.publish === 'on' };
  return { values, file: file instanceof File ? file : null, problem, options };
}

/** A refused confirmation: invalid lines (422) or a record changed since the preview (409), shown on it. */
export type ImportRefusal = Refusal & { error: DomainError };
export const importRefusal: RefusalReader<ImportRefusal> = (error) =>
  error.code === 'VALIDATION' || error.code === 'CONFLICT'
    ? { status: error.code === 'CONFLICT' ? 409 : 422, errors: {}, error }
    : undefined;

/** The lines of a refused import in the reader's language: the invalid entries, or what the refusal names. */
export function problemsOf(view: View, plan: ImportPlan, error: DomainError | undefined) {
  if (error?.code === 'VALIDATION' && plan.rejected.length > 0)
    return plan.rejected.map((l) => ({
      field: `${view.t('library.manage.line')} ${l.line}`,
      message: reasonText(view, l),
    }));
  return error?.fields ?? [];
}
