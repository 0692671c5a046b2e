import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { enableTwoFactor } from '../../test/totp.ts';
import { systemActor } from '../core/context.ts';
import { indicatorValues } from '../db/schema/index.ts';
import { createAccount } from '../domain/identity/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let admin: Visitor;
const password = 'a long test passphrase';

beforeAll(async () => {
  const t = await testApp();
  ({ app, database } = t);
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'test', now: new Date() };
  await createAccount(ctx, t.auth, {
    email: 'figures@example.be',
    name: 'Fig',
    password,
    lang: 'fr',
    roles: ['admin'],
  });
  admin = new Visitor(app);
  await admin.get('/fr/sign-in');
  expect((await admin.post('/fr/sign-in', { email: 'figures@example.be', password })).status).toBe(303);
  await enableTwoFactor(admin, 'fr', password);
});
afterAll(() => database.dispose());

/** Posts a file through the admin form, as a browser does (multipart, with the CSRF token). */
async function upload(path: string, name: string, text: string, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set('_csrf', admin.cookies.get('accroche.csrf') ?? '');
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  form.set('file', new File([text], name, { type: 'text/csv' }));
  return app.request(path, {
    method: 'POST',
    headers: { origin: 'http://localhost:3000', cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    body: form,
  });
}

const valueCount = async () => (await database.db.select({ n: count() }).from(indicatorValues))[0]?.n ?? 0;

describe('figures administration', () => {
  it('refuses a CSV with bad lines with 422, listing each line in French, and writes nothing', async () => {
    await admin.get('/fr/admin/figures');
    const before = await valueCount();
    const res = await upload(
      '/fr/admin/figures/values',
      'bad.csv',
      'indicator,territory,year,breakdown,value,source,preferred\n' +
        'early-leavers-18-24,BE10,2020,total,9.1,FPB_2025,1\n' +
        'early-leavers-18-24,ZZ,2020,total,deux,FPB_2025,1\n',
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Fichier refusé : 2 ligne(s) en erreur');
    expect(html).toContain('Ligne 3: territoire inconnu « ZZ »');
    expect(html).toContain('Ligne 3: « deux » n’est pas un nombre');
    expect(await valueCount()).toBe(before);
  });

  it('imports a valid CSV and says how many values came in', async () => {
    const before = await valueCount();
    const res = await upload(
      '/fr/admin/figures/values',
      'good.csv',
      'indicator,territory,year,breakdown,value,source,preferred\nearly-leavers-18-24,BE10,2025,total,9.5,FPB_2025,1\n',
    );
    expect(res.status).toBe(303);
    expect(await valueCount()).toBe(before + 1);
    const page = await admin.get(res.headers.get('location') as string);
    expect(await page.text()).toContain('1 valeurs importées.');
  });

  it('refuses a GeoJSON that is not the 19 municipalities, with the reason', async () => {
    const res = await upload(
      '/fr/admin/figures/boundaries',
      'x.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
      { credit: 'Test' },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('il faut les 19 communes, le fichier a 0 entités');
  });
});
