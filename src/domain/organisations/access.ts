import { and, eq, sql } from 'drizzle-orm';
import { userIdOf } from '../../core/authorize.ts';
import type { Context, Db, Tx } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { type OrganisationRow, organisationMembers, organisations } from '../../db/schema/index.ts';
import { type Membership, organisationPolicy } from './policy.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be an id at all: anything else is simply not found (and never reaches SQL as a uuid). */
export const isUuid = (value: string) => uuidPattern.test(value);

/** The signed-in actor's id; anyone else is refused with FORBIDDEN and the given reason. */
export function signedInId(ctx: Context, reason: string): string {
  const id = userIdOf(ctx.actor);
  if (!id) throw new DomainError('FORBIDDEN', reason);
  return id;
}

/** The actor's role in an organisation, read with the given handle. */
export async function membershipOf(db: Db | Tx, organisationId: string, userId: string | undefined) {
  if (!userId) return null;
  const [row] = await db
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
  return (row?.role ?? null) as Membership;
}

/**
 * Loads an organisation for the actor, or answers NOT_FOUND when it does not exist or the actor may not read it:
 * both look the same from outside. With `lock`, the row is locked until the transaction ends, so that changes to
 * its members (leave, transfer, remove) happen one after the other and never leave it without an owner.
 */
export async function loadOrganisation(
  db: Db | Tx,
  ctx: Context,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ organisation: OrganisationRow; role: Membership }> {
  if (!isUuid(id)) throw notFound('Organisation');
  const query = db.select().from(organisations).where(eq(organisations.id, id));
  const [organisation] = options.lock ? await query.for('update') : await query;
  if (!organisation) throw notFound('Organisation');
  const role = await membershipOf(db, id, ctx.actor.kind === 'user' ? ctx.actor.id : undefined);
  if (!organisationPolicy.read(ctx.actor, role).ok) throw notFound('Organisation');
  return { organisation, role };
}

/** How many owners and members (owners included) an organisation has. */
export async function memberCounts(db: Db | Tx, organisationId: string) {
  const [row] = await db
    .select({
      owners: sql<number>`count(*) filter (where ${organisationMembers.role} = 'owner')`.mapWith(Number),
      members: sql<number>`count(*)`.mapWith(Number),
    })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId));
  return { owners: row?.owners ?? 0, members: row?.members ?? 0 };
}

/** Whether a database error is the violation of the named unique index (same code on PGlite and PostgreSQL). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === '23505' && (name === constraint || message?.includes(constraint))) return true;
  }
  return false;
}
