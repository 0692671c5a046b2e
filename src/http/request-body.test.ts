import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import { signedInAs, type TestApp } from '../../test/factories.ts';

let t: TestApp;
let applicant: Visitor;
beforeAll(async () => {
  t = await testApp({ REQUEST_MAX_KB: '256' });
  ({ visitor: applicant } = await signedInAs(t));
});
afterAll(() => t.database.dispose());

const mb = 1024 * 1024;

/** A body that streams `total` bytes without a Content-Length, counting what the server pulled from it. */
function streamed(total: number) {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(97);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled };
}

const cookieOf = (v: Visitor) => [...v.cookies].map(([k, val]) => `${k}=${val}`).join('; ');

describe('the size of request bodies', () => {
  it('refuses an anonymous form body over the limit from its Content-Length, in the page language', async () => {
    const res = await t.app.request('/nl/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(300 * mb) },
      body: 'email=a',
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('lang="nl"');
    expect(html).toContain('te groot');
  });

  it('stops reading a streamed body as soon as it passes the limit, before the CSRF check', async () => {
    const { body, pulled } = streamed(20 * mb);
    const res = await t.app.request('/en/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled()).toBeLessThan(2 * mb);
  });

  it('answers the API with problem details in the client language', async () => {
    const res = await t.app.request('/api/v1/organisations', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'fr-BE',
        'content-length': String(2 * mb),
        cookie: cookieOf(applicant),
      },
      body: '{}',
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as { status: number; code: string; title: string };
    expect(problem).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(problem.title).toMatch(/volumineu/);
  });

  it('lets an upload route take a file above the general limit, up to its own', async () => {
    const file = new File([new Uint8Array(mb)], 'annex.pdf', { type: 'application/pdf' });
    const form = new FormData();
    form.set('section', 'annexes');
    form.set('sectionVersion', '0');
    form.set('fieldKey', 'annex');
    form.set('file', file);
    const res = await t.app.request(`/api/v1/applications/${randomUUID()}/files`, {
      method: 'POST',
      headers: { cookie: cookieOf(applicant) },
      body: form,
    });
    // Past the general limit: the route itself answers (the application does not exist), not the size check.
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
    const { body, pulled } = streamed(60 * mb);
    const huge = await t.app.request(`/api/v1/applications/${randomUUID()}/files`, {
      method: 'POST',
      headers: { cookie: cookieOf(applicant), 'content-type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(huge.status).toBe(413);
    expect(pulled()).toBeLessThan(40 * mb);
  });

  it('keeps health checks unaffected', async () => {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
  });
});

describe('bodies that cannot be read', () => {
  const json = (path: string, body: string, contentType = 'application/json') =>
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': contentType, 'accept-language': 'en', cookie: cookieOf(applicant) },
      body,
    });

  it('answers malformed or empty JSON with 400 problem details', async () => {
    for (const body of ['{', '', '[1,', '"\\x"', '{"name": 1,}']) {
      const res = await json('/api/v1/organisations', body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { code: string }).code, body).toBe('BAD_REQUEST');
    }
    const start = await json('/api/v1/applications', '{"callCode":');
    expect(start.status).toBe(400);
  });

  it('refuses a body that is not JSON on a JSON route with 415', async () => {
    const res = await json('/api/v1/organisations', 'name=x', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    const none = await t.app.request('/api/v1/organisations', {
      method: 'POST',
      headers: { cookie: cookieOf(applicant) },
      body: 'plain',
    });
    expect(none.status).toBe(415);
  });

  it('refuses NUL bytes and unpaired surrogates in JSON, naming the field', async () => {
    for (const bad of ['a\u0000b', '\ud800', 'x\udc00y']) {
      const res = await json('/api/v1/organisations', JSON.stringify({ name: bad, type: 'association' }));
      expect(res.status, JSON.stringify(bad)).toBe(400);
      const problem = (await res.json()) as { errors: { field: string; message: string }[] };
      expect(problem.errors[0]?.field).toBe('name');
      expect(problem.errors[0]?.message).toMatch(/character/);
    }
  });

  it('refuses a NUL byte in a page form field with a message naming it, in the page language', async () => {
    await applicant.get('/fr/organisations/new');
    const res = await applicant.post('/fr/organisations/new', { name: 'École\u0000', type: 'school' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain('name');
    expect(html).toMatch(/caractère/);
  });

  it('refuses a NUL byte in a query string', async () => {
    const res = await t.app.request('/api/v1/library/search?q=%00');
    expect(res.status).toBe(400);
    const page = await t.app.request('/fr/library?q=a%00b');
    expect(page.status).toBe(400);
  });

  it('answers a truncated multipart body with 400, anonymously too', async () => {
    const truncated = '--b\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc';
    for (const path of ['/en/sign-in', '/fr/organisations/new']) {
      const res = await t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=b', cookie: cookieOf(applicant) },
        body: truncated,
      });
      expect(res.status, path).toBe(400);
    }
  });

  it('keeps the status of an HTTP exception instead of turning it into 500', async () => {
    const res = await json('/api/v1/applications/00000000-0000-0000-0000-000000000000/submit', '{');
    expect(res.status).toBeLessThan(500);
  });
});

describe('throttled sign-in on the JSON endpoint', () => {
  it('sends Retry-After, as the pages do', async () => {
    const fresh = new Visitor(t.app);
    let res: Response | undefined;
    for (let i = 0; i < 15; i++) {
      res = await t.app.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', cookie: cookieOf(fresh) },
        body: JSON.stringify({ email: `nobody${i}@example.be`, password: 'wrong password here' }),
      });
      if (res.status === 429) break;
    }
    expect(res?.status).toBe(429);
    expect(Number(res?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
