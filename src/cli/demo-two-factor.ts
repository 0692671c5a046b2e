import { randomUUID } from 'node:crypto';
import { symmetricEncrypt } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { type Context, systemActor } from '../core/context.ts';
import type { Db } from '../db/client.ts';
import { twoFactors, users } from '../db/schema/index.ts';
import { recordAudit } from '../domain/audit/index.ts';
import type { Auth } from '../domain/identity/index.ts';

/**
 * The two-step verification key of the demo staff accounts, in base32 as authenticator apps take it. Published on
 * purpose, like the demo password: demo accounts exist only in development. Staff roles count only with two-step
 * verification on, so without it the demo administrator, officer and librarian could not show their pages.
 */
export const DEMO_TOTP_KEY = 'ACCROCHEDEMOTOTPKEYFORSTAFFONLYX';

/** The link an authenticator app reads (as a QR code or a tap) to add the demo key. */
export const demoTotpUri = `otpauth://totp/Accroche:demo-staff?secret=${DEMO_TOTP_KEY}&issuer=Accroche&digits=6&period=30`;

/**
 * Turns on two-step verification with the demo key for a demo account that does not have it on (one a developer
 * set up with their own key is left alone), with its audit row. The key is stored as better-auth stores a key
 * imported from another provider: encrypted with the auth secret, marked `base32:`.
 */
export async function ensureDemoTwoFactor(db: Db, auth: Auth, userId: string): Promise<void> {
  const [user] = await db.select({ on: users.twoFactorEnabled }).from(users).where(eq(users.id, userId));
  if (!user || user.on) return;
  const { secretConfig } = await auth.$context;
  const secret = await symmetricEncrypt({ key: secretConfig, data: `base32:${DEMO_TOTP_KEY}` });
  const backupCodes = await symmetricEncrypt({ key: secretConfig, data: '[]' });
  const ctx: Context = { actor: systemActor('demo'), db, requestId: 'demo', now: new Date() };
  await db.transaction(async (tx) => {
    // A set-up started and never confirmed is replaced.
    await tx.delete(twoFactors).where(eq(twoFactors.userId, userId));
    await tx.insert(twoFactors).values({ id: randomUUID(), userId, secret, backupCodes, verified: true });
    await tx.update(users).set({ twoFactorEnabled: true, updatedAt: ctx.now }).where(eq(users.id, userId));
    await recordAudit(tx, ctx, { action: 'user.enable_two_factor', entityType: 'user', entityId: userId });
  });
}
