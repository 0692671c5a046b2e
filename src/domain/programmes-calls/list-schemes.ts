import { asc } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { schemes } from '../../db/schema/index.ts';
import { loadSources } from '../sources/index.ts';
import { toScheme } from './present.ts';
import type { Scheme } from './schemas.ts';

/** All funding schemes, in their display order. Public. */
export async function listSchemes(ctx: Context): Promise<Scheme[]> {
  const rows = await ctx.db.select().from(schemes).orderBy(asc(schemes.sort), asc(schemes.code));
  const sourceMap = await loadSources(
    ctx,
    rows.flatMap((r) => r.sourceIds),
  );
  return rows.map((r) => toScheme(r, sourceMap));
}
