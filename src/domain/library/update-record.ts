import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { recordAudit } from '../audit/index.ts';
import { checkCategories, parseRecord } from './input.ts';
import { libraryPolicy } from './policy.ts';
import { dataOfRecord, toRecord, valuesOf } from './rows.ts';
import type { LibraryRecord, RecordInput } from './schemas.ts';
import { refreshWordList } from './search-engine.ts';

/** Replaces a record's data (librarians); the audit row lists each changed field with its old and new value. */
export async function updateRecord(ctx: Context, id: string, input: RecordInput): Promise<LibraryRecord> {
  authorize(libraryPolicy.curate(ctx.actor));
  const data = parseRecord(input);
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(libraryRecords).where(eq(libraryRecords.id, id)).for('update');
    if (!current) throw notFound('Record');
    await checkCategories(tx, data.categories);
    const before = dataOfRecord(toRecord(current)) as Record<string, unknown>;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(data)) {
      if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) {
        changes[key] = { from: before[key] ?? null, to: value };
      }
    }
    if (Object.keys(changes).length === 0) return current;
    const [updated] = await tx
      .update(libraryRecords)
      .set({ ...valuesOf(data), updatedAt: ctx.now })
      .where(eq(libraryRecords.id, id))
      .returning();
    if (!updated) throw new Error('The update returned no row');
    await recordAudit(tx, ctx, {
      action: 'library_record.update',
      entityType: 'library_record',
      entityId: id,
      changes,
    });
    if (updated.status === 'published') await refreshWordList(tx);
    return updated;
  });
  bumpPublicDataGeneration();
  return toRecord(row);
}
