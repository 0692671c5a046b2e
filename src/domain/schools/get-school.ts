import { eq, inArray } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { schools } from '../../db/schema/index.ts';
import { schoolPolicy } from './policy.ts';
import { toSchool } from './present.ts';
import type { School } from './schemas.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One school of the registry, for signed-in people. */
export async function getSchool(ctx: Context, id: string): Promise<School> {
  if (ctx.actor.kind === 'visitor') throw new DomainError('UNAUTHENTICATED', 'Sign in to read the school registry');
  authorize(schoolPolicy.search(ctx.actor));
  if (!uuid.test(id)) throw notFound('The school');
  const [row] = await ctx.db.select().from(schools).where(eq(schools.id, id));
  if (!row) throw notFound('The school');
  return toSchool(row);
}

/**
 * The schools with the given ids (those that exist), in the order asked, for forms and the pages that show what an
 * application names. Ids that are not well formed are left out.
 */
export async function schoolsByIds(ctx: Context, ids: readonly string[]): Promise<School[]> {
  authorize(schoolPolicy.readGiven(ctx.actor));
  const wanted = [...new Set(ids.filter((id) => uuid.test(id)))].slice(0, 1000);
  if (wanted.length === 0) return [];
  const rows = await ctx.db.select().from(schools).where(inArray(schools.id, wanted));
  const byId = new Map(rows.map((r) => [r.id, toSchool(r)]));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}
