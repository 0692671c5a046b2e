import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import { type Context, type PlatformRole, platformRoles } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { identityPolicy } from './policy.ts';

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  roles: PlatformRole[];
  municipality: string | null;
  disabled: boolean;
  createdAt: Date;
}

const rolesOf = (role: string | null): PlatformRole[] =>
  (role ?? '').split(',').filter((r): r is PlatformRole => (platformRoles as readonly string[]).includes(r));

const summary = (u: typeof users.$inferSelect): UserSummary => ({
  id: u.id,
  name: u.name,
  email: u.email,
  emailVerified: u.emailVerified,
  roles: rolesOf(u.role),
  municipality: u.municipality,
  disabled: Boolean(u.banned),
  createdAt: u.createdAt,
});

/** Users by name or address (admins), 50 a page, with the total. */
export async function listUsers(ctx: Context, query: { search?: string; page?: number } = {}) {
  authorize(identityPolicy.manageUsers(ctx.actor));
  const search = query.search?.trim();
  const where = search
    ? or(
        ilike(users.name, `%${search.replace(/[%_\\]/g, '\\$&')}%`),
        ilike(users.email, `%${search.replace(/[%_\\]/g, '\\$&')}%`),
      )
    : undefined;
  const page = Math.max(1, query.page ?? 1);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.email))
      .limit(50)
      .offset((page - 1) * 50),
    ctx.db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: rows.map(summary), total: total?.n ?? 0, page };
}

/** One user (admins). */
export async function getUser(ctx: Context, id: string): Promise<UserSummary> {
  authorize(identityPolicy.manageUsers(ctx.actor));
  const [row] = await ctx.db.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound('User');
  return summary(row);
}

/**
 * Sets a user's platform roles (admins). A coordinator is bound to one municipality, given with the role.
 * Writes one audit row per role granted or taken away.
 */
export async function setUserRoles(
  ctx: Context,
  input: { userId: string; roles: PlatformRole[]; municipality: string | null },
): Promise<UserSummary> {
  authorize(identityPolicy.manageUsers(ctx.actor));
  authorize(identityPolicy.changeUser(ctx.actor, input.userId));
  const roles = [...new Set(input.roles)].filter((r) => (platformRoles as readonly string[]).includes(r)).sort();
  const municipality = roles.includes('coordinator') ? input.municipality : null;
  if (roles.includes('coordinator') && !municipality) {
    throw new DomainError('VALIDATION', 'A coordinator needs a municipality', [
      { field: 'municipality', message: 'required for a coordinator' },
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound('User');
    const old = rolesOf(before.role);
    const [after] = await tx
      .update(users)
      .set({ role: roles.join(',') || null, municipality, updatedAt: ctx.now })
      .where(eq(users.id, input.userId))
      .returning();
    for (const role of roles.filter((r) => !old.includes(r))) {
      await recordAudit(tx, ctx, {
        action: 'user.grant_role',
        entityType: 'user',
        entityId: input.userId,
        changes: { role, municipality },
      });
    }
    for (const role of old.filter((r) => !roles.includes(r))) {
      await recordAudit(tx, ctx, {
        action: 'user.revoke_role',
        entityType: 'user',
        entityId: input.userId,
        changes: { role },
      });
    }
    return summary(after as typeof users.$inferSelect);
  });
}

/** Disables an account and ends its sessions at once, or enables it again (admins). */
export async function setUserDisabled(
  ctx: Context,
  input: { userId: string; disabled: boolean },
): Promise<UserSummary> {
  authorize(identityPolicy.manageUsers(ctx.actor));
  authorize(identityPolicy.changeUser(ctx.actor, input.userId));
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({
        banned: input.disabled,
        banReason: input.disabled ? 'disabled by an administrator' : null,
        updatedAt: ctx.now,
      })
      .where(eq(users.id, input.userId))
      .returning();
    if (!after) throw notFound('User');
    let ended = 0;
    if (input.disabled) ended = (await tx.delete(sessions).where(eq(sessions.userId, input.userId)).returning()).length;
    await recordAudit(tx, ctx, {
      action: input.disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: input.userId,
      changes: input.disabled ? { sessionsEnded: ended } : null,
    });
    return summary(after);
  });
}

/** How many active admins there are, so the last one is never lost (used by the CLI's create-admin too). */
export async function countAdmins(ctx: Context): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(users)
    .where(and(sql`${users.role} LIKE '%admin%'`, or(eq(users.banned, false), sql`${users.banned} IS NULL`)));
  return row?.n ?? 0;
}
