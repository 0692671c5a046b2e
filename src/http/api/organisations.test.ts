import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/app.ts';
import { Visitor } from '../../../test/browser-like.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { markTwoFactorOn } from '../../../test/totp.ts';
import { createLogger } from '../../core/logger.ts';
import { mailOutbox, organisationMembers, users } from '../../db/schema/index.ts';
import { createAuth } from '../../domain/identity/auth.ts';
import { createApp } from '../app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let kicks = 0;
beforeAll(async () => {
  database = await freshDatabase();
  const config = testConfig();
  app = createApp({
    auth: createAuth({ db: database.db, config }),
    db: database.db,
    config,
    logger: createLogger('silent'),
    mailQueued: () => {
      kicks += 1;
    },
    readiness: async () => ({ database: true, migrations: true }),
  });
});
afterAll(() => database.dispose());

const password = 'een voldoende lange wachtzin';

/** Signs up and verifies through the pages; the visitor then holds the session cookie. */
async function signedUp(name: string, email: string): Promise<Visitor> {
  const visitor = new Visitor(app);
  await visitor.get('/en/sign-up');
  await visitor.post('/en/sign-up', { name, email, password, lang: 'en' });
  const [mail] = await database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.template, 'verify-email')))
    .orderBy(desc(mailOutbox.createdAt));
  const link = new URL(mail?.textBody.match(/https?:\/\/\S+/)?.[0] ?? '');
  await visitor.get(`${link.pathname}${link.search}`);
  return visitor;
}

