import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { password, signedInAs } from '../../test/factories.ts';
import { totpCode } from '../../test/totp.ts';
import type { PlatformRole } from '../core/context.ts';
import { catalogues } from '../core/i18n/index.ts';
import { users } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

/**
 * Staff roles count only once two-step verification is on. The route-by-role matrix (authorization.test.ts) covers
 * every route; here: what such a person is told, how they come back, and better-auth's own endpoints.
 */
let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let auth: Awaited<ReturnType<typeof testApp>>['auth'];

beforeAll(async () => {
  ({ app, database, auth } = await testApp());
});
afterAll(() => database.dispose());

async function signedIn(email: string, roles: PlatformRole[]): Promise<Visitor> {
  const person = { email, name: email.split('@')[0] as string, roles, lang: 'en' as const, twoFactor: false };
  return (await signedInAs({ app, auth, database }, person)).visitor;
}

const me = async (visitor: Visitor) => (await visitor.get('/api/v1/me')).json();
const notice = (html: string) => html.match(/<div class="notice notice-warning" id="pending-roles">(.*?)<\/div>/s)?.[1];

describe('an officer without two-step verification', () => {
  let officer: Visitor;
  beforeAll(async () => {
    officer = await signedIn('olga@example.be', ['officer']);
  });

  it('is reported by /api/v1/me with the role pending, not counted', async () => {
    expect(await me(officer)).toMatchObject({ roles: [], pendingRoles: ['officer'] });
  });

  it('reads on every page, in its language, that the role is inactive, with a link to turn it on', async () => {
    const paths = ['/fr', '/nl/calls', '/en/applications', '/en/account'];
    for (const path of paths) {
      const lang = path.slice(1, 3) as 'fr' | 'nl' | 'en';
      const text = notice(await (await officer.get(path)).text());
      expect(text, path).toContain(
        catalogues[lang]['tfa.pending'].replace('{roles}', catalogues[lang]['role.officer']),
      );
      expect(text, path).toContain(`href="/${lang}/account?twoFactorRequired#tfa-title"`);
    }
    // Also on the page that refuses them something an applicant may not see.
    const refused = await officer.get('/en/admin/users/nobody');
    expect(refused.status).toBe(303);
    const forbidden = await officer.get(`/en/organisations/${crypto.randomUUID()}`);
    expect(forbidden.status).toBe(404);
    expect(notice(await forbidden.text())).toBeDefined();
  });

  it('is told by the API, in the client’s language, that two-step verification comes first', async () => {
    const res = await officer.get('/api/v1/calls/none/applications', { 'accept-language': 'nl-BE,nl;q=0.9' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      status: 403,
      code: 'TWO_FACTOR_REQUIRED',
      title: catalogues.nl['problem.FORBIDDEN'],
      detail: catalogues.nl['tfa.requiredDetail'],
    });
  });

  it('is sent from a staff page to turn it on, and brought back to that page afterwards', async () => {
    const sent = await officer.get('/en/admin/calls?sort=deadline');
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location') as string;
    expect(location).toBe('/en/account?twoFactorRequired&next=%2Fen%2Fadmin%2Fcalls%3Fsort%3Ddeadline#tfa-title');
    const account = await (await officer.get(location.replace(/#.*$/, ''))).text();
    expect(account).toContain(catalogues.en['tfa.required']);
    expect(account).toContain('<input type="hidden" name="next" value="/en/admin/calls?sort=deadline"/>');

    const setup = await officer.post('/en/account/two-factor/enable', {
      tfaPassword: password,
      next: '/en/admin/calls?sort=deadline',
    });
    const html = await setup.text();
    expect(html).toContain('<input type="hidden" name="next" value="/en/admin/calls?sort=deadline"/>');
    const uri = (html.match(/href="(otpauth:\/\/[^"]+)"/)?.[1] ?? '').replace(/&amp;/g, '&');
    const secret = new URL(uri).searchParams.get('secret') as string;
    const done = await officer.post('/en/account/two-factor/verify', {
      code: totpCode(secret),
      totpUri: uri,
      next: '/en/admin/calls?sort=deadline',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/en/admin/calls?sort=deadline');
    expect((await officer.get('/en/admin/calls?sort=deadline')).status).toBe(200);
    expect(await me(officer)).toMatchObject({ roles: ['officer'], pendingRoles: [] });
    expect(notice(await (await officer.get('/en')).text())).toBeUndefined();
  });
});

describe('the return address after turning on two-step verification', () => {
  it('is a page of this site only: another host is ignored', async () => {
    const librarian = await signedIn('lina@example.be', ['librarian']);
    const sent = await librarian.get('/en/library/manage/records');
    expect(sent.headers.get('location')).toContain('next=%2Fen%2Flibrary%2Fmanage%2Frecords');
    const account = await (await librarian.get('/en/account?twoFactorRequired&next=https://evil.example/')).text();
    expect(account).not.toContain('name="next"');
    const setup = await librarian.post('/en/account/two-factor/enable', {
      tfaPassword: password,
      next: '//evil.example/en',
    });
    const html = await setup.text();
    expect(html).not.toContain('name="next"');
    const uri = (html.match(/href="(otpauth:\/\/[^"]+)"/)?.[1] ?? '').replace(/&amp;/g, '&');
    const done = await librarian.post('/en/account/two-factor/verify', {
      code: totpCode(new URL(uri).searchParams.get('secret') as string),
      totpUri: uri,
      next: 'https://evil.example/',
    });
    expect(done.headers.get('location')).toBe('/en/account?twoFactorOn');
    expect((await librarian.get('/en/library/manage/records')).status).toBe(200);
  });
});

describe('an admin without two-step verification on better-auth’s own endpoints', () => {
  let admin: Visitor;
  const post = (path: string, body: unknown) =>
    app.request(`/api/auth${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:3000',
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    admin = await signedIn('root@example.be', ['admin']);
    await signedIn('sam@example.be', []);
  });

  it('finds no endpoint that acts by role (no admin plugin): listing, roles, bans, impersonation', async () => {
    const [sam] = await database.db.select().from(users).where(eq(users.email, 'sam@example.be'));
    for (const path of ['/admin/set-role', '/admin/ban-user', '/admin/impersonate-user', '/admin/remove-user']) {
      expect((await post(path, { userId: sam?.id, role: 'admin' })).status, path).toBe(404);
    }
    expect((await admin.get('/api/auth/admin/list-users')).status).toBe(404);
    const [after] = await database.db
      .select()
      .from(users)
      .where(eq(users.id, sam?.id as string));
    expect(after).toMatchObject({ role: null, banned: false });
  });

  it('cannot mark itself as verified, nor change its roles, through its own profile', async () => {
    await post('/update-user', { name: 'Root', twoFactorEnabled: true, role: 'admin,officer' });
    const [row] = await database.db.select().from(users).where(eq(users.email, 'root@example.be'));
    expect(row).toMatchObject({ twoFactorEnabled: false, role: 'admin' });
    expect(await me(admin)).toMatchObject({ roles: [], pendingRoles: ['admin'] });
  });

  it('counts as admin only once the first code confirmed the set-up, not when it starts', async () => {
    expect((await post('/two-factor/enable', { password })).status).toBe(200);
    expect(await me(admin)).toMatchObject({ roles: [], pendingRoles: ['admin'] });
    expect((await admin.get('/en/admin/users')).status).toBe(303);
  });
});
