import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { calls } from '../../db/schema/index.ts';
import { loadSources } from '../sources/index.ts';
import { byPeriodDesc, toCall } from './present.ts';
import type { Call, CallFilter } from './schemas.ts';

/** Calls for projects, newest first, optionally of one scheme or covering one year. Public. */
export async function listCalls(ctx: Context, filter: CallFilter = {}): Promise<Call[]> {
  const conditions: SQL[] = [];
  if (filter.scheme) conditions.push(eq(calls.schemeCode, filter.scheme));
  if (filter.year !== undefined) {
    conditions.push(lte(calls.periodStart, filter.year), gte(calls.periodEnd, filter.year));
  }
  const rows = (
    await ctx.db
      .select()
      .from(calls)
      .where(conditions.length ? and(...conditions) : undefined)
  ).sort(byPeriodDesc);
  const sourceMap = await loadSources(
    ctx,
    rows.flatMap((r) => (r.sourceId ? [r.sourceId] : [])),
  );
  return rows.map((r) => toCall(r, sourceMap));
}
