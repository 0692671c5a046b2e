import { asc, sql } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { indicators, indicatorValues } from '../../db/schema/index.ts';
import { memo } from './memo.ts';
import { figuresPolicy } from './policy.ts';
import type { Indicator } from './schemas.ts';
import { isMunicipality } from './territories.ts';

type Row = typeof indicators.$inferSelect;

function withCoverage(
  { sort: _sort, ...row }: Row,
  cover: { firstYear: number | null; lastYear: number | null; territories: string[] | null } | undefined,
): Indicator {
  const territories = (cover?.territories ?? []).slice().sort();
  return {
    ...row,
    firstYear: cover?.firstYear ?? null,
    lastYear: cover?.lastYear ?? null,
    territories,
    municipal: territories.some(isMunicipality),
  };
}

async function coverage(ctx: Context) {
  const rows = await ctx.db
    .select({
      code: indicatorValues.indicatorCode,
      firstYear: sql<number>`min(${indicatorValues.year})::int`,
      lastYear: sql<number>`max(${indicatorValues.year})::int`,
      territories: sql<string[]>`array_agg(distinct ${indicatorValues.territory})`,
    })
    .from(indicatorValues)
    .groupBy(indicatorValues.indicatorCode);
  return new Map(rows.map((r) => [r.code, r]));
}

/** The indicator catalogue, in display order, with the years and territories each covers. Public. */
export async function listIndicators(ctx: Context): Promise<Indicator[]> {
  authorize(figuresPolicy.read(ctx.actor));
  return memo(ctx.db, 'indicators', async () => {
    const rows = await ctx.db.select().from(indicators).orderBy(asc(indicators.sort), asc(indicators.code));
    const cover = await coverage(ctx);
    return rows.map((r) => withCoverage(r, cover.get(r.code)));
  });
}

/** One indicator of the catalogue; NOT_FOUND when the code is unknown. Public. */
export async function getIndicator(ctx: Context, code: string): Promise<Indicator> {
  authorize(figuresPolicy.read(ctx.actor));
  const found = (await listIndicators(ctx)).find((i) => i.code === code);
  if (!found) throw notFound('Indicator');
  return found;
}
