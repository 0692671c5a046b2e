import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../src/core/context.ts';
import { users } from '../src/db/schema/index.ts';
import type { Visitor } from './browser-like.ts';
import { totpCode } from './totp-code.ts';

export { totpCode };

/** Turns on two-step verification through the account pages; returns the key the person's app would hold. */
export async function enableTwoFactor(visitor: Visitor, lang: string, password: string): Promise<string> {
  await visitor.get(`/${lang}/account`);
  const setup = await visitor.post(`/${lang}/account/two-factor/enable`, { tfaPassword: password });
  expect(setup.status).toBe(200);
  const html = await setup.text();
  const uri = html.match(/href="(otpauth:\/\/[^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
  const secret = uri ? new URL(uri).searchParams.get('secret') : null;
  if (!secret) throw new Error('no otpauth link on the set-up page');
  const confirmed = await visitor.post(`/${lang}/account/two-factor/verify`, {
    code: totpCode(secret),
    totpUri: uri as string,
  });
  expect(confirmed.status).toBe(303);
  return secret;
}

/**
 * Marks two-step verification as on for an account, straight in the database, after it signed in (a sign-in would
 * then ask for a code): for tests of staff pages, whose roles count only with it on. The real set-up is tested
 * through the pages (staff-two-factor.test.ts).
 */
export async function markTwoFactorOn(db: Db, email: string): Promise<void> {
  await db.update(users).set({ twoFactorEnabled: true }).where(eq(users.email, email));
}
