import { and, asc, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { toRecord } from './rows.ts';
import type { LibraryRecord } from './schemas.ts';

export interface HarvestQuery {
  from?: Date;
  until?: Date;
  /** A category code. */
  set?: string;
  offset: number;
  limit: number;
}

/**
 * Published records by the time they last changed, oldest first, for harvesters (OAI-PMH). The order is stable
 * (time, then id), so that a harvest pages through every record once.
 */
export async function harvestRecords(
  ctx: Context,
  query: HarvestQuery,
): Promise<{ total: number; records: LibraryRecord[]; earliest: Date | null }> {
  const conditions: SQL[] = [eq(libraryRecords.status, 'published')];
  if (query.from) conditions.push(gte(libraryRecords.updatedAt, query.from));
  if (query.until) conditions.push(lte(libraryRecords.updatedAt, query.until));
  if (query.set) conditions.push(sql`${libraryRecords.categories} @> ARRAY[${query.set}]::text[]`);
  const where = and(...conditions);
  const [totals] = await ctx.db.select({ n: count() }).from(libraryRecords).where(where);
  const rows = await ctx.db
    .select()
    .from(libraryRecords)
    .where(where)
    .orderBy(asc(libraryRecords.updatedAt), asc(libraryRecords.id))
    .limit(query.limit)
    .offset(query.offset);
  const [first] = await ctx.db
    .select({ at: sql<string | null>`min(${libraryRecords.updatedAt})` })
    .from(libraryRecords)
    .where(eq(libraryRecords.status, 'published'));
  return {
    total: Number(totals?.n ?? 0),
    records: rows.map(toRecord),
    earliest: first?.at ? new Date(first.at) : null,
  };
}
