import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { enableTwoFactor, totpCode } from '../../test/totp.ts';
import { systemActor } from '../core/context.ts';
import { catalogues } from '../core/i18n/index.ts';
import { auditLog, sessions, users } from '../db/schema/index.ts';
import type { Auth } from '../domain/identity/auth.ts';
import { createAccount } from '../domain/identity/index.ts';
import { enqueueMail } from '../domain/mail/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let auth: Auth;
let adminId: string;
let applicantId: string;
const password = 'a long test passphrase';

let rootSecret: string | undefined;
let rootVisitor: Visitor | undefined;

/** The admin's browser, signed in once (sign-ins are rate-limited per address, and tests share one). */
async function root(): Promise<Visitor> {
  rootVisitor ??= await signedIn('root@example.be');
  return rootVisitor;
}

/** Signs in through the pages, with the second step when the account has two-step verification on. */
async function signedIn(email: string): Promise<Visitor> {
  const visitor = new Visitor(app);
  await visitor.get('/en/sign-in');
  const res = await visitor.post('/en/sign-in', { email, password });
  expect(res.status, `sign-in of ${email}`).toBe(303);
  if (res.headers.get('location')?.startsWith('/en/sign-in/two-factor')) {
    await visitor.get('/en/sign-in/two-factor');
    const second = await visitor.post('/en/sign-in/two-factor', { code: totpCode(rootSecret as string) });
    expect(second.status, 'second step').toBe(303);
  }
  return visitor;
}

beforeAll(async () => {
  ({ app, database, auth } = await testApp());
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'test', now: new Date() };
  adminId = (
    await createAccount(ctx, auth, { email: 'root@example.be', name: 'Root', password, lang: 'en', roles: ['admin'] })
  ).id;
  applicantId = (
    await createAccount(ctx, auth, { email: 'sam@example.be', name: 'Sam Applicant', password, lang: 'en', roles: [] })
  ).id;
});
afterAll(() => database.dispose());

describe('administration', () => {
  it('sends an admin without two-step verification to turn it on first', async () => {
    const admin = await root();
    const res = await admin.get('/en/admin/users');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/en/account?twoFactorRequired');
    const account = await admin.get('/en/account?twoFactorRequired');
    expect(await account.text()).toContain(catalogues.en['tfa.required']);
    rootSecret = await enableTwoFactor(admin, 'en', password);
    expect((await admin.get('/en/admin/users')).status).toBe(200);
    const trail = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actor, `user:${adminId}`));
    expect(trail.map((r) => r.action)).toContain('user.enable_two_factor');
    expect(trail.map((r) => r.action)).toContain('user.start_two_factor');
  });

  it('asks the code at the next sign-in, and refuses a wrong one', async () => {
    const visitor = new Visitor(app);
    await visitor.get('/en/sign-in');
    const first = await visitor.post('/en/sign-in', { email: 'root@example.be', password });
    expect(first.headers.get('location')).toMatch(/^\/en\/sign-in\/two-factor\?next=/);
    await visitor.get('/en/sign-in/two-factor');
    const wrong = await visitor.post('/en/sign-in/two-factor', {
      code: '000000' === totpCode(rootSecret as string) ? '111111' : '000000',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain(catalogues.en['tfa.wrongCode']);
    expect((await visitor.get('/en/account')).status).toBe(303);
  });

  it('sends a visitor to sign-in and refuses an applicant', async () => {
    const anonymous = await new Visitor(app).get('/en/admin/users');
    expect(anonymous.status).toBe(303);
    const sam = await signedIn('sam@example.be');
    const refused = await sam.get('/en/admin/users');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(catalogues.en['error.403.title']);
    expect((await sam.get('/en/admin/audit.csv')).status).toBe(403);
    expect((await sam.get('/en/admin/outbox')).status).toBe(403);
  });

  it('lets an admin find users by name', async () => {
    const admin = await root();
    const res = await admin.get('/en/admin/users?q=applicant');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('sam@example.be');
    expect(html).not.toContain('root@example.be</td>');
  });

  it('gives roles, asking a municipality for a coordinator, with an audit row per role', async () => {
    const admin = await root();
    await admin.get(`/en/admin/users/${applicantId}`);
    const missing = await admin.post(`/en/admin/users/${applicantId}/roles`, {
      roles: 'coordinator',
      municipality: '',
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain(catalogues.en['admin.coordinatorNeedsMunicipality']);
    const ok = await admin.post(`/en/admin/users/${applicantId}/roles`, {
      roles: 'coordinator',
      municipality: '21009',
    });
    expect(ok.status).toBe(303);
    const [sam] = await database.db.select().from(users).where(eq(users.id, applicantId));
    expect(sam).toMatchObject({ role: 'coordinator', municipality: '21009' });
    const grants = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.grant_role'));
    expect(grants.some((g) => g.entityId === applicantId && g.actor === `user:${adminId}`)).toBe(true);
  });

  it('refuses an admin changing their own roles', async () => {
    const admin = await root();
    await admin.get(`/en/admin/users/${adminId}`);
    const res = await admin.post(`/en/admin/users/${adminId}/roles`, { roles: 'officer' });
    expect(res.status).toBe(403);
  });

  it('disables an account: its sessions end at once and it cannot sign in again', async () => {
    const sam = await signedIn('sam@example.be');
    expect((await sam.get('/en/account')).status).toBe(200);
    const admin = await root();
    await admin.get(`/en/admin/users/${applicantId}`);
    const res = await admin.post(`/en/admin/users/${applicantId}/status`, { disabled: 'true' });
    expect(res.status).toBe(303);
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, applicantId))).toEqual([]);
    expect((await sam.get('/en/account')).status).toBe(303);
    const again = new Visitor(app);
    await again.get('/en/sign-in');
    const refused = await again.post('/en/sign-in', { email: 'sam@example.be', password });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain(catalogues.en['error.signInFailed']);
    await admin.post(`/en/admin/users/${applicantId}/status`, { disabled: 'false' });
    expect((await signedIn('sam@example.be')).cookies.size).toBeGreaterThan(0);
  });

  it('shows the audit log with filters and exports it as CSV', async () => {
    const admin = await root();
    const page = await admin.get('/en/admin/audit?action=user.disable');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('user.disable');
    expect(html).toContain('<th scope="row">user.disable</th>');
    expect(html).not.toContain('<th scope="row">user.grant_role</th>');
    const csv = await admin.get('/en/admin/audit.csv?action=user.disable');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,entity_type,entity_id,changes,request_id,ip');
    expect(lines.slice(1).every((l) => l.includes(',user.disable,'))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('shows the outbox to an admin, with the text of each message', async () => {
    await enqueueMail(
      database.db,
      {
        to: 'sam@example.be',
        lang: 'en',
        template: 'verify-email',
        params: { url: 'http://localhost:3000/verify', expiresAt: new Date() },
      },
      new Date(),
    );
    const admin = await root();
    const res = await admin.get('/en/admin/outbox');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('verify-email');
  });
});
