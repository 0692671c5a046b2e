import { asc, count } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { badRequest } from '../../core/errors.ts';
import { schools } from '../../db/schema/index.ts';
import { schoolPolicy } from './policy.ts';
import { toSchool } from './present.ts';
import { type School, SchoolListQuery } from './schemas.ts';
import { nameCondition } from './search-schools.ts';

/** The whole registry by name, a page at a time, for the administration; `q` searches as `searchSchools` does. */
export async function listSchools(
  ctx: Context,
  query: SchoolListQuery = {},
): Promise<{ items: School[]; total: number; page: number; size: number }> {
  authorize(schoolPolicy.manage(ctx.actor));
  const parsed = SchoolListQuery.safeParse(query);
  if (!parsed.success) throw badRequest('The list query is not valid');
  const { q, page = 1, size = 50 } = parsed.data;
  const where = q ? nameCondition(q) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(schools)
      .where(where)
      .orderBy(asc(schools.name), asc(schools.id))
      .limit(size)
      .offset((page - 1) * size),
    ctx.db.select({ n: count() }).from(schools).where(where),
  ]);
  return { items: rows.map(toSchool), total: total?.n ?? 0, page, size };
}
