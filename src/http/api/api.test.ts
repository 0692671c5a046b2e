import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.ts';
import type { TestDatabase } from '../../../test/db.ts';
import { markTwoFactorOn } from '../../../test/totp.ts';
import { KeyFigure } from '../../domain/indicators/index.ts';
import { Municipality } from '../../domain/municipalities/index.ts';
import { Call, Scheme, SchemeWithCalls } from '../../domain/programmes-calls/index.ts';
import { TimelineEvent } from '../../domain/timeline/index.ts';
import type { createApp } from '../app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { res, body: (await res.json()) as Record<string, unknown> & { data: unknown[] } };
};

describe('JSON API', () => {
  it('lists the schemes, each matching the published schema', async () => {
    const { res, body } = await getJson('/api/v1/schemes');
    expect(res.status).toBe(200);
    expect(body.data).toHaveLength(6);
    for (const s of body.data) Scheme.parse(s);
  });

  it('gives one scheme with its calls', async () => {
    const { body } = await getJson('/api/v1/schemes/dasc');
    const scheme = SchemeWithCalls.parse(body);
    expect(scheme.calls.map((c) => c.code)).toContain('dasc-2025-2027');
  });

  it('filters calls by scheme and year', async () => {
    const { body } = await getJson('/api/v1/calls?scheme=das&year=2020');
    const calls = body.data.map((c) => Call.parse(c));
    expect(calls.map((c) => c.code)).toEqual(['das-2019-2021']);
  });

  it('lists the municipalities with their NIS codes', async () => {
    const { body } = await getJson('/api/v1/municipalities');
    expect(body.data).toHaveLength(19);
    const ixelles = body.data.map((m) => Municipality.parse(m)).find((m) => m.nisCode === '21009');
    expect(ixelles).toMatchObject({ nameFr: 'Ixelles', nameNl: 'Elsene' });
    const { body: one } = await getJson('/api/v1/municipalities/21004');
    expect(one).toMatchObject({ nisCode: '21004', nameNl: 'Brussel' });
  });

  it('gives the timeline and the key figures', async () => {
    const { body } = await getJson('/api/v1/timeline?from=2021&to=2021');
    const events = body.data.map((e) => TimelineEvent.parse(e));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date.startsWith('2021'))).toBe(true);
    const { body: figures } = await getJson('/api/v1/key-figures');
    for (const f of figures.data) KeyFigure.parse(f);
  });

  it('answers malformed parameters with 400 problem details naming the field', async () => {
    const res = await app.request('/api/v1/calls?year=next', { headers: { 'accept-language': 'fr' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { title: string; status: number; errors: { field: string }[] };
    expect(problem).toMatchObject({ status: 400, code: 'BAD_REQUEST', title: 'Requête incorrecte' });
    expect(problem.errors.map((e) => e.field)).toEqual(['year']);
    expect((await app.request('/api/v1/municipalities/12')).status).toBe(400);
  });

  it('answers a range the wrong way round with 400 problem details', async () => {
    const { res, body } = await getJson('/api/v1/timeline?from=2024&to=2015');
    expect(res.status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_REQUEST', errors: [{ field: 'from' }] });
  });

  it('answers unknown resources with 404 problem details', async () => {
    for (const path of ['/api/v1/schemes/nope', '/api/v1/municipalities/21099', '/api/v1/nothing']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('publishes an OpenAPI 3.1 description of every route, generated from the schemas', async () => {
    const { res, body } = await getJson('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const paths = Object.keys(body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/schemes',
        '/schemes/{code}',
        '/calls',
        '/municipalities',
        '/municipalities/{nis}',
        '/timeline',
        '/key-figures',
      ]),
    );
    const schemas = (body.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Scheme', 'Call', 'Municipality', 'Problem']));
  });

  it('sends /api/docs to the readable API page in the visitor language', async () => {
    const res = await app.request('/api/docs', { headers: { 'accept-language': 'en' } });
    expect(res.headers.get('location')).toBe('/en/api-docs');
    const html = await (await app.request('/en/api-docs')).text();
    expect(html).toContain('/api/v1/schemes/{code}');
  });
});

describe('the signed-in person', () => {
  it('answers /me with 401 problem details without a session', async () => {
    const res = await app.request('/api/v1/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('answers /me with the person behind the session cookie', async () => {
    const { createAccount } = await import('../../domain/identity/index.ts');
    const { createAuth } = await import('../../domain/identity/auth.ts');
    const { testConfig } = await import('../../../test/app.ts');
    const auth = createAuth({ db: database.db, config: testConfig() });
    const ctx = { actor: { kind: 'system' as const, name: 'test' }, db: database.db, requestId: 't', now: new Date() };
    await createAccount(ctx, auth, {
      email: 'officer@example.be',
      name: 'Olivia Officer',
      password: 'a long officer password',
      lang: 'nl',
      roles: ['officer'],
    });
    const signIn = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ email: 'officer@example.be', password: 'a long officer password' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const res = await app.request('/api/v1/me', { headers: { cookie } });
    expect(res.status).toBe(200);
    // The role is held, but counts only once two-step verification is on.
    expect(await res.json()).toMatchObject({
      name: 'Olivia Officer',
      lang: 'nl',
      roles: [],
      pendingRoles: ['officer'],
      municipality: null,
    });
    await markTwoFactorOn(database.db, 'officer@example.be');
    const after = await app.request('/api/v1/me', { headers: { cookie } });
    expect(await after.json()).toMatchObject({ roles: ['officer'], pendingRoles: [] });
  });
});
