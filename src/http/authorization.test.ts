import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import {
  association,
  budgetOf,
  callInput,
  enterpriseNumberFrom,
  anApplication as insertApplication,
} from '../../test/factories.ts';
import { type PlatformRole, systemActor } from '../core/context.ts';
import { callFormVersions, users } from '../db/schema/index.ts';
import { changePhase, createCall, instantToBrussels } from '../domain/calls/index.ts';
import { createAccount } from '../domain/identity/index.ts';
import { createOrganisation } from '../domain/organisations/index.ts';
import type { createApp } from './app.tsx';

/**
 * Who may reach what: every route against every kind of person, with the status each must get. Later areas add
 * their rows here. 303 is a redirect to sign-in. Staff without two-step verification hold their role but may not
 * use it: they have an applicant's rights (so another organisation's file does not exist for them), and a staff
 * area sends them to turn it on (`tfa`).
 */
const people = [
  'visitor',
  'applicant',
  'reviewer',
  'librarian',
  'coordinator',
  'officer',
  'admin',
  'librarian without 2FA',
  'officer without 2FA',
  'admin without 2FA',
] as const;
type Person = (typeof people)[number];
/** A page answers 303 to the account page's two-step section; the API answers 403 `TWO_FACTOR_REQUIRED`. */
const tfa = 'turn on two-step verification';
type Expected = number | typeof tfa;
type Row = [method: 'GET' | 'POST', path: string, expected: Record<Person, Expected>];

