import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { type PlatformRole, systemActor } from '../core/context.ts';
import { users } from '../db/schema/index.ts';
import { createAccount } from '../domain/identity/create-account.ts';
import { createOrganisation } from '../domain/organisations/index.ts';
import { association, enterpriseNumberFrom } from '../domain/organisations/test-support.ts';
import type { createApp } from './app.tsx';

/**
 * Who may reach what: every route against every kind of person, with the status each must get. Later areas add
 * their rows here. 303 is a redirect to sign-in (or, for staff without two-step verification, to turn it on).
 */
const people = ['visitor', 'applicant', 'reviewer', 'librarian', 'coordinator', 'officer', 'admin'] as const;
type Person = (typeof people)[number];
type Row = [method: 'GET' | 'POST', path: string, expected: Record<Person, number>];

const all = (status: number) => Object.fromEntries(people.map((p) => [p, status])) as Record<Person, number>;
const signedIn = (visitor: number, others: number) => ({ ...all(others), visitor });
const adminOnly = { ...all(403), visitor: 303, admin: 200 };

const table: Row[] = [
  ['GET', '/fr', all(200)],
  ['GET', '/nl/schemes/das', all(200)],
  ['GET', '/en/timeline', all(200)],
  ['GET', '/fr/municipalities/21004', all(200)],
  ['GET', '/api/v1/schemes', all(200)],
  ['GET', '/api/v1/openapi.json', all(200)],
  ['GET', '/api/v1/me', signedIn(401, 200)],
  ['GET', '/fr/sign-in', { ...all(303), visitor: 200 }],
  ['GET', '/fr/sign-up', all(200)],
  ['GET', '/fr/account', signedIn(303, 200)],
  ['GET', '/fr/account/export', signedIn(303, 200)],
  ['GET', '/fr/admin/users', adminOnly],
  ['GET', '/fr/admin/users/{applicant}', adminOnly],
  ['GET', '/fr/admin/audit', adminOnly],
  ['GET', '/fr/admin/audit.csv', adminOnly],
  ['GET', '/fr/admin/outbox', adminOnly],
  ['POST', '/fr/admin/users/{applicant}/status', { ...adminOnly, admin: 303 }],
  ['POST', '/fr/admin/users/{reviewer}/roles', { ...adminOnly, admin: 303 }],
  // Organisations: members and the School Service see one; anyone else is told it does not exist.
  ['GET', '/fr/organisations', signedIn(303, 200)],
  ['GET', '/fr/organisations/new', signedIn(303, 200)],
  ['GET', '/fr/organisations/{organisation}', { ...all(404), visitor: 303, applicant: 200, officer: 200, admin: 200 }],
  [
    'GET',
    '/fr/organisations/{organisation}/edit',
    { ...all(404), visitor: 303, applicant: 200, officer: 403, admin: 403 },
  ],
  ['GET', '/api/v1/organisations', signedIn(401, 200)],
  [
    'GET',
    '/api/v1/organisations/{organisation}',
    { ...all(404), visitor: 401, applicant: 200, officer: 200, admin: 200 },
  ],
  [
    'POST',
    '/fr/organisations/{organisation}/check-enterprise',
    { ...all(404), visitor: 303, applicant: 403, officer: 303, admin: 303 },
  ],
  // Library: public reading.
  ['GET', '/fr/library', all(200)],
  ['GET', '/nl/library/authors', all(200)],
  ['GET', '/en/library/feed.atom', all(200)],
  ['GET', '/fr/library/export.ris', all(200)],
  ['GET', '/oai?verb=Identify', all(200)],
  ['GET', '/api/v1/library/search?q=d%C3%A9crochage', all(200)],
  ['GET', '/api/v1/library/export/bibtex', all(200)],
  // Library curation: librarians and admins.
  ['GET', '/fr/library/manage/import', { ...all(403), visitor: 303, librarian: 200, admin: 200 }],
  ['POST', '/fr/library/manage/import', { ...all(403), visitor: 303, librarian: 422, admin: 422 }],
];

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
const browsers = new Map<Person, Visitor>();
const ids = new Map<string, string>();
const password = 'a long matrix password';

beforeAll(async () => {
  const t = await testApp();
  ({ app, database } = t);
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'matrix', now: new Date() };
  browsers.set('visitor', new Visitor(app));
  for (const person of people.filter((p) => p !== 'visitor')) {
    const roles: PlatformRole[] = person === 'applicant' ? [] : [person];
    const { id } = await createAccount(ctx, t.auth, {
      email: `${person}@matrix.example.be`,
      name: person,
      password,
      lang: 'fr',
      roles,
      municipality: person === 'coordinator' ? '21001' : null,
    });
    ids.set(person, id);
    const visitor = new Visitor(app);
    await visitor.get('/fr/sign-in');
    const res = await visitor.post('/fr/sign-in', { email: `${person}@matrix.example.be`, password });
    expect(res.status, `sign-in of ${person}`).toBe(303);
    browsers.set(person, visitor);
  }
  const owner = { kind: 'user' as const, id: ids.get('applicant') as string, roles: [], municipality: null };
  const created = await createOrganisation(
    { actor: owner, db: database.db, requestId: 'matrix', now: new Date() },
    association({ enterpriseNumber: enterpriseNumberFrom('04567891') }),
  );
  ids.set('organisation', created.id);
  // Staff have two-step verification on (its own flow is tested in admin.test.ts).
  for (const person of ['officer', 'admin'] as const) {
    await database.db
      .update(users)
      .set({ twoFactorEnabled: true })
      .where(eq(users.id, ids.get(person) as string));
  }
});
afterAll(() => database.dispose());

describe('who may reach what', () => {
  for (const [method, template, expected] of table) {
    it(`${method} ${template}`, async () => {
      const path = template.replace(/\{(\w+)\}/g, (_, key: string) => ids.get(key) as string);
      for (const person of people) {
        const browser = browsers.get(person) as Visitor;
        let res: Response;
        if (method === 'GET') res = await browser.get(path);
        else {
          await browser.get('/fr/sign-up'); // any form page gives the CSRF token
          const body: Record<string, string> = path.endsWith('/status')
            ? { disabled: 'false' }
            : path.endsWith('/roles')
              ? { roles: 'reviewer' }
              : {};
          res = await browser.post(path, body);
        }
        expect(res.status, `${method} ${template} as ${person}`).toBe(expected[person]);
      }
    });
  }
});
