import { checkCsvUpload, maxImportBytes, type UploadProblem } from '../../../domain/schools/index.ts';

/** The import form: the CSV's bytes, or the problem with the file; and whether refused lines are skipped. */
export type SchoolUpload =
  | { skipInvalid: boolean; bytes: Uint8Array; problem?: undefined }
  | { skipInvalid: boolean; problem: UploadProblem };

/** Reads the import form. A file past the limit is not read at all. */
export async function schoolUploadOf(body: Record<string, unknown>): Promise<SchoolUpload> {
  const skipInvalid = body.skipInvalid === 'true' || body.skipInvalid === 'on';
  const file = body.file instanceof File ? body.file : null;
  if (file && file.size > maxImportBytes) return { skipInvalid, problem: 'tooLarge' };
  const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
  const problem = await checkCsvUpload(bytes);
  if (problem || !bytes) return { skipInvalid, problem: problem ?? 'missing' };
  return { skipInvalid, bytes };
}

/** The registry's search (`?q=`), cut to a sane length. */
export const schoolSearchOf = (query: Record<string, string>): string => (query.q ?? '').slice(0, 200);
