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
import { refreshWordList } from './search-engine.ts';

/** Publishes a draft or takes a published record back to draft (librarians). Doing it twice changes nothing. */
export async function setRecordStatus(ctx: Context, id: string, status: 'draft' | 'published'): Promise<LibraryRecord> {
  authorize(libraryPolicy.curate(ctx.actor));
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(libraryRecords).where(eq(libraryRecords.id, id)).for('update');
    if (!current) throw notFound('Record');
    if (current.status === status) return current;
    const [updated] = await tx
      .update(libraryRecords)
      .set({ status, updatedAt: ctx.now, ...(status === 'published' ? { publishedAt: ctx.now } : {}) })
      .where(eq(libraryRecords.id, id))
      .returning();
    if (!updated) throw new Error('The update returned no row');
    await recordAudit(tx, ctx, {
      action: status === 'published' ? 'library_record.publish' : 'library_record.unpublish',
      entityType: 'library_record',
      entityId: id,
      changes: { status: { from: current.status, to: status } },
    });
    await refreshWordList(tx);
    return updated;
  });
  bumpPublicDataGeneration();
  return toRecord(row);
}
