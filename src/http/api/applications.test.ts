import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.ts';
import type { Visitor } from '../../../test/browser-like.ts';
import type { TestDatabase } from '../../../test/db.ts';
import { aCallOpenNow, completeAnswers, signedUpApplicant } from '../../../test/factories.ts';
import type { createApp } from '../app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let callCode: string;
let applicant: Visitor;
let organisationId: string;
const _day = 24 * 3600 * 1000;

beforeAll(async () => {
  ({ app, database } = await testApp());
  callCode = await aCallOpenNow(database.db, { minPerProjectCents: 500_000, maxPerProjectCents: 2_000_000 });
  ({ visitor: applicant, organisationId } = await signedUpApplicant(app, database.db, {
    name: 'Api Applicant',
    email: 'api@apply.example.be',
    lang: 'en',
    enterprise: '01234567',
  }));
});
afterAll(() => database.dispose());

const call = (method: string, path: string, payload?: unknown, who: Visitor | null = applicant) =>
  app.request(`/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(who ? { cookie: [...who.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });

describe('the applications API', () => {
  let id: string;

  it('answers 401 without a session', async () => {
    const res = await call('GET', '/applications', undefined, null);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('starts, saves with version checks, and refuses an amount above the call’s maximum', async () => {
    const started = await call('POST', '/applications', { callCode, organisationId, eligibility: { brussels: 'yes' } });
    expect(started.status).toBe(201);
    ({ id } = (await started.json()) as { id: string });
    const forged = await call('POST', '/applications', {
      callCode,
      organisationId: '00000000-0000-4000-8000-000000000000',
      eligibility: { brussels: 'yes' },
    });
    expect(forged.status).toBe(403);
    const answers = completeAnswers();
    const sections: Record<string, string[]> = {
      project: ['title', 'summary', 'aims', 'parents'],
      people: ['targetGroup', 'schools', 'municipalities'],
      activities: ['activities'],
      partners: ['partners'],
      budget: ['budget'],
    };
    for (const [section, keys] of Object.entries(sections)) {
      const part = Object.fromEntries(keys.map((k) => [k, answers[k]]));
      const res = await call('PUT', `/applications/${id}/sections/${section}`, { answers: part, sectionVersion: 0 });
      expect(res.status, section).toBe(200);
    }
    const conflict = await call('PUT', `/applications/${id}/sections/project`, { answers: {}, sectionVersion: 0 });
    expect(conflict.status).toBe(409);
    const over = await call('POST', `/applications/${id}/submit`, { declaration: true });
    expect(over.status).toBe(422);
    const problem = (await over.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain('budget.requested');
  });

  it('submits once the budget is within bounds, and lists it', async () => {
    const budget = {
      lines: [{ category: 'operating', label: 'Matériel', amounts: { '2027': '1000000' } }],
      cofunding: [],
    };
    expect(
      (await call('PUT', `/applications/${id}/sections/budget`, { answers: { budget }, sectionVersion: 1 })).status,
    ).toBe(200);
    const first = await call('POST', `/applications/${id}/submit`, { declaration: true });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ submittedNow: true });
    const again = await call('POST', `/applications/${id}/submit`, { declaration: true });
    expect(await again.json()).toMatchObject({ submittedNow: false });
    const list = (await (await call('GET', '/applications')).json()) as { data: { id: string; state: string }[] };
    expect(list.data).toEqual([expect.objectContaining({ id, state: 'submitted' })]);
    const detail = (await (await call('GET', `/applications/${id}`)).json()) as {
      requestedCents: number;
      actions: string[];
    };
    expect(detail.requestedCents).toBe(1_000_000);
    expect(detail.actions).toContain('withdraw');
    const pdf = await call('GET', `/applications/${id}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});