/** A JSON call with the visitor's cookies, as a script on the site itself would make it. */
async function call(who: Visitor | null, method: string, path: string, body?: unknown, origin?: string) {
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (who) headers.cookie = [...who.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (origin) headers.origin = origin;
  const res = await app.request(`/api/v1${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { res, json: (text ? JSON.parse(text) : null) as Record<string, unknown> & { data: never[] } };
}

const association = {
  type: 'association',
  legalName: 'Jeugdhuis De Schakel vzw',
  enterpriseNumber: 'BE 0417.497.106',
  municipalityNis: '21015',
  street: 'Gallaitstraat 80',
  postalCode: '1030',
  city: 'Schaarbeek',
  iban: 'BE71 0961 2345 6769',
  lang: 'nl',
};

describe('organisations API', () => {
  let owner: Visitor;
  let stranger: Visitor;
  let id: string;
  beforeAll(async () => {
    owner = await signedUp('Jan Peeters', 'jan@schakel.example');
    stranger = await signedUp('Tom Claes', 'tom@elders.example');
  });

  it('answers 401 problem details to someone not signed in', async () => {
    const { res, json } = await call(null, 'GET', '/organisations');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(json).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: 'Sign-in required' });
  });

  it('refuses a state change from another site, even with the session cookie', async () => {
    const { res } = await call(owner, 'POST', '/organisations', association, 'https://evil.example');
    expect(res.status).toBe(403);
  });

  it('answers 422 with each field at fault and why', async () => {
    const bad = { ...association, enterpriseNumber: '0417.497.107', iban: 'BE71 0961 2345 6760', postalCode: 'x' };
    const { res, json } = await call(owner, 'POST', '/organisations', bad, 'http://localhost:3000');
    expect(res.status).toBe(422);
    expect(json.code).toBe('VALIDATION');
    expect((json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'enterpriseNumber',
      'iban',
      'postalCode',
    ]);
    const missing = await call(owner, 'POST', '/organisations', { ...association, enterpriseNumber: null });
    expect(missing.res.status).toBe(422);
    expect(missing.json.errors).toEqual([{ field: 'enterpriseNumber', message: 'is required' }]);
  });

  it('registers an organisation (201) with normalised numbers, the caller as owner', async () => {
    const { res, json } = await call(owner, 'POST', '/organisations', association);
    expect(res.status).toBe(201);
    expect(json).toMatchObject({ enterpriseNumber: '0417497106', iban: 'BE71096123456769', myRole: 'owner' });
    id = json.id as string;
    const list = await call(owner, 'GET', '/organisations');
    expect(list.json.data.map((o: { id: string }) => o.id)).toEqual([id]);
  });

  it('reads and changes it for its owner, refusing a bad change with 422', async () => {
    expect((await call(owner, 'GET', `/organisations/${id}`)).json).toMatchObject({ legalName: association.legalName });
    const changed = await call(owner, 'PATCH', `/organisations/${id}`, { city: 'Schaerbeek' });
    expect(changed.res.status).toBe(200);
    expect(changed.json).toMatchObject({ city: 'Schaerbeek', street: association.street });
    const refused = await call(owner, 'PATCH', `/organisations/${id}`, { iban: 'ZZ00 1234' });
    expect(refused.res.status).toBe(422);
    expect(refused.json.errors).toEqual([{ field: 'iban', message: expect.stringContaining('country') }]);
  });

  it('answers 404 to a signed-in stranger, for reading and for writing alike', async () => {
    expect((await call(stranger, 'GET', `/organisations/${id}`)).res.status).toBe(404);
    expect((await call(stranger, 'GET', `/organisations/${id}/members`)).res.status).toBe(404);
    expect((await call(stranger, 'PATCH', `/organisations/${id}`, { city: 'X' })).res.status).toBe(404);
    expect((await call(stranger, 'GET', '/organisations/not-an-id')).res.status).toBe(404);
    expect((await call(stranger, 'GET', '/organisations')).json.data).toEqual([]);
  });

  it('invites by e-mail (201), queues the mail and kicks the outbox worker', async () => {
    const before = kicks;
    const { res, json } = await call(owner, 'POST', `/organisations/${id}/invitations`, {
      email: 'Tom@Elders.example',
    });
    expect(res.status).toBe(201);
    expect(json).toMatchObject({ email: 'tom@elders.example', role: 'member' });
    expect(json).not.toHaveProperty('token');
    expect(kicks).toBe(before + 1);
    const mails = await database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'invitation'));
    expect(mails.map((m) => m.toAddress)).toEqual(['tom@elders.example']);
    const bad = await call(owner, 'POST', `/organisations/${id}/invitations`, { email: 'nope' });
    expect(bad.res.status).toBe(422);
  });

  it('lists members; an owner removes one (204), a member may not (403), the last owner may not leave (412)', async () => {
    const [tom] = await database.db.select().from(users).where(eq(users.email, 'tom@elders.example'));
    await database.db
      .insert(organisationMembers)
      .values({ organisationId: id, userId: tom?.id as string, role: 'member' });
    const members = await call(owner, 'GET', `/organisations/${id}/members`);
    expect(members.json.data.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Jan Peeters', 'owner'],
      ['Tom Claes', 'member'],
    ]);
    const ownerId = (members.json.data as { userId: string }[])[0]?.userId;
    const leaving = await call(owner, 'DELETE', `/organisations/${id}/members/${ownerId}`);
    expect(leaving.res.status).toBe(412);
    // Tom is a member now, but not an owner: he may not remove anyone.
    expect((await call(stranger, 'DELETE', `/organisations/${id}/members/${ownerId}`)).res.status).toBe(403);
    expect((await call(owner, 'DELETE', `/organisations/${id}/members/${tom?.id}`)).res.status).toBe(204);
    expect((await call(stranger, 'GET', `/organisations/${id}`)).res.status).toBe(404);
  });

  it('lets officers list every organisation and search it, once their two-step verification is on', async () => {
    const [tom] = await database.db.select().from(users).where(eq(users.email, 'tom@elders.example'));
    await database.db
      .update(users)
      .set({ role: 'officer' })
      .where(eq(users.id, tom?.id as string));
    // Until then the officer is an applicant: only their own organisations, none here.
    expect((await call(stranger, 'GET', '/organisations?q=schakel')).json.data).toEqual([]);
    expect((await call(stranger, 'GET', `/organisations/${id}`)).res.status).toBe(404);
    await markTwoFactorOn(database.db, 'tom@elders.example');
    const all = await call(stranger, 'GET', '/organisations?q=schakel');
    expect(all.json.data).toEqual([expect.objectContaining({ id, myRole: null })]);
    expect((await call(stranger, 'GET', `/organisations/${id}`)).res.status).toBe(200);
  });

  it('describes every operation in the OpenAPI document, with the session cookie', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths['/organisations'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/organisations/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);
    expect(doc.paths['/organisations/{id}/members/{userId}']).toHaveProperty('delete');
    expect(doc.paths['/organisations/{id}/invitations']).toHaveProperty('post');
    expect(doc.components.securitySchemes).toHaveProperty('session');
    expect(doc.components.schemas).toHaveProperty('OrganisationInput');
  });
});
