import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { fold } from './names.ts';
import { libraryPolicy } from './policy.ts';
import { toRecord } from './rows.ts';
import type { LibraryRecord } from './schemas.ts';
import { curationTextFilter } from './search-engine.ts';
import { cleanQuery } from './search-records.ts';

/** Records on one page of the curators' list. */
export const curationPageSize = 50;

export interface CurationList {
  records: LibraryRecord[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The curators' list (librarians): drafts and published records, last changed first, narrowed by status and by
 * a text (words of any field, a piece of the title, or a DOI).
 */
export async function listRecordsForCuration(
  ctx: Context,
  filter: { q?: string; status?: 'draft' | 'published' | null; page?: number },
): Promise<CurationList> {
  authorize(libraryPolicy.curate(ctx.actor));
  const { q } = cleanQuery(filter.q ?? '');
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(libraryRecords.status, filter.status));
  if (q) conditions.push(curationTextFilter(q, fold(q)));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Number.isFinite(filter.page) ? Math.max(1, Math.min(10_000, Math.trunc(filter.page as number))) : 1;
  const [totalRow] = await ctx.db.select({ n: count() }).from(libraryRecords).where(where);
  const rows = await ctx.db
    .select()
    .from(libraryRecords)
    .where(where)
    .orderBy(desc(libraryRecords.updatedAt), libraryRecords.id)
    .limit(curationPageSize)
    .offset((page - 1) * curationPageSize);
  return { records: rows.map(toRecord), total: Number(totalRow?.n ?? 0), page, pageSize: curationPageSize };
}
