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
 * and CSRF cookies. Two-step verification is switched on in the database (its own flow is tested elsewhere).
 */
export async function signedInAs(t: TestApp, person: Person = {}): Promise<{ visitor: Visitor; id: string }> {
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
  if (person.twoFactor ?? roles.length > 0) {
    await t.database.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, id));
  }
  const visitor = new Visitor(t.app);
  await visitor.get('/fr/sign-in');
  const res = await visitor.post('/fr/sign-in', { email, password });
  expect(res.status, `sign-in of ${email}`).toBe(303);
  return { visitor, id };
}
