import { eq, sql } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { loadRecords } from './load-records.ts';
import { libraryPolicy } from './policy.ts';
import { toRecord } from './rows.ts';
import type { LibraryRecord } from './schemas.ts';
import { relatedIds } from './search-engine.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One record: published ones for everyone, drafts for librarians only (others are told it does not exist). */
export async function getRecord(ctx: Context, id: string): Promise<LibraryRecord> {
  if (!uuidPattern.test(id)) throw notFound('Record');
  const [row] = await ctx.db.select().from(libraryRecords).where(eq(libraryRecords.id, id));
  if (!row) throw notFound('Record');
  if (row.status !== 'published' && !libraryPolicy.readDraft(ctx.actor).ok) throw notFound('Record');
  return toRecord(row);
}

/** Published records sharing authors, keywords or categories with this one. */
export async function relatedRecords(ctx: Context, id: string, limit = 5): Promise<LibraryRecord[]> {
  const ids = await relatedIds(ctx.db, id, limit);
  const records = await loadRecords(ctx.db, ids);
  return ids.flatMap((i) => records.get(i) ?? []);
}

/**
 * Counts one view or one download of a published record. Only the number grows: nothing about the visitor is
 * kept. Not audited (it is not a change anyone makes).
 */
export async function countUse(ctx: Context, id: string, what: 'view' | 'download'): Promise<void> {
  if (!uuidPattern.test(id)) return;
  const column = what === 'view' ? libraryRecords.views : libraryRecords.downloads;
  await ctx.db
    .update(libraryRecords)
    .set(what === 'view' ? { views: sql`${column} + 1` } : { downloads: sql`${column} + 1` })
    .where(sql`${libraryRecords.id} = ${id} AND ${libraryRecords.status} = 'published'`);
}
