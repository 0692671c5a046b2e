import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { mailedLink as sharedMailedLink } from '../../test/mail.ts';
import { catalogues } from '../core/i18n/index.ts';
import { auditLog, mailOutbox, users } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

const email = 'jan.peeters@example.be';
const password = 'een lange en veilige zin';

const mailedLink = (to: string, template: string) => sharedMailedLink(database.db, to, template);

describe('account pages', () => {
  const visitor = () => new Visitor(app);
  let jan: Visitor;
  beforeAll(() => {
    jan = visitor();
  });

  it('shows the sign-up form with a CSRF token, and refuses a post without it', async () => {
    const page = await jan.get('/nl/sign-up');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toMatch(/name="_csrf" value="[\w-]{32,}"/);
    const forged = await jan.post('/nl/sign-up', { name: 'Jan', email, password }, { csrf: 'x'.repeat(32) });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain(catalogues.nl['error.403.title']);
  });

  it('refuses a form posted from another site', async () => {
    const res = await jan.post('/nl/sign-up', { name: 'Jan', email, password }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('keeps what was typed, except the password, when the form is rejected', async () => {
    const res = await jan.post('/nl/sign-up', { name: 'Jan Peeters', email: 'not-an-address', password: 'short' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="Jan Peeters"');
    expect(html).toContain('value="not-an-address"');
    expect(html).not.toContain('value="short"');
    expect(html).toContain(catalogues.nl['error.emailInvalid']);
    expect(html).toContain(catalogues.nl['error.passwordShort']);
    expect(html).toContain('aria-invalid="true"');
  });

  it('signs up, verifies through the mailed link, and lands signed in on the account page', async () => {
    const res = await jan.post('/nl/sign-up', { name: 'Jan Peeters', email, password, lang: 'nl' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(catalogues.nl['signUp.sentTitle']);
    const link = await mailedLink(email, 'verify-email');
    const verified = await jan.get(`${link.pathname}${link.search}`);
    expect(verified.status).toBe(302);
    expect(verified.headers.get('location')).toContain('/nl/account?verified=1');
    const account = await jan.get('/nl/account?verified=1');
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(html).toContain(catalogues.nl['account.verified']);
    expect(html).toContain(email);
    expect(html).toContain(catalogues.nl['account.sessionCurrent']);
  });

  it('shows signed-in people their own header on public pages, never from the cache', async () => {
    const anonymous = await visitor().get('/nl/timeline');
    expect(anonymous.headers.get('etag')).not.toBeNull();
    const mine = await jan.get('/nl/timeline');
    expect(mine.headers.get('etag')).toBeNull();
    expect(await mine.text()).toContain(catalogues.nl['nav.account']);
  });

  it('updates the profile and language, with an audit row', async () => {
    const res = await jan.post('/nl/account/profile', { name: 'Jan Peeters-Claes', lang: 'fr' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/fr/account?saved');
    const [row] = await database.db.select().from(users).where(eq(users.email, email));
    expect(row).toMatchObject({ name: 'Jan Peeters-Claes', lang: 'fr' });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.update_profile'));
    expect(audit[0]).toMatchObject({ actor: `user:${row?.id}` });
  });

  it('refuses a password change with a wrong current password, then accepts the right one', async () => {
    const wrong = await jan.post('/fr/account/password', {
      currentPassword: 'nope',
      newPassword: 'une nouvelle phrase longue',
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain(catalogues.fr['account.passwordWrong']);
    const ok = await jan.post('/fr/account/password', {
      currentPassword: password,
      newPassword: 'une nouvelle phrase longue',
    });
    expect(ok.status).toBe(303);
    expect((await jan.get('/fr/account')).status).toBe(200);
  });

  it('signs out, after which the account page sends to sign-in', async () => {
    const out = await jan.post('/fr/sign-out', {});
    expect(out.status).toBe(303);
    const account = await jan.get('/fr/account');
    expect(account.status).toBe(303);
    expect(account.headers.get('location')).toBe('/fr/sign-in');
  });

  it('signs in with the form, and says the same for a wrong password and an unknown address', async () => {
    const wrong = await jan.post('/fr/sign-in', { email, password: 'pas le bon mot de passe' });
    const other = visitor();
    await other.get('/fr/sign-in');
    const unknown = await other.post('/fr/sign-in', { email: 'x@example.be', password: 'pas le bon mot de passe' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.text()).toContain(catalogues.fr['error.signInFailed']);
    const ok = await jan.post('/fr/sign-in', { email, password: 'une nouvelle phrase longue' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/fr/account');
    expect((await jan.get('/fr/account')).status).toBe(200);
  });

  it('resets a forgotten password from the mailed link', async () => {
    const stranger = visitor();
    await stranger.get('/en/forgot-password');
    const asked = await stranger.post('/en/forgot-password', { email });
    expect(await asked.text()).toContain(catalogues.en['forgot.sentBody']);
    const link = await mailedLink(email, 'reset-password');
    const landing = await stranger.get(`${link.pathname}${link.search}`);
    expect(landing.status).toBe(302);
    const target = new URL(landing.headers.get('location') as string, 'http://localhost:3000');
    expect(target.pathname).toBe('/en/reset-password');
    const form = await stranger.get(`${target.pathname}${target.search}`);
    expect(form.status).toBe(200);
    const token = target.searchParams.get('token') as string;
    const done = await stranger.post('/en/reset-password', { token, password: 'yet another long passphrase' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(catalogues.en['reset.doneTitle']);
    const reused = await stranger.post('/en/reset-password', { token, password: 'and once more a passphrase' });
    expect(reused.status).toBe(422);
    expect(await reused.text()).toContain(catalogues.en['reset.invalidTitle']);
  });
});

describe('open sessions', () => {
  it('closes another session from the account page, with an audit row', async () => {
    const ctx = { actor: { kind: 'system' as const, name: 'test' }, db: database.db, requestId: 't', now: new Date() };
    const { createAccount } = await import('../domain/identity/index.ts');
    const { createAuth } = await import('../domain/identity/auth.ts');
    const { testConfig } = await import('../../test/app.ts');
    await createAccount(ctx, createAuth({ db: database.db, config: testConfig() }), {
      email: 'two@example.be',
      name: 'Two Browsers',
      password: 'a long enough password',
      lang: 'en',
      roles: [],
    });
    const laptop = new Visitor(app);
    const phone = new Visitor(app);
    for (const device of [laptop, phone]) {
      await device.get('/en/sign-in');
      await device.post('/en/sign-in', { email: 'two@example.be', password: 'a long enough password' });
    }
    const page = await (await laptop.get('/en/account')).text();
    const other = [...page.matchAll(/name="token" value="([^"]+)"/g)].map((m) => m[1]);
    expect(other).toHaveLength(1);
    const res = await laptop.post('/en/account/sessions/revoke', { token: other[0] as string });
    expect(res.status).toBe(303);
    expect((await phone.get('/en/account')).status).toBe(303);
    expect((await laptop.get('/en/account')).status).toBe(200);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.revoke_session'));
    expect(rows).toHaveLength(1);
  });
});

describe('my data', () => {
  it('exports everything kept about me as JSON, and records that I did', async () => {
    const me = new Visitor(app);
    await me.get('/en/sign-in');
    expect((await me.post('/en/sign-in', { email, password: 'yet another long passphrase' })).status).toBe(303);
    const res = await me.get('/en/account/export');
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = (await res.json()) as {
      account: { email: string };
      sessions: unknown[];
      actions: { action: string }[];
    };
    expect(data.account.email).toBe(email);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.actions.map((a) => a.action)).toContain('user.update_profile');
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.export_data'));
    expect(rows).toHaveLength(1);
  });

  it('deletes my account with my password: personal data gone, audit trail kept under the id alone', async () => {
    const me = new Visitor(app);
    await me.get('/en/sign-in');
    await me.post('/en/sign-in', { email, password: 'yet another long passphrase' });
    const [before] = await database.db.select().from(users).where(eq(users.email, email));
    const wrong = await me.post('/en/account/delete', { deletePassword: 'not my password at all' });
    expect(wrong.status).toBe(422);
    // Nor through the JSON endpoint without the password, however recent the session.
    const cookie = [...me.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const bare = await app.request('/api/auth/delete-user', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', cookie },
      body: '{}',
    });
    expect(bare.status).toBe(400);
    expect(await database.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    const done = await me.post('/en/account/delete', { deletePassword: 'yet another long passphrase' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(catalogues.en['account.deletedTitle']);
    expect(await database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    const trail = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actor, `user:${before?.id}`));
    expect(trail.map((r) => r.action)).toContain('user.delete');
    expect(JSON.stringify(trail)).not.toContain(email);
    const [goodbye] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'account-deleted'));
    expect(goodbye?.toAddress).toBe(email);
    expect((await me.get('/en/account')).status).toBe(303);
  });
});

describe('signing in on the way somewhere', () => {
  it('returns to the page asked for, and only within the site', async () => {
    const ctx = { actor: { kind: 'system' as const, name: 'test' }, db: database.db, requestId: 't', now: new Date() };
    const { createAccount } = await import('../domain/identity/index.ts');
    const { createAuth } = await import('../domain/identity/auth.ts');
    const { testConfig } = await import('../../test/app.ts');
    await createAccount(ctx, createAuth({ db: database.db, config: testConfig() }), {
      email: 'next@example.be',
      name: 'Next',
      password: 'a long enough password',
      lang: 'fr',
      roles: [],
    });
    const visitor = new Visitor(app);
    const form = await visitor.get('/fr/sign-in?next=%2Ffr%2Forganisations');
    expect(await form.text()).toContain('name="next" value="/fr/organisations"');
    const res = await visitor.post('/fr/sign-in', {
      email: 'next@example.be',
      password: 'a long enough password',
      next: '/fr/organisations',
    });
    expect(res.headers.get('location')).toBe('/fr/organisations');
    const evil = new Visitor(app);
    await evil.get('/fr/sign-in');
    const away = await evil.post('/fr/sign-in', {
      email: 'next@example.be',
      password: 'a long enough password',
      next: 'https://evil.example',
    });
    expect(away.headers.get('location')).toBe('/fr/account');
  });
});
