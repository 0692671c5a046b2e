import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { recordAudit } from '../audit/index.ts';
import { checkCategories, parseRecord } from './input.ts';
import { libraryPolicy } from './policy.ts';
import { toRecord, valuesOf } from './rows.ts';
import type { LibraryRecord, RecordInput } from './schemas.ts';
import { refreshWordList } from './search-engine.ts';

/** Creates a record (librarians), as a draft unless asked to publish it at once. */
export async function createRecord(
  ctx: Context,
  input: RecordInput & { status?: 'draft' | 'published' },
): Promise<LibraryRecord> {
  authorize(libraryPolicy.curate(ctx.actor));
  const data = parseRecord(input);
  const status = input.status === 'published' ? 'published' : 'draft';
  const row = await ctx.db.transaction(async (tx) => {
    await checkCategories(tx, data.categories);
    const [created] = await tx
      .insert(libraryRecords)
      .values({
        ...valuesOf(data),
        status,
        publishedAt: status === 'published' ? ctx.now : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('The insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'library_record.create',
      entityType: 'library_record',
      entityId: created.id,
      changes: { title: data.title, status },
    });
    if (status === 'published') await refreshWordList(tx);
    return created;
  });
  if (status === 'published') bumpPublicDataGeneration();
  return toRecord(row);
}
