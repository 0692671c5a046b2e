import { and, eq, gte, lte, ne, type SQL } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { calls } from '../../db/schema/index.ts';
import { managesCalls } from '../calls/index.ts';
import { loadSources } from '../sources/index.ts';
import { byPeriodDesc, toCall } from './present.ts';
import type { Call, CallFilter } from './schemas.ts';

/** Calls for projects, newest first, each with its state now, optionally of one scheme or covering one year. */
export async function listCalls(ctx: Context, filter: CallFilter = {}): Promise<Call[]> {
  const conditions: SQL[] = [];
  // Drafts are seen by officers and admins only.
  if (!managesCalls(ctx.actor)) conditions.push(ne(calls.phase, 'draft'));
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
  return rows.map((r) => toCall(r, sourceMap, ctx.now));
}