const all = (status: number) => Object.fromEntries(people.map((p) => [p, status])) as Record<Person, Expected>;
const signedIn = (visitor: number, others: number) => ({ ...all(others), visitor });
/** The administration (/admin/*) is for officers and admins; the library's curation for librarians and admins. */
const adminArea = { 'officer without 2FA': tfa, 'admin without 2FA': tfa } as const;
const libraryArea = { 'librarian without 2FA': tfa, 'admin without 2FA': tfa } as const;
const adminOnly = { ...all(403), visitor: 303, admin: 200, ...adminArea };
const callStaff = { ...all(403), visitor: 303, officer: 200, admin: 200, ...adminArea };
const curators = { ...all(403), visitor: 303, librarian: 200, admin: 200, ...libraryArea };
const applicationReaders = { ...all(404), visitor: 303, applicant: 200, officer: 200, admin: 200 };
/** The API's staff operations: 403, saying that two-step verification comes first. */
const apiStaff = { 'officer without 2FA': tfa, 'admin without 2FA': tfa } as const;

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
  // Calls: public once published; drafts and the officers' pages for officers and admins only.
  ['GET', '/fr/calls', all(200)],
  ['GET', '/fr/calls/{openCall}', all(200)],
  ['GET', '/en/calls/{openCall}/check', all(200)],
  ['GET', '/fr/calls/{draftCall}', { ...all(404), officer: 200, admin: 200 }],
  ['GET', '/fr/calls/{openCall}/documents/{noDocument}', all(404)],
  ['GET', '/fr/admin/calls', callStaff],
  ['GET', '/fr/admin/calls/new', callStaff],
  ['GET', '/fr/admin/calls/{draftCall}', callStaff],
  ['GET', '/fr/admin/calls/{draftCall}/form', callStaff],
  ['POST', '/fr/admin/calls/new', { ...callStaff, officer: 422, admin: 422 }],
  ['POST', '/fr/admin/calls/{draftCall}', { ...callStaff, officer: 422, admin: 422 }],
  ['POST', '/fr/admin/calls/{draftCall}/phase', { ...callStaff, officer: 303, admin: 303 }],
  ['POST', '/fr/admin/calls/{draftCall}/form', { ...callStaff, officer: 422, admin: 422 }],
  ['POST', '/fr/admin/calls/{draftCall}/documents', { ...callStaff, officer: 422, admin: 422 }],
  ['POST', '/fr/admin/calls/{draftCall}/documents/{noDocument}/remove', { ...callStaff, officer: 404, admin: 404 }],
  ['GET', '/api/v1/calls', all(200)],
  ['GET', '/api/v1/calls/{openCall}', all(200)],
  ['GET', '/api/v1/calls/{draftCall}', { ...all(404), officer: 200, admin: 200 }],
  // A form post to the JSON API: 415 for staff, after the role check.
  ['POST', '/api/v1/calls', { ...all(403), visitor: 401, officer: 415, admin: 415, ...apiStaff }],
  ['POST', '/api/v1/calls/{draftCall}/phase', { ...all(403), visitor: 401, officer: 415, admin: 415, ...apiStaff }],
  // School registry: kept by admins and officers; searched by anyone signed in.
  ['GET', '/fr/admin/schools', callStaff],
  ['POST', '/fr/admin/schools/import', { ...callStaff, officer: 422, admin: 422 }],
  ['GET', '/api/v1/schools', signedIn(401, 200)],
  ['POST', '/api/v1/schools/import', { ...all(403), visitor: 401, officer: 415, admin: 415, ...apiStaff }],
  // Screening: a call's applications, their exports, one application's screening page, for officers and admins.
  ['GET', '/fr/admin/calls/{openCall}/applications', callStaff],
  ['GET', '/fr/admin/calls/{openCall}/applications.csv', callStaff],
  ['GET', '/fr/admin/calls/{openCall}/applications.xlsx', callStaff],
  ['GET', '/fr/admin/applications/{submittedApplication}', callStaff],
  ['GET', '/fr/admin/applications/{submittedApplication}.pdf', callStaff],
  [
    'POST',
    '/fr/admin/applications/{submittedApplication}/information-requests',
    { ...callStaff, officer: 422, admin: 422 },
  ],
  ['POST', '/fr/admin/applications/{submittedApplication}/screening', { ...callStaff, officer: 422, admin: 422 }],
  [
    'GET',
    '/api/v1/calls/{openCall}/applications',
    { ...all(403), visitor: 401, officer: 200, admin: 200, ...apiStaff },
  ],
  [
    'GET',
    '/api/v1/calls/{openCall}/applications.xlsx',
    { ...all(403), visitor: 401, officer: 200, admin: 200, ...apiStaff },
  ],
  [
    'GET',
    '/api/v1/calls/{openCall}/applications?format=csv',
    { ...all(403), visitor: 401, officer: 200, admin: 200, ...apiStaff },
  ],
  [
    'POST',
    '/api/v1/applications/{submittedApplication}/information-requests',
    { ...all(403), visitor: 401, officer: 415, admin: 415, ...apiStaff },
  ],
  [
    'POST',
    '/api/v1/applications/{submittedApplication}/information-requests/{noDocument}/answer',
    { ...all(415), visitor: 401 },
  ],
  [
    'POST',
    '/api/v1/applications/{submittedApplication}/screening',
    { ...all(403), visitor: 401, officer: 415, admin: 415, ...apiStaff },
  ],
  // The applicant's files: the applying organisation's members, and the School Service read-only; nobody else.
  ['GET', '/fr/applications', signedIn(303, 200)],
  ['GET', '/fr/applications/new?call={openCall}', signedIn(303, 200)],
  ['POST', '/fr/applications/new?call={openCall}', signedIn(303, 422)],
  ['GET', '/fr/applications/{submittedApplication}', applicationReaders],
  ['GET', '/fr/applications/{submittedApplication}.pdf', applicationReaders],
  ['GET', '/fr/applications/{submittedApplication}/sections/project', applicationReaders],
  ['GET', '/fr/applications/{submittedApplication}/submit', applicationReaders],
  [
    'GET',
    '/fr/applications/{submittedApplication}/files/{noDocument}',
    { ...applicationReaders, applicant: 404, officer: 404, admin: 404 },
  ],
  [
    'POST',
    '/fr/applications/{submittedApplication}/sections/project',
    { ...applicationReaders, applicant: 412, officer: 403, admin: 403 },
  ],
  [
    'POST',
    '/fr/applications/{submittedApplication}/submit',
    { ...applicationReaders, applicant: 303, officer: 403, admin: 403 },
  ],
  [
    'POST',
    '/fr/applications/{submittedApplication}/co-applicants',
    { ...applicationReaders, applicant: 422, officer: 403, admin: 403 },
  ],
  ['GET', '/fr/co-applicant-invitations/{noDocument}', signedIn(303, 404)],
  ['GET', '/api/v1/applications', signedIn(401, 200)],
  ['GET', '/api/v1/applications/{submittedApplication}', { ...applicationReaders, visitor: 401 }],
  ['GET', '/api/v1/applications/{submittedApplication}/pdf', { ...applicationReaders, visitor: 401 }],
  ['POST', '/api/v1/applications', { ...all(415), visitor: 401 }],
  ['POST', '/api/v1/applications/{submittedApplication}/submit', { ...all(415), visitor: 401 }],
  // Last: the applicant withdraws the submitted application (the call is open); officers may not.
  [
    'POST',
    '/fr/applications/{submittedApplication}/withdraw',
    { ...applicationReaders, applicant: 303, officer: 403, admin: 403 },
  ],
  // Public figures: pages, downloads and the open-data API are for everyone; imports for admins.
  ['GET', '/fr/figures', all(200)],
  ['GET', '/nl/figures/early-leavers-18-24', all(200)],
  ['GET', '/fr/figures/map/disadvantaged-first-secondary', all(200)],
  ['GET', '/fr/figures/early-leavers-18-24.csv', all(200)],
  ['GET', '/fr/figures/early-leavers-18-24/line.svg', all(200)],
  ['GET', '/en/funding', all(200)],
  ['GET', '/api/v1/indicators', all(200)],
  ['GET', '/api/v1/indicators/early-leavers-18-24/values', all(200)],
  ['GET', '/api/v1/catalogue.jsonld', all(200)],
  ['GET', '/fr/admin/figures', adminOnly],
  ['POST', '/fr/admin/figures/values', { ...adminOnly, admin: 422 }],
  ['POST', '/fr/admin/figures/boundaries', { ...adminOnly, admin: 422 }],
  // Library: public reading.
  ['GET', '/fr/library', all(200)],
  ['GET', '/nl/library/authors', all(200)],
  ['GET', '/en/library/feed.atom', all(200)],
  ['GET', '/fr/library/export.ris', all(200)],
  ['GET', '/oai?verb=Identify', all(200)],
  ['GET', '/api/v1/library/search?q=d%C3%A9crochage', all(200)],
  ['GET', '/api/v1/library/export/bibtex', all(200)],
  // Library curation: librarians and admins.
  ['GET', '/fr/library/manage/records', curators],
  ['GET', '/fr/library/manage/records/new', curators],
  ['POST', '/fr/library/manage/records/new', { ...curators, librarian: 422, admin: 422 }],
  ['GET', '/fr/library/manage/import', curators],
  ['POST', '/fr/library/manage/import', { ...curators, librarian: 422, admin: 422 }],
  // An import session is found only by its owner: anyone else's (or an unknown one) does not exist.
  ['GET', `/fr/library/manage/import/${'0'.repeat(32)}`, { ...curators, librarian: 404, admin: 404 }],
  ['POST', `/fr/library/manage/import/${'0'.repeat(32)}`, { ...curators, librarian: 404, admin: 404 }],
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
    const role = person.replace(' without 2FA', '');
    const roles = role === 'applicant' ? [] : [role as PlatformRole];
    const email = `${person.replace(/ /g, '-')}@matrix.example.be`;
    const { id } = await createAccount(ctx, t.auth, {
      email,
      name: person,
      password,
      lang: 'fr',
      roles,
      municipality: person === 'coordinator' ? '21001' : null,
    });
    ids.set(person, id);
    const visitor = new Visitor(app);
    await visitor.get('/fr/sign-in');
    const res = await visitor.post('/fr/sign-in', { email, password });
    expect(res.status, `sign-in of ${person}`).toBe(303);
    browsers.set(person, visitor);
  }
  const owner = { kind: 'user' as const, id: ids.get('applicant') as string, roles: [], municipality: null };
  const created = await createOrganisation(
    { actor: owner, db: database.db, requestId: 'matrix', now: new Date() },
    association({ enterpriseNumber: enterpriseNumberFrom('04567891') }),
  );
  ids.set('organisation', created.id);
  const soon = (days: number) => instantToBrussels(new Date(Date.now() + days * 86_400_000));
  const openCall = await createCall(ctx, callInput({ opensAt: soon(-1), closesAt: soon(20) }));
  await changePhase(ctx, openCall.code, 'publish');
  ids.set('openCall', openCall.code);
  ids.set('draftCall', (await createCall(ctx, callInput({ schemeCode: 'dasc' }))).code);
  ids.set('noDocument', randomUUID());
  const [form] = await database.db.select().from(callFormVersions).where(eq(callFormVersions.callCode, openCall.code));
  if (!form) throw new Error('the open call has no form');
  const submitted = await insertApplication(database.db, {
    call: { code: openCall.code, form: form.form, formVersion: form.version },
    organisationId: created.id,
    state: 'submitted',
    budget: budgetOf({ staff: 1_000_000 }),
  });
  ids.set('submittedApplication', submitted.id);
  // Staff have two-step verification on (its own flow is tested in admin.test.ts), except the "without" columns.
  for (const person of ['librarian', 'officer', 'admin'] as const) {
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
        const wanted = expected[person];
        const as = `${method} ${template} as ${person}`;
        if (wanted !== tfa) expect(res.status, as).toBe(wanted);
        else if (path.startsWith('/api/')) {
          expect(res.status, as).toBe(403);
          expect(((await res.json()) as { code?: string }).code, as).toBe('TWO_FACTOR_REQUIRED');
        } else {
          expect(res.status, as).toBe(303);
          expect(res.headers.get('location'), as).toMatch(/^\/fr\/account\?twoFactorRequired\b/);
        }
      }
    });
  }
});
