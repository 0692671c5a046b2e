import { and, asc, gte, lt, type SQL } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { badRequest } from '../../core/errors.ts';
import { timelineEvents } from '../../db/schema/index.ts';
import { loadSources, sourceOf } from '../sources/index.ts';
import type { TimelineEvent, TimelineFilter } from './schemas.ts';

/** The policy timeline in date order, optionally between two years (both included). Public. */
export async function listTimeline(ctx: Context, filter: TimelineFilter = {}): Promise<TimelineEvent[]> {
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw badRequest('from must not be after to', [{ field: 'from', message: 'must not be after to' }]);
  }
  const conditions: SQL[] = [];
  if (filter.from !== undefined) conditions.push(gte(timelineEvents.date, `${filter.from}-01-01`));
  if (filter.to !== undefined) conditions.push(lt(timelineEvents.date, `${filter.to + 1}-01-01`));
  const rows = await ctx.db
    .select()
    .from(timelineEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(timelineEvents.date), asc(timelineEvents.code));
  const sourceMap = await loadSources(
    ctx,
    rows.map((r) => r.sourceId),
  );
  return rows.map(({ sourceId, ...r }) => ({ ...r, source: sourceOf(sourceMap, sourceId) }));
}
