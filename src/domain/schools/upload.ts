import { fileTypeFromBuffer } from 'file-type';

/** The largest CSV file the registry import takes, upload or API body. */
export const maxImportBytes = 5 * 1024 * 1024;

export type UploadProblem = 'missing' | 'tooLarge' | 'notCsv';

/**
 * Checks an uploaded file from its content, not its name: present, at most 5 MB, and text (no NUL byte, and no
 * known binary signature such as a spreadsheet, a PDF or an image).
 */
export async function checkCsvUpload(bytes: Uint8Array | null): Promise<UploadProblem | null> {
  if (!bytes || bytes.length === 0) return 'missing';
  if (bytes.length > maxImportBytes) return 'tooLarge';
  if (bytes.subarray(0, 64 * 1024).includes(0)) return 'notCsv';
  const type = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024));
  return type ? 'notCsv' : null;
}
