import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { badRequest, DomainError } from '../../core/errors.ts';
import { schools } from '../../db/schema/index.ts';
import { schoolPolicy } from './policy.ts';
import { toSchool } from './present.ts';
import { type School, SchoolSearch } from './schemas.ts';

/** Escapes the wildcards of LIKE, so that a typed `%` or `_` matches itself. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The condition a name search puts on the registry: a part of the name, compared without case or accents, or a
 * name close to the words typed (pg_trgm, on the indexed `lower(name)`), or the exact school number.
 */
export function nameCondition(q: string): SQL {
  const lowered = q.toLowerCase();
  const part = `%${likeEscaped(lowered)}%`;
  const conditions: SQL[] = [
    sql`unaccent(lower(${schools.name})) like unaccent(${part})`,
    sql`${lowered} <% lower(${schools.name})`,
  ];
  const digits = q.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) conditions.push(eq(schools.schoolNumber, digits));
  return or(...conditions) as SQL;
}

/**
 * Searches the registry for forms (signed-in people): by name or number, narrowed by municipality, language system
 * and level; the closest names first.
 */
export async function searchSchools(ctx: Context, search: SchoolSearch = {}): Promise<School[]> {
  if (ctx.actor.kind === 'visitor') throw new DomainError('UNAUTHENTICATED', 'Sign in to search the school registry');
  authorize(schoolPolicy.search(ctx.actor));
  const parsed = SchoolSearch.safeParse(search);
  if (!parsed.success) {
    throw badRequest(
      'The search is not valid',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  const { q, municipality, languageSystem, level, limit = 20 } = parsed.data;
  const conditions: SQL[] = [];
  if (q) conditions.push(nameCondition(q));
  if (municipality) conditions.push(eq(schools.municipalityNis, municipality));
  if (languageSystem) conditions.push(eq(schools.languageSystem, languageSystem));
  if (level) conditions.push(eq(schools.level, level));
  const order = q
    ? [
        sql`(${schools.schoolNumber} = ${q.replace(/[\s.]/g, '')}) desc`,
        sql`word_similarity(unaccent(${q.toLowerCase()}), unaccent(lower(${schools.name}))) desc`,
        asc(schools.name),
      ]
    : [asc(schools.name)];
  const rows = await ctx.db
    .select()
    .from(schools)
    .where(and(...conditions))
    .orderBy(...order, asc(schools.id))
    .limit(limit);
  return rows.map(toSchool);
}
