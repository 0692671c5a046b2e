import { asc, desc, eq, type SQL } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { indicators, indicatorValues, sources } from '../../db/schema/index.ts';
import { memo } from './memo.ts';
import { figuresPolicy } from './policy.ts';
import type { IndicatorValue, ValuesFilter } from './schemas.ts';

async function select(ctx: Context, where: SQL | undefined): Promise<IndicatorValue[]> {
  const rows = await ctx.db
    .select({ v: indicatorValues, s: sources })
    .from(indicatorValues)
    .innerJoin(sources, eq(sources.id, indicatorValues.sourceId))
    .innerJoin(indicators, eq(indicators.code, indicatorValues.indicatorCode))
    .where(where)
    .orderBy(
      asc(indicators.sort),
      asc(indicatorValues.territory),
      asc(indicatorValues.breakdown),
      asc(indicatorValues.year),
      desc(indicatorValues.preferred),
      asc(indicatorValues.sourceId),
    );
  return rows.map(({ v, s }) => ({
    indicator: v.indicatorCode,
    territory: v.territory,
    year: v.year,
    breakdown: v.breakdown,
    value: v.value,
    preferred: v.preferred,
    note: v.note,
    source: { id: s.id, title: s.title, publisher: s.publisher, url: s.url, published: s.published },
  }));
}

/** Values of one indicator with their sources, filtered by territory, year and breakdown. Public. */
export async function listValues(ctx: Context, code: string, filter: ValuesFilter = {}): Promise<IndicatorValue[]> {
  authorize(figuresPolicy.read(ctx.actor));
  const all = await memo(ctx.db, `values:${code}`, () => select(ctx, eq(indicatorValues.indicatorCode, code)));
  return all.filter(
    (v) =>
      (!filter.territory || v.territory === filter.territory) &&
      (filter.year === undefined || v.year === filter.year) &&
      (!filter.breakdown || v.breakdown === filter.breakdown),
  );
}

/** Every value given for one territory (e.g. a municipality), across indicators. Public. */
export async function listTerritoryValues(ctx: Context, territory: string): Promise<IndicatorValue[]> {
  authorize(figuresPolicy.read(ctx.actor));
  return select(ctx, eq(indicatorValues.territory, territory));
}
