import { asc } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { municipalities } from '../../db/schema/index.ts';
import type { Municipality } from './schemas.ts';

/** The 19 municipalities by NIS code. Public. */
export async function listMunicipalities(ctx: Context): Promise<Municipality[]> {
  return ctx.db.select().from(municipalities).orderBy(asc(municipalities.nisCode));
}
