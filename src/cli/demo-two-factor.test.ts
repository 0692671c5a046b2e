import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { totpCode } from '../../test/totp.ts';
import { type PlatformRole, systemActor } from '../core/context.ts';
import { auditLog, twoFactors, users } from '../db/schema/index.ts';
import { createAccount, lazyAuth } from '../domain/identity/index.ts';
import type { createApp } from '../http/app.tsx';
import { DEMO_TOTP_KEY, demoTotpUri, ensureDemoTwoFactor } from './demo-two-factor.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let app: ReturnType<typeof createApp>;
let database: TestDatabase;
const password = 'demo-accroche-2026';

beforeAll(async () => {
  t = await testApp();
  ({ app, database } = t);
});
afterAll(() => database.dispose());

const account = async (email: string, roles: PlatformRole[]) =>
  (
    await createAccount({ actor: systemActor('test'), db: database.db, requestId: 't', now: new Date() }, t.auth, {
      email,
      name: email,
      password,
      lang: 'en',
      roles,
    })
  ).id;

/** Signs in through the pages with the password, then the code of the demo key. */
async function signIn(email: string): Promise<Visitor> {
  const visitor = new Visitor(app);
  await visitor.get('/en/sign-in');
  const first = await visitor.post('/en/sign-in', { email, password });
  expect(first.headers.get('location')).toMatch(/^\/en\/sign-in\/two-factor/);
  await visitor.get(first.headers.get('location') as string);
  const second = await visitor.post('/en/sign-in/two-factor', { code: totpCode(DEMO_TOTP_KEY), next: '/en' });
  expect(second.status).toBe(303);
  return visitor;
}

describe('the demo staff accounts’ two-step verification', () => {
  it('is on with the published demo key, so the demo officer signs in with its code and acts as officer', async () => {
    const id = await account('officer@demo.accroche.localhost', ['officer']);
    await ensureDemoTwoFactor(database.db, t.auth, id);
    const officer = await signIn('officer@demo.accroche.localhost');
    expect(await (await officer.get('/api/v1/me')).json()).toMatchObject({ roles: ['officer'], pendingRoles: [] });
    expect((await officer.get('/en/admin/calls')).status).toBe(200);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain('user.enable_two_factor');
    expect(new URL(demoTotpUri).searchParams.get('secret')).toBe(DEMO_TOTP_KEY);
  });

  it('works through the server’s lazily loaded better-auth too, and twice changes nothing', async () => {
    const id = await account('librarian@demo.accroche.localhost', ['librarian']);
    const lazy = lazyAuth({ db: database.db, config: t.config }, 60_000);
    await ensureDemoTwoFactor(database.db, lazy, id);
    await ensureDemoTwoFactor(database.db, lazy, id);
    expect(await database.db.select().from(twoFactors).where(eq(twoFactors.userId, id))).toHaveLength(1);
    const librarian = await signIn('librarian@demo.accroche.localhost');
    expect((await librarian.get('/en/library/manage/records')).status).toBe(200);
  });

  it('leaves alone an account whose two-step verification a developer already turned on', async () => {
    const id = await account('admin@demo.accroche.localhost', ['admin']);
    await database.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, id));
    await ensureDemoTwoFactor(database.db, t.auth, id);
    expect(await database.db.select().from(twoFactors).where(eq(twoFactors.userId, id))).toEqual([]);
  });
});
