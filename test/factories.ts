import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { type PlatformRole, systemActor } from '../src/core/context.ts';
import { users } from '../src/db/schema/index.ts';
import { createAccount } from '../src/domain/identity/create-account.ts';
import type { testApp } from './app.ts';
import { Visitor } from './browser-like.ts';

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Who a test signs in as: an applicant (no platform role) or people holding one or more platform roles. */
export interface Person {
  roles?: PlatformRole[];
  /** Two-step verification on (staff roles count only with it); on by default for people with roles. */
  twoFactor?: boolean;
  email?: string;
  lang?: 'fr' | 'nl' | 'en';
  municipality?: string;
}

const password = 'a long enough test passphrase';

/**
 * A new account, signed in through the sign-in page as a browser would: the returned visitor holds the session
 * and CSRF cookies. Two-step verification is switched on in the database after the sign-in (its own flow is
 * tested elsewhere).
 */
export async function signedInAs(
  t: TestApp,
  person: Person = {},
): Promise<{ visitor: Visitor; id: string; email: string }> {
  const roles = person.roles ?? [];
  const email = person.email ?? `person-${randomBytes(5).toString('hex')}@test.example.be`;
  const ctx = { actor: systemActor('test'), db: t.database.db, requestId: 'factory', now: new Date() };
  const { id } = await createAccount(ctx, t.auth, {
    email,
    name: roles.length ? roles.join(' ') : 'applicant',
    password,
    lang: person.lang ?? 'fr',
    roles,
    municipality: roles.includes('coordinator') ? (person.municipality ?? '21001') : null,
  });
  const visitor = await signIn(t, email);
  // Switched on after signing in: the session stands as if the person had entered their code.
  if (person.twoFactor ?? roles.length > 0) {
    await t.database.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, id));
  }
  return { visitor, id, email };
}

/**
 * A new browser signed in as an account made by `signedInAs`; for one with two-step verification on, the session
 * is made as if the code had been entered (the flag is off for the moment of the sign-in).
 */
export async function signIn(t: TestApp, email: string): Promise<Visitor> {
  const [account] = await t.database.db.select().from(users).where(eq(users.email, email));
  const twoFactor = Boolean(account?.twoFactorEnabled);
  if (twoFactor) await t.database.db.update(users).set({ twoFactorEnabled: false }).where(eq(users.email, email));
  const visitor = new Visitor(t.app);
  await visitor.get('/fr/sign-in');
  const res = await visitor.post('/fr/sign-in', { email, password });
  expect(res.status, `sign-in of ${email}`).toBe(303);
  expect(res.headers.get('location'), `sign-in of ${email}`).not.toMatch(/two-factor/);
  if (twoFactor) await t.database.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.email, email));
  return visitor;
}
