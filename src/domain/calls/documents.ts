import { and, eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { callDocuments } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type AllowedMime, cleanFileName, detectAllowedType, type FileStore } from '../files/index.ts';
import { callPolicy } from './policy.ts';
import { loadCall, toDocument } from './present.ts';
import type { CallDocument } from './schemas.ts';

/** A call's documents are texts and templates: PDF, Word, Excel and OpenDocument text, never images. */
export const documentTypes: readonly AllowedMime[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
];

export type DocumentProblem = 'titleRequired' | 'fileRequired' | 'tooLarge' | 'wrongType';

/** A document refused, with the reason (`calls.error.document.<reason>`). */
export class DocumentError extends DomainError {
  constructor(readonly reason: DocumentProblem) {
    super('VALIDATION', `The document was refused: ${reason}`, [{ field: 'file', message: reason }]);
  }
}

export interface DocumentUpload {
  title: string;
  lang: 'fr' | 'nl' | 'en' | null;
  fileName: string;
  content: Uint8Array;
}

/**
 * Attaches a document to a call (officers). Its type is read from its content, whatever its name says; it must be
 * within the upload size limit. The file is stored once by its SHA-256.
 */
export async function attachDocument(
  ctx: Context,
  code: string,
  upload: DocumentUpload,
  files: { store: FileStore; maxBytes: number },
): Promise<CallDocument> {
  authorize(callPolicy.manage(ctx.actor));
  await loadCall(ctx.db, ctx, code);
  const title = upload.title.trim().slice(0, 200);
  if (!title) throw new DocumentError('titleRequired');
  if (upload.content.byteLength === 0) throw new DocumentError('fileRequired');
  if (upload.content.byteLength > files.maxBytes) throw new DocumentError('tooLarge');
  const mime = await detectAllowedType(upload.content);
  if (!mime || !documentTypes.includes(mime)) throw new DocumentError('wrongType');
  const { sha256, size } = await files.store.put(upload.content);
  const row = await ctx.db.transaction(async (tx) => {
    await loadCall(tx, ctx, code, true);
    const [created] = await tx
      .insert(callDocuments)
      .values({
        callCode: code,
        title,
        lang: upload.lang,
        fileName: cleanFileName(upload.fileName, mime),
        mime,
        size,
        sha256,
        storageKey: sha256,
        createdAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('The document insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'call.attach_document',
      entityType: 'call',
      entityId: code,
      changes: { document: created.id, title, mime, size, sha256 },
    });
    return created;
  });
  bumpPublicDataGeneration();
  return toDocument(row);
}

/** Removes a document from a call (officers); the stored file stays, as others may share its content. */
export async function removeDocument(ctx: Context, code: string, id: string): Promise<void> {
  authorize(callPolicy.manage(ctx.actor));
  await ctx.db.transaction(async (tx) => {
    await loadCall(tx, ctx, code, true);
    const [removed] = await tx
      .delete(callDocuments)
      .where(and(eq(callDocuments.callCode, code), eq(callDocuments.id, id)))
      .returning();
    if (!removed) throw notFound(`Document ${id}`);
    await recordAudit(tx, ctx, {
      action: 'call.remove_document',
      entityType: 'call',
      entityId: code,
      changes: { document: id, title: removed.title, sha256: removed.sha256 },
    });
  });
  bumpPublicDataGeneration();
}

/** A document of a call with its content, for whoever may see the call. */
export async function getDocument(
  ctx: Context,
  code: string,
  id: string,
  store: FileStore,
): Promise<{ document: CallDocument; content: Buffer }> {
  await loadCall(ctx.db, ctx, code);
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound(`Document ${id}`);
  const [row] = await ctx.db
    .select()
    .from(callDocuments)
    .where(and(eq(callDocuments.callCode, code), eq(callDocuments.id, id)));
  if (!row) throw notFound(`Document ${id}`);
  return { document: toDocument(row), content: await store.get(row.storageKey) };
}
