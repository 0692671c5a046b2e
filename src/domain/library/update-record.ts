import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { recordAudit } from '../audit/index.ts';
import { checkCategories, parseRecord } from './input.ts';
import { libraryPolicy } from './policy.ts';
import { dataOfRecord, toRecord, valuesOf } from './rows.ts';
import type { LibraryRecord, RecordInput } from './schemas.ts';
import { refreshWordList } from './search-engine.ts';

/** JSON with object keys sorted: jsonb hands objects back with its own key order (authors), which is no change. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * Replaces a record's data (librarians); the audit row lists each changed field with its old and new value. With
 * `expectedUpdatedAt` (the `updatedAt` the editor was shown), a record changed since then is refused (CONFLICT),
 * so that one curator's save never silently undoes another's.
 */
export async function updateRecord(
  ctx: Context,
  id: string,
  input: RecordInput,
  options: { expectedUpdatedAt?: string } = {},
): Promise<LibraryRecord> {
  authorize(libraryPolicy.curate(ctx.actor));
  const data = parseRecord(input);
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(libraryRecords).where(eq(libraryRecords.id, id)).for('update');
    if (!current) throw notFound('Record');
    if (options.expectedUpdatedAt !== undefined && current.updatedAt.toISOString() !== options.expectedUpdatedAt) {
      throw new DomainError('CONFLICT', 'The record was changed by someone else since it was opened');
    }
    await checkCategories(tx, data.categories);
    const before = dataOfRecord(toRecord(current)) as Record<string, unknown>;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(data)) {
      if (canonical(before[key]) !== canonical(value)) {
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
