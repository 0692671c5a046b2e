import { asc } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { keyFigures } from '../../db/schema/index.ts';
import { loadSources, sourceOf } from '../sources/index.ts';
import type { KeyFigure } from './schemas.ts';

/** The headline figures of the home page, each with its source. Public. */
export async function listKeyFigures(ctx: Context): Promise<KeyFigure[]> {
  const rows = await ctx.db.select().from(keyFigures).orderBy(asc(keyFigures.sort), asc(keyFigures.code));
  const sourceMap = await loadSources(
    ctx,
    rows.map((r) => r.sourceId),
  );
  return rows.map(({ sourceId, sort: _sort, value, ...r }) => ({
    ...r,
    value: Number(value),
    source: sourceOf(sourceMap, sourceId),
  }));
}
