import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import type { FileStore } from '../files/index.ts';
import { getRecord } from './get-record.ts';
import { libraryPolicy } from './policy.ts';
import type { LibraryRecord, RecordFile } from './schemas.ts';

/**
 * The full text a record holds, with its content, for whoever may have it: a published record's open-access file
 * for everyone, a restricted one for curators only (FORBIDDEN for others). `file` is null when the library holds
 * none (the record may still point at an external `fileUrl`). Drafts stay unknown to non-curators (NOT_FOUND).
 */
export async function getRecordFile(
  ctx: Context,
  id: string,
  store: FileStore,
): Promise<{ record: LibraryRecord; file: { info: RecordFile; content: Buffer } | null }> {
  const record = await getRecord(ctx, id);
  if (!record.file) return { record, file: null };
  authorize(libraryPolicy.downloadFile(ctx.actor, record.access));
  return { record, file: { info: record.file, content: await store.get(record.file.sha256) } };
}
