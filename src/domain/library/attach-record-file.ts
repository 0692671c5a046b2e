import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { recordAudit } from '../audit/index.ts';
import { cleanFileNameWith, type FileStore } from '../files/index.ts';
import { libraryPolicy } from './policy.ts';
import { toRecord } from './rows.ts';
import { type LibraryRecord, type RecordFileMime, recordFileTypes } from './schemas.ts';

export type RecordFileProblem = 'fileRequired' | 'tooLarge' | 'wrongType';

/** A full text refused, with the reason (`library.curation.file.error.<reason>`). */
export class RecordFileError extends DomainError {
  constructor(readonly reason: RecordFileProblem) {
    super('VALIDATION', `The file was refused: ${reason}`, [{ field: 'file', message: reason }]);
  }
}

/** The type of a full text read from its content (never its name), if it is one the library holds. */
export async function detectRecordFileType(content: Uint8Array): Promise<RecordFileMime | undefined> {
  const found = await fileTypeFromBuffer(content);
  return found && found.mime in recordFileTypes ? (found.mime as RecordFileMime) : undefined;
}

/**
 * Attaches the full text of a record, or replaces the one it has (librarians): PDF, DOCX, ODT or EPUB as read from
 * the content, within the upload size limit. The content is stored once by its SHA-256 before the transaction
 * (a stored file never changes, so an aborted attach only leaves an unused file); the record's file columns, its
 * `updatedAt` and the audit row are written together.
 */
export async function attachRecordFile(
  ctx: Context,
  id: string,
  upload: { fileName: string; content: Uint8Array },
  files: { store: FileStore; maxBytes: number },
): Promise<LibraryRecord> {
  authorize(libraryPolicy.curate(ctx.actor));
  if (upload.content.byteLength === 0) throw new RecordFileError('fileRequired');
  if (upload.content.byteLength > files.maxBytes) throw new RecordFileError('tooLarge');
  const mime = await detectRecordFileType(upload.content);
  if (!mime) throw new RecordFileError('wrongType');
  const [exists] = await ctx.db.select({ id: libraryRecords.id }).from(libraryRecords).where(eq(libraryRecords.id, id));
  if (!exists) throw notFound('Record');
  const { sha256, size } = await files.store.put(upload.content);
  const name = cleanFileNameWith(upload.fileName, recordFileTypes[mime]);
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(libraryRecords).where(eq(libraryRecords.id, id)).for('update');
    if (!current) throw notFound('Record');
    const [updated] = await tx
      .update(libraryRecords)
      .set({ fileSha256: sha256, fileName: name, fileMime: mime, fileSize: size, updatedAt: ctx.now })
      .where(eq(libraryRecords.id, id))
      .returning();
    if (!updated) throw new Error('The update returned no row');
    await recordAudit(tx, ctx, {
      action: 'library_record.attach_file',
      entityType: 'library_record',
      entityId: id,
      changes: {
        file: { name, mime, size, sha256 },
        ...(current.fileSha256 ? { replaced: { name: current.fileName, sha256: current.fileSha256 } } : {}),
      },
    });
    return updated;
  });
  bumpPublicDataGeneration();
  return toRecord(row);
}
