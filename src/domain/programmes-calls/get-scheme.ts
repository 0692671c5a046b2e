import { eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { calls, schemes } from '../../db/schema/index.ts';
import { managesCalls } from '../calls/index.ts';
import { loadSources } from '../sources/index.ts';
import { byPeriodDesc, toCall, toScheme } from './present.ts';
import type { SchemeWithCalls } from './schemas.ts';

/** One scheme with its calls, newest first. Public. Throws `NOT_FOUND` for an unknown code. */
export async function getScheme(ctx: Context, code: string): Promise<SchemeWithCalls> {
  const [row] = await ctx.db.select().from(schemes).where(eq(schemes.code, code));
  if (!row) throw notFound(`Scheme ${code}`);
  const callRows = (await ctx.db.select().from(calls).where(eq(calls.schemeCode, code)))
    .filter((c) => c.phase !== 'draft' || managesCalls(ctx.actor))
    .sort(byPeriodDesc);
  const sourceMap = await loadSources(ctx, [
    ...row.sourceIds,
    ...callRows.flatMap((c) => (c.sourceId ? [c.sourceId] : [])),
  ]);
  return { ...toScheme(row, sourceMap), calls: callRows.map((c) => toCall(c, sourceMap, ctx.now)) };
}
