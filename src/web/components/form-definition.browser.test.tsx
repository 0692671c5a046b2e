import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, hasChromium, launchChromium } from '../../../e2e/browser.ts';
import type { Answers, SectionDefinition } from '../../domain/forms/index.ts';
import { addRowsRequested, answersFromFormBody, checkAnswers, defaultForm } from '../../domain/forms/index.ts';
import { assets } from '../assets.ts';
import { Layout } from '../layout.tsx';
import { createView } from '../view.ts';
import {
  AutosaveStatus,
  autosaveAttributes,
  FormAnswersView,
  FormErrorSummary,
  FormSectionFields,
  FormsScript,
} from './form-definition.tsx';

/**
 * The form component and its script in a real browser, behind a small HTTP server that keeps one application's
 * answers the way the applications pages do: a section version for optimistic saves, 200/409/422 JSON answers to
 * autosave, and a re-rendered page after an ordinary post.
 */

const form = defaultForm();
const years = [2025, 2026, 2027];
const state: { answers: Answers; version: number } = { answers: {}, version: 1 };

function page(sectionKey: string, errors: Record<string, string> = {}, moreRows?: string, answers = state.answers) {
  const view = createView('fr', `/sections/${sectionKey}`);
  const section = form.sections.find((s) => s.key === sectionKey) as SectionDefinition;
  return `<!doctype html>${(
    <Layout view={view} meta={{ title: 'Formulaire', description: 'Test' }}>
      <h1>{section.title.fr}</h1>
      <FormErrorSummary view={view} form={form} errors={errors} />
      <form method="post" action={`/sections/${sectionKey}`} class="form" novalidate {...autosaveAttributes(view)}>
        <input type="hidden" name="sectionVersion" value={String(state.version)} />
        <FormSectionFields
          view={view}
          form={form}
          section={section}
          answers={answers}
          errors={errors}
          years={years}
          moreRows={moreRows}
          schools={[{ id: '0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10', label: 'Athénée Royal' }]}
        />
        <AutosaveStatus />
        <button type="submit" class="button">
          Enregistrer
        </button>
      </form>
      <FormsScript />
    </Layout>
  )}`;
}

