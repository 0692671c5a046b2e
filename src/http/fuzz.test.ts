import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import {
  anApplication,
  anOrganisation,
  aPublishedCall,
  budgetOf,
  signedInAs,
  signIn,
  type TestApp,
} from '../../test/factories.ts';
import { instantToBrussels } from '../domain/calls/index.ts';

/**
 * Every write route of the application, found in its route table (a route added later is covered without being
 * listed), sent generated bad bodies by people of each kind: malformed and wrongly shaped JSON, forms with
 * hostile values (NUL, unpaired surrogates, huge, injection-like, non-Latin), truncated multipart bodies, wrong
 * media types. None may answer 5xx, and a refusal (4xx) must leave every table as it was.
 */

/** Requests per route (FUZZ_RUNS for a longer search; fast-check prints the seed of any failure to replay it). */
const runs = Number(process.env.FUZZ_RUNS ?? 10);
const writeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof writeMethods)[number];

/** better-auth's endpoints behind `/api/auth/*` that take a body. Signing out takes none and is left out. */
const authEndpoints = [
  'sign-in/email',
  'sign-up/email',
  'request-password-reset',
  'reset-password',
  'update-user',
  'change-password',
  'change-email',
  'delete-user',
  'revoke-session',
  'two-factor/enable',
  'two-factor/disable',
  'two-factor/verify-totp',
  'two-factor/verify-backup-code',
];

/** The field names our forms use, read from the page components, so that bodies reach the handlers' logic. */
function formFieldNames(): string[] {
  const names = new Set<string>(['_csrf', 'answers', 'sectionVersion', 'declaration', 'roles']);
  const dir = path.resolve(import.meta.dirname, '../web');
  for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!file.endsWith('.tsx')) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/\bname="([\w.[\]-]{1,60})"/g)) names.add(m[1] as string);
  }
  return [...names].sort();
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    'École\u0000',
    '\ud800',
    'a\udc00b',
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    '<script>alert(1)</script>',
    '{{constructor.constructor("return process")()}}',
    '../../../etc/passwd',
    '%00',
    '-1',
    '1e309',
    'NaN',
    '99999999999999999999999',
    '2026-02-30',
    'BE00 0000 0000 0000',
    'Εθνικό Μετσόβιο Πολυτεχνείο',
    'مدرسة بروكسل',
    '布鲁塞尔',
    '\u202eevil',
    '🙂'.repeat(50),
    'x'.repeat(70_000),
  ),
);

/** Values a person could type, but wrong for the field: they pass the character checks and reach the handler. */
const plausible = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.uuid().map(String),
  fc.constantFrom('', ' ', '0', '-1', 'yes', 'no', 'on', 'true', '2026-12-31', '31/12/2026', 'fr', 'nl', 'das', 'x@y'),
);

const hostileText = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 2, arbitrary: hostile });

interface Sent {
  method: Method;
  path: string;
  person: 'anonymous' | 'applicant' | 'staff';
  contentType?: string;
  body?: string | FormData;
}

let t: TestApp;
const people = new Map<Sent['person'], Visitor>();
const ids: Record<string, string> = {};
const emails: Partial<Record<Sent['person'], string>> = {};
let routes: { method: Method; path: string }[] = [];

