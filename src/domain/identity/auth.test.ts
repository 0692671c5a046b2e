import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.ts';
import type { TestDatabase } from '../../../test/db.ts';
import { mailedLink } from '../../../test/mail.ts';
import { auditLog, mailOutbox, users } from '../../db/schema/index.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
let database: TestDatabase;
const origin = 'http://localhost:3000';
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(`/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify(body),
  });

/** The link of the newest message of a template sent to an address. */
const lastLink = async (to: string, template: string) => (await mailedLink(database.db, to, template)).toString();

const actions = async () => (await database.db.select().from(auditLog)).map((r) => r.action);

describe('accounts', () => {
  const email = 'amina.el-amrani@example.be';
  const password = 'correct horse battery staple';

  it('refuses a password shorter than 12 characters', async () => {
    const res = await post('/sign-up/email', { name: 'Short', email: 'short@example.be', password: 'elevenchars' });
    expect(res.status).toBe(400);
  });

  it('signs up, mails a verification link in the chosen language, and refuses sign-in until verified', async () => {
    const res = await post('/sign-up/email', { name: 'Amina El Amrani', email, password, lang: 'nl' });
    expect(res.status).toBe(200);
    const [mail] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    expect(mail).toMatchObject({ template: 'verify-email', lang: 'nl', status: 'pending' });
    const early = await post('/sign-in/email', { email, password });
    expect(early.status).toBe(403);
  });

  it('answers a sign-up with a taken address exactly like a new one', async () => {
    const taken = await post('/sign-up/email', { name: 'Someone', email, password: 'another long password' });
    const fresh = await post('/sign-up/email', {
      name: 'Someone',
      email: 'fresh@example.be',
      password: 'another long password',
    });
    expect(taken.status).toBe(fresh.status);
    expect(await taken.json()).toEqual(await fresh.json());
    expect(taken.headers.get('set-cookie')).toBeNull();
    const warned = await database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'account-exists'));
    expect(warned.map((m) => [m.toAddress, m.lang])).toEqual([[email, 'nl']]);
  });

  it('verifies the address from the link, then signs in with a secure session cookie', async () => {
    const link = new URL(await lastLink(email, 'verify-email'));
    const verified = await app.request(`${link.pathname}${link.search}`);
    expect([200, 302]).toContain(verified.status);
    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    expect(user?.emailVerified).toBe(true);
    const res = await post('/sign-in/email', { email, password });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/accroche\.session_token=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(await actions()).toEqual(expect.arrayContaining(['user.sign_up', 'user.verify_email', 'user.sign_in']));
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const wrong = await post('/sign-in/email', { email, password: 'not the right password' });
    const unknown = await post('/sign-in/email', { email: 'nobody@example.be', password: 'not the right password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(await actions()).toContain('user.sign_in_failed');
  });

  it('delays an account after repeated failures, with Retry-After, even with the right password', async () => {
    const target = 'nobody-else@example.be';
    for (let i = 0; i < 3; i++) await post('/sign-in/email', { email: target, password: 'wrong password here' });
    const res = await post('/sign-in/email', { email: target, password: 'wrong password here' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ code: 'ACCOUNT_THROTTLED' });
  });

  it('answers a reset request alike whether the address exists or not, and mails only the real one', async () => {
    const known = await post('/request-password-reset', { email, redirectTo: '/nl/reset-password' });
    const unknown = await post('/request-password-reset', {
      email: 'ghost@example.be',
      redirectTo: '/nl/reset-password',
    });
    expect(known.status).toBe(unknown.status);
    expect(await known.json()).toEqual(await unknown.json());
    const mails = await database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'reset-password'));
    expect(mails.map((m) => m.toAddress)).toEqual([email]);
  });

  it('resets the password with the mailed token, after which the old one fails', async () => {
    const link = new URL(await lastLink(email, 'reset-password'));
    const token = link.pathname.split('/').pop() as string;
    const res = await post('/reset-password', { token, newPassword: 'a new and longer passphrase' });
    expect(res.status).toBe(200);
    expect((await post('/sign-in/email', { email, password })).status).toBe(401);
    expect((await post('/sign-in/email', { email, password: 'a new and longer passphrase' })).status).toBe(200);
    expect(await actions()).toContain('user.reset_password');
  });

  it('refuses a request from a foreign origin', async () => {
    const body = { name: 'Mallory', email: 'mallory@example.be', password: 'a long enough password' };
    const res = await post('/sign-up/email', body, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await database.db.select().from(users).where(eq(users.email, 'mallory@example.be'))).toEqual([]);
  });
});
