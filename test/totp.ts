import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../src/core/context.ts';
import { users } from '../src/db/schema/index.ts';
import type { Visitor } from './browser-like.ts';

/** RFC 4648 base32, as authenticator apps read the key. */
function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(ch);
    if (value < 0) throw new Error(`not base32: ${ch}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => Number.parseInt(b, 2)));
}

/**
 * The current six-digit code of a TOTP key (RFC 6238: HMAC-SHA1, 30 s steps), computed independently of the
 * library under test, as the person's phone would.
 */
export function totpCode(base32Secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32Decode(base32Secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

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
