import type { Translate } from '../../../core/i18n/index.ts';
import { GeoJsonRejected, ImportRejected } from '../../../domain/figures/index.ts';
import type { ImportOutcome } from '../../../web/pages/figures/admin.tsx';
import type { Refusal, RefusalReader } from '../refusal.ts';

/** A text file of the import forms, read; or the sentence saying why there is none to read. */
export type TextUpload = { text: string; name: string; credit: string } | string;

/** Reads the uploaded file of an import form as text, refusing a missing, too large or binary file. */
export async function textUploadOf(body: Record<string, unknown>, max: number, t: Translate): Promise<TextUpload> {
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) return t('figures.import.noFile');
  if (file.size > max) return t('figures.import.tooLarge', { max: Math.round(max / 1024 / 1024) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Text files only: a NUL byte means a binary file whatever its name says.
  if (bytes.includes(0)) return t('figures.import.binary');
  return {
    text: new TextDecoder().decode(bytes),
    name: file.name,
    credit: typeof body.credit === 'string' ? body.credit : '',
  };
}

/** The word of a finished import, from the redirect's query (`?imported=` values, `?boundaries=` 19 shapes). */
export function importOutcomeOf(query: Record<string, string>, t: Translate): ImportOutcome | undefined {
  const done = Number(query.imported);
  const geo = Number(query.boundaries);
  if (Number.isInteger(done) && done > 0) {
    return { form: 'values', kind: 'success', message: t('figures.import.done', { count: done }) };
  }
  if (geo === 19) return { form: 'boundaries', kind: 'success', message: t('figures.geo.imported', { count: geo }) };
  return undefined;
}

/** A refused import: what the import form shows (the reasons, the refused lines). */
export type ImportRefusal = Refusal & { outcome: ImportOutcome };

/** Indicator values refused: how many lines, and each line with its reasons. */
export const valuesRefusal: RefusalReader<ImportRefusal> = (error, t) => {
  if (!(error instanceof ImportRejected)) return undefined;
  const message = t('figures.import.rejected', { count: error.rejected.length });
  return { status: 422, errors: {}, outcome: { form: 'values', kind: 'error', message, rejected: error.rejected } };
};

/** Boundaries refused: why, with the detail the check gave. */
export const boundariesRefusal: RefusalReader<ImportRefusal> = (error, t) => {
  if (!(error instanceof GeoJsonRejected)) return undefined;
  const message = `${t('figures.geo.refused')} ${t(`figures.georeject.${error.reason}`, { detail: error.detail })}`;
  return { status: 422, errors: {}, outcome: { form: 'boundaries', kind: 'error', message } };
};
