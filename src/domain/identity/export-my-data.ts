import { asc, eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { auditLog, sessions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';

/**
 * Everything Accroche keeps about the signed-in person (GDPR access and portability): profile, roles, sessions,
 * and the audit trail of their own actions. Writes its own audit row.
 */
export async function exportMyData(ctx: Context): Promise<Record<string, unknown>> {
  if (ctx.actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  const id = ctx.actor.id;
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, id));
    if (!user) throw new DomainError('NOT_FOUND', 'Account not found');
    const mySessions = await tx.select().from(sessions).where(eq(sessions.userId, id)).orderBy(asc(sessions.createdAt));
    const trail = await tx
      .select()
      .from(auditLog)
      .where(eq(auditLog.actor, `user:${id}`))
      .orderBy(asc(auditLog.at));
    await recordAudit(tx, ctx, { action: 'user.export_data', entityType: 'user', entityId: id });
    return {
      exportedAt: ctx.now.toISOString(),
      account: {
        id: user.id,
        name: user.name,
        email: user.email,
        emailVerified: user.emailVerified,
        language: user.lang,
        roles: (user.role ?? '').split(',').filter(Boolean),
        municipality: user.municipality,
        twoFactorEnabled: Boolean(user.twoFactorEnabled),
        createdAt: user.createdAt.toISOString(),
        updatedAt: user.updatedAt.toISOString(),
      },
      sessions: mySessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        ipAddress: s.ipAddress,
        userAgent: s.userAgent,
      })),
      actions: trail.map((r) => ({
        at: r.at.toISOString(),
        action: r.action,
        entity: r.entityType,
        entityId: r.entityId,
        changes: r.changes,
      })),
    };
  });
}
