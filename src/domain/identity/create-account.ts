import { eq } from 'drizzle-orm';
import type { Context, PlatformRole } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import type { Lang } from '../../core/i18n/index.ts';
import { users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Auth } from './auth.ts';

/**
 * Creates a verified account with platform roles, for the system (the CLI's create-admin, demo accounts): the
 * password goes through better-auth (hashing, length rules), the rest in one transaction with its audit rows.
 * Returns the id, or the existing account's id when the address is taken and `reuse` is set.
 */
export async function createAccount(
  ctx: Context,
  auth: Auth,
  input: {
    email: string;
    name: string;
    password: string;
    lang: Lang;
    roles: PlatformRole[];
    municipality?: string | null;
  },
  options: { reuse?: boolean } = {},
): Promise<{ id: string; created: boolean }> {
  if (ctx.actor.kind !== 'system') throw new DomainError('FORBIDDEN', 'Only the system creates accounts this way');
  const email = input.email.trim().toLowerCase();
  const [existing] = await ctx.db.select().from(users).where(eq(users.email, email));
  if (existing) {
    if (options.reuse) return { id: existing.id, created: false };
    throw new DomainError('CONFLICT', `An account already exists for ${email}`);
  }
  if (input.password.length < 12) {
    throw new DomainError('VALIDATION', 'The password must have at least 12 characters', [
      { field: 'password', message: 'at least 12 characters' },
    ]);
  }
  const result = await auth.api.signUpEmail({
    body: { email, name: input.name, password: input.password, lang: input.lang },
  });
  const id = (result as { user?: { id?: string } }).user?.id;
  const [row] = await ctx.db.select().from(users).where(eq(users.email, email));
  if (!row || (id && row.id !== id)) throw new Error(`The account for ${email} was not created`);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        emailVerified: true,
        role: input.roles.join(',') || null,
        municipality: input.roles.includes('coordinator') ? (input.municipality ?? null) : null,
        updatedAt: ctx.now,
      })
      .where(eq(users.id, row.id));
    for (const role of input.roles) {
      await recordAudit(tx, ctx, {
        action: 'user.grant_role',
        entityType: 'user',
        entityId: row.id,
        changes: { role },
      });
    }
  });
  return { id: row.id, created: true };
}