/** A route pattern without its parameters' regular expressions (`:id{[0-9a-f]{8}-...}` becomes `:id`). */
function withoutConstraints(pattern: string): string {
  let out = '';
  let depth = 0;
  for (const ch of pattern) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** A route pattern of the table made into a real address, with ids that exist where it matters. */
function address(pattern: string): string {
  return withoutConstraints(pattern).replace(/:(\w+)/g, (_, name: string, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    if (name === 'code') return ids.draftCall as string;
    if (name === 'userId') return ids.target as string;
    if (name === 'section' || name === 'key') return 'project';
    if (name === 'token') return randomBytes(16).toString('hex');
    if (name !== 'id') return randomUUID();
    if (before.endsWith('/organisations/')) return ids.organisation as string;
    if (before.endsWith('/admin/users/')) return ids.target as string;
    if (before.endsWith('/admin/applications/')) return ids.submitted as string;
    if (before.endsWith('/applications/')) return ids.draft as string;
    if (before.endsWith('/library/manage/import/')) return randomBytes(16).toString('hex');
    if (before.endsWith('/records/')) return ids.record as string;
    return randomUUID();
  });
}

/** A digest of every table a refused request must leave alone (counters of failed attempts are meant to move). */
async function fingerprint(): Promise<string> {
  const tables = (await t.database.db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('rate_limits', 'sign_in_throttle', '__drizzle_migrations') order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const parts = tables.rows.map((r) =>
    r.name === 'audit_log'
      ? `(select count(*)::text from audit_log where action not like '%fail%')`
      : `(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from "${r.name}" x)`,
  );
  const result = (await t.database.db.execute(
    sql.raw(`select concat_ws(',', ${parts.join(', ')}) as digest`),
  )) as unknown as {
    rows: { digest: string }[];
  };
  return result.rows[0]?.digest ?? '';
}

/**
 * The next transaction id the server will hand out: it moves whenever anything is written (or a write is rolled
 * back), so while it stands still the full digest cannot have changed and need not be computed again.
 */
async function writeMarker(): Promise<string> {
  const result = (await t.database.db.execute(
    sql`select txid_snapshot_xmax(txid_current_snapshot())::text as next`,
  )) as unknown as { rows: { next: string }[] };
  return result.rows[0]?.next ?? '';
}

const cookieOf = (v: Visitor) => [...v.cookies].map(([k, val]) => `${k}=${val}`).join('; ');

async function send(sent: Sent): Promise<Response> {
  const visitor = people.get(sent.person) as Visitor;
  const headers: Record<string, string> = { cookie: cookieOf(visitor), 'accept-language': 'fr' };
  if (!sent.path.startsWith('/api/v1/')) headers.origin = 'http://localhost:3000';
  if (sent.contentType) headers['content-type'] = sent.contentType;
  return t.app.request(sent.path, {
    method: sent.method,
    headers,
    ...(sent.body !== undefined ? { body: sent.body } : {}),
  });
}

/** The bodies: each a content type and a body, all of them wrong in some way. */
function badBodies(fields: string[], csrf: () => string) {
  const name = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fields) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const values = fc.dictionary(name, hostileText, { maxKeys: 6 });
  const withToken = (v: Record<string, string>) => ({ ...v, _csrf: v._csrf ?? csrf() });
  return fc.oneof(
    // Malformed JSON, truncated JSON, JSON of any shape, JSON objects with hostile values.
    fc.string({ maxLength: 30 }).map((s) => ({ contentType: 'application/json', body: `{${s}` })),
    values.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v).slice(0, -1) })),
    fc.jsonValue({ maxDepth: 3 }).map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
    values.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
    // Forms with hostile values, with the visitor's CSRF token so that they reach the handler.
    values.map((v) => ({
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams(withToken(v)).toString(),
    })),
    fc.tuple(values, fc.boolean(), fc.nat()).map(([v, truncate, cut]) => {
      const boundary = 'fuzzboundary';
      let text = '';
      for (const [k, value] of Object.entries(withToken(v))) {
        text += `--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, '')}"\r\n\r\n${value}\r\n`;
      }
      text += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${boundary}--\r\n`;
      return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: truncate ? text.slice(0, cut % Math.max(1, text.length)) : text,
      };
    }),
    // Wrong media types and empty bodies.
    fc
      .tuple(
        fc.constantFrom('text/plain', 'application/xml', 'application/octet-stream', 'multipart/form-data'),
        fc.string({ maxLength: 40 }),
      )
      .map(([contentType, body]) => ({ contentType, body })),
    fc.constantFrom(
      { contentType: undefined, body: undefined },
      { contentType: 'application/json', body: '' },
      { contentType: 'application/x-www-form-urlencoded', body: '' },
    ),
  );
}

beforeAll(async () => {
  t = await testApp();
  const fresh = new Visitor(t.app);
  await fresh.get('/fr/sign-up');
  people.set('anonymous', fresh);
  const applicant = await signedInAs(t);
  people.set('applicant', applicant.visitor);
  emails.applicant = applicant.email;
  const staff = await signedInAs(t, { roles: ['admin', 'officer', 'librarian'] });
  people.set('staff', staff.visitor);
  emails.staff = staff.email;
  ids.target = (await signedInAs(t)).id;
  const owner = { kind: 'user' as const, id: applicant.id, roles: [], municipality: null };
  ids.organisation = await anOrganisation(t.database.db, owner);
  const soon = (days: number) => instantToBrussels(new Date(Date.now() + days * 86_400_000));
  const call = await aPublishedCall(t.database.db, { at: new Date(), opensAt: soon(-1), closesAt: soon(20) });
  ids.draftCall = call.code;
  const budget = budgetOf({ staff: 1_000_000 });
  ids.draft = (
    await anApplication(t.database.db, { call, organisationId: ids.organisation, state: 'draft', budget })
  ).id;
  ids.submitted = (
    await anApplication(t.database.db, { call, organisationId: ids.organisation, state: 'submitted', budget })
  ).id;
  const records = (await t.database.db.execute(sql`select id from library_records limit 1`)) as unknown as {
    rows: { id: string }[];
  };
  ids.record = records.rows[0]?.id ?? randomUUID();
  // The route table, without the language copies and the middleware entries (method ALL).
  const seen = new Set<string>();
  for (const r of t.app.routes) {
    const method = r.method as Method;
    if (!writeMethods.includes(method) || /^\/(nl|en)\//.test(r.path)) continue;
    const paths = r.path === '/api/auth/*' ? authEndpoints.map((e) => `/api/auth/${e}`) : [r.path];
    for (const p of paths) {
      if (p.endsWith('/sign-out')) continue;
      const key = `${method} ${p}`;
      if (!seen.has(key)) routes.push({ method, path: p });
      seen.add(key);
    }
  }
  routes = routes.sort((a, b) => a.path.localeCompare(b.path));
}, 120_000);
afterAll(() => t.database.dispose());

describe('generated bad bodies on every write route', () => {
  it('covers the write routes of the route table', () => {
    // Every area's write routes are found (the table, not a list kept by hand).
    expect(routes.length).toBeGreaterThan(70);
    for (const expected of [
      '/api/v1/organisations',
      '/fr/sign-in',
      '/fr/library/manage/import',
      '/api/auth/sign-up/email',
    ]) {
      expect(routes.map((r) => r.path)).toContain(expected);
    }
  });

  it('never answers 5xx, and a refusal writes nothing', async () => {
    const fields = formFieldNames();
    const failures: string[] = [];
    const reached = new Set<string>();
    for (const route of routes) {
      // A route before may have ended a session (revoked, account deleted): each route starts signed in.
      for (const person of ['applicant', 'staff'] as const) {
        const account = await (people.get(person) as Visitor).get('/fr/account');
        if (account.status !== 200) people.set(person, await signIn(t, emails[person] as string));
      }
      const csrf = () => people.get('staff')?.cookies.get('accroche.csrf') ?? '';
      const arbitrary = fc.record({
        person: fc.constantFrom<Sent['person']>('anonymous', 'applicant', 'staff'),
        sent: badBodies(fields, csrf),
      });
      // The digest is taken again only when something was written since it was last taken.
      let digest = await fingerprint();
      let marker = await writeMarker();
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ person, sent }) => {
          const token = people.get(person)?.cookies.get('accroche.csrf');
          let body = sent.body;
          if (typeof body === 'string' && token) body = body.replaceAll(csrf(), token);
          const before = digest;
          const request: Sent = { method: route.method, path: address(route.path), person };
          if (sent.contentType) request.contentType = sent.contentType;
          if (body !== undefined) request.body = body;
          const res = await send(request);
          await res.arrayBuffer();
          const location = res.headers.get('location') ?? '';
          if (![401, 403].includes(res.status) && !/\/sign-in|twoFactorRequired/.test(location))
            reached.add(route.path);
          const what = `${route.method} ${request.path} as ${person} (${sent.contentType}): ${String(body).slice(0, 200)}`;
          const moved = await writeMarker();
          if (moved !== marker) {
            marker = moved;
            digest = await fingerprint();
          }
          if (res.status >= 500) failures.push(`${res.status} ${what}`);
          else if (res.status >= 400 && digest !== before) failures.push(`wrote on ${res.status}: ${what}`);
        }),
        { numRuns: runs },
      );
    }
    expect(failures).toEqual([]);
    // The bodies reached the routes' own code, past the sign-in, role and CSRF checks, on nearly every route.
    const unreached = routes.map((r) => r.path).filter((p) => !reached.has(p));
    expect(unreached.length, unreached.join('\n')).toBeLessThan(routes.length / 10);
  }, 600_000);
});
