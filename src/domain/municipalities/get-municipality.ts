import { eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { municipalities } from '../../db/schema/index.ts';
import type { Municipality } from './schemas.ts';

/** One municipality by NIS code. Public. Throws `NOT_FOUND` for an unknown code. */
export async function getMunicipality(ctx: Context, nisCode: string): Promise<Municipality> {
  const [row] = await ctx.db.select().from(municipalities).where(eq(municipalities.nisCode, nisCode));
  if (!row) throw notFound(`Municipality ${nisCode}`);
  return row;
}