let server: http.Server;
let base = '';
let browser: Browser;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const asset = assets.byUrl.get(url.pathname);
    if (asset) {
      res.writeHead(200, { 'content-type': asset.type }).end(asset.body);
      return;
    }
    if (url.pathname === '/view') {
      const view = createView('nl', '/view');
      const html = `<!doctype html>${(
        <Layout view={view} meta={{ title: 'Aanvraag', description: 'Test' }}>
          <h1>Aanvraag</h1>
          <FormAnswersView view={view} form={form} answers={state.answers} years={years} files={{ f1: '/files/f1' }} />
        </Layout>
      )}`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const sectionKey = url.pathname.split('/')[2] ?? 'project';
    const section = form.sections.find((s) => s.key === sectionKey);
    if (!section) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" };
    if (req.method !== 'POST') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page(sectionKey));
      return;
    }
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const params = new URLSearchParams(raw);
      const body: Record<string, string | string[]> = {};
      for (const key of new Set(params.keys())) {
        const all = params.getAll(key);
        body[key] = all.length > 1 ? all : (all[0] ?? '');
      }
      const json = (req.headers.accept ?? '').includes('application/json');
      if (Number(body.sectionVersion) !== state.version) {
        res.writeHead(409, { 'content-type': 'application/json' }).end(JSON.stringify({ conflict: true }));
        return;
      }
      const answers = answersFromFormBody(section, body, state.answers);
      const checked = checkAnswers(form, answers, { mode: 'draft', years, sectionKey }, 'fr');
      if (!checked.ok) {
        if (json)
          res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: checked.errors }));
        else
          res
            .writeHead(422, { ...headers, 'content-type': 'text/html; charset=utf-8' })
            .end(page(sectionKey, checked.errors, undefined, answers));
        return;
      }
      state.answers = checked.answers;
      state.version += 1;
      if (json) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ saved: true, sectionVersion: state.version }));
      } else {
        res
          .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
          .end(page(sectionKey, {}, addRowsRequested(section, body)));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (hasChromium) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

// No database here: the postgres project would only run the same browser twice.
describe.skipIf(!hasChromium || process.env.TEST_DB === 'postgres')('application form in a browser', () => {
  it('hides conditional fields, counts words and autosaves with the section version', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    // The 409 of the conflict below is logged by the browser as a failed resource: that one is expected.
    p.on('console', (m) => m.type() === 'error' && !m.text().includes('409') && errors.push(m.text()));
    await p.goto(`${base}/sections/project`);
    expect(await accessibilityViolations(p)).toEqual([]);

    await expect.poll(() => p.locator('[data-field="parentsHow"]').isHidden()).toBe(true);
    await p.getByLabel('Oui').check();
    await expect.poll(() => p.locator('[data-field="parentsHow"]').isVisible()).toBe(true);

    await p.locator('#field-summary').fill('un deux trois quatre');
    await expect.poll(() => p.locator('#field-summary-count').textContent()).toBe('4 mots sur 300 au maximum');

    await p.locator('#field-title').fill('Réussir ensemble');
    await expect
      .poll(() => p.locator('[data-autosave-status]').textContent(), { timeout: 8000 })
      .toMatch(/^Enregistré à \d\d:\d\d$/);
    expect(state.answers.title).toBe('Réussir ensemble');
    expect(state.answers.parents).toBe('yes');
    const version = state.version;
    expect(await p.locator('input[name="sectionVersion"]').inputValue()).toBe(String(version));

    // Someone else saves meanwhile: the next autosave reports a conflict and the text typed stays.
    state.version += 1;
    await p.locator('#field-title').fill('Réussir ensemble, autrement');
    await expect
      .poll(() => p.locator('[data-autosave-status]').textContent(), { timeout: 8000 })
      .toContain('Quelqu’un d’autre a modifié cette étape');
    expect(await p.locator('#field-title').inputValue()).toBe('Réussir ensemble, autrement');
    expect(state.answers.title).toBe('Réussir ensemble');
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('recomputes budget totals live, adds rows without script and shows errors beside fields', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    await p.goto(`${base}/sections/budget`);
    await p.locator('#field-budget\\.lines\\.0\\.label').fill('Animation');
    await p.locator('#field-budget\\.lines\\.0\\.amounts\\.2025').fill('1 234,50');
    await p.locator('#field-budget\\.lines\\.1\\.amounts\\.2026').fill('1000');
    await p.locator('#field-budget\\.cofunding\\.0\\.amounts\\.2025').fill('234,5');
    await expect.poll(() => p.locator('[data-budget-total="costs"]').textContent()).toBe('2\u202f234,50\u00a0€');
    await expect.poll(() => p.locator('[data-budget-total="requested"]').textContent()).toBe('2\u202f000\u00a0€');
    expect(await accessibilityViolations(p)).toEqual([]);
    await context.close();

    // Without JavaScript: post, add rows, see the server's totals and errors.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const q = await plain.newPage();
    q.setDefaultTimeout(20_000);
    // The live part above was autosaved: start again from an empty budget.
    state.answers = {};
    state.version = 1;
    await q.goto(`${base}/sections/budget`);
    await q.locator('#field-budget\\.lines\\.0\\.label').fill('Animation');
    await q.locator('#field-budget\\.lines\\.0\\.amounts\\.2025').fill('1 500');
    await q.locator('#field-budget\\.lines\\.1\\.label').fill('Matériel');
    await q.locator('#field-budget\\.lines\\.1\\.category').selectOption('equipment');
    await q.locator('#field-budget\\.lines\\.1\\.amounts\\.2026').fill('250,25');
    await q.getByRole('button', { name: 'Ajouter des lignes' }).click();
    await q.waitForLoadState();
    expect(await q.locator('[data-budget-total="requested"]').textContent()).toBe('1\u202f750,25\u00a0€');
    expect(await q.locator('input[name="f.budget.lines.6.label"]').count()).toBe(1);
    await q.locator('#field-budget\\.lines\\.2\\.amounts\\.2027').fill('-5');
    await q.getByRole('button', { name: 'Enregistrer' }).click();
    await q.waitForLoadState();
    expect(await q.locator('#error-summary').textContent()).toContain('Un montant ne peut pas être négatif.');
    expect(await q.locator('#field-budget\\.lines\\.2\\.amounts\\.2027').inputValue()).toBe('-5');
    expect(await q.locator('#field-budget\\.lines\\.2\\.amounts\\.2027-error').textContent()).toBe(
      'Un montant ne peut pas être négatif.',
    );
    // (axe needs JavaScript in the page: the rendering with errors is checked by the first test's page.)
    await plain.close();
  }, 150_000);

  it('is clean for axe on the other sections and on the reading view', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    state.answers = {
      ...state.answers,
      parents: 'yes',
      parentsHow: 'Une soirée par mois',
      targetGroup: { ageBands: { '12-14': 12 }, levels: {}, sexes: {} },
      municipalities: ['21001'],
      activities: [{ activity: 'Ateliers', schedule: 'Mardi', place: '' }],
      budgetDetail: { fileId: 'f1', name: 'budget.pdf', size: 2048, mime: 'application/pdf' },
    };
    for (const key of ['people', 'activities', 'partners', 'attachments', '../view']) {
      await p.goto(`${base}/sections/${key}`);
      expect(await accessibilityViolations(p), key).toEqual([]);
    }
    await context.close();
  }, 150_000);
});
