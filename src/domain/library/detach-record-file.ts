import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { recordAudit } from '../audit/index.ts';
import { libraryPolicy } from './policy.ts';
import { toRecord } from './rows.ts';
import type { LibraryRecord } from './schemas.ts';

/**
 * Removes a record's stored full text (librarians); an external `fileUrl` then applies again. The stored content
 * stays in the file store, as other records or areas may hold the same bytes. Removing nothing changes nothing.
 */
export async function detachRecordFile(ctx: Context, id: string): Promise<LibraryRecord> {
  authorize(libraryPolicy.curate(ctx.actor));
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(libraryRecords).where(eq(libraryRecords.id, id)).for('update');
    if (!current) throw notFound('Record');
    if (!current.fileSha256) return current;
    const [updated] = await tx
      .update(libraryRecords)
      .set({ fileSha256: null, fileName: null, fileMime: null, fileSize: null, updatedAt: ctx.now })
      .where(eq(libraryRecords.id, id))
      .returning();
    if (!updated) throw new Error('The update returned no row');
    await recordAudit(tx, ctx, {
      action: 'library_record.detach_file',
      entityType: 'library_record',
      entityId: id,
      changes: { file: { name: current.fileName, mime: current.fileMime, sha256: current.fileSha256 } },
    });
    return updated;
  });
  bumpPublicDataGeneration();
  return toRecord(row);
}
