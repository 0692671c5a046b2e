import path from 'node:path';
import { Hono } from 'hono';
import { authorize } from '../core/authorize.ts';
import { DomainError } from '../core/errors.ts';
import { languages, type MessageKey } from '../core/i18n/index.ts';
import {
  attachDocument,
  availableTransitions,
  type CallDetail,
  CallInputError,
  type CallPatch,
  callPolicy,
  changePhase,
  createCall,
  DocumentError,
  FormVersionError,
  getCall,
  getCurrentFormVersion,
  instantToBrussels,
  listCallsForStaff,
  listFormVersions,
  type PhaseAction,
  phaseActions,
  removeDocument,
  saveFormVersion,
  settingsEditable,
  updateCall,
} from '../domain/calls/index.ts';
import { FileStore } from '../domain/files/store.ts';
import type { EligibilityQuestion, Rubric } from '../domain/forms/definition.ts';
import { listSchemes } from '../domain/programmes-calls/index.ts';
import { emptyForm, type FormState } from '../web/components/form.tsx';
import { AdminCallsPage, CallEditorPage, FormEditorPage, spareRows } from '../web/pages/calls/admin.tsx';
import type { View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { personalView, sendPersonalPage } from './personal-page.ts';

const code = '[a-z0-9-]{1,60}';
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const notices = {
  created: 'call.notice.created',
  updated: 'call.notice.updated',
  phase: 'call.notice.phase',
  formSaved: 'call.notice.formSaved',
  formNewVersion: 'call.notice.formNewVersion',
  documentAdded: 'call.notice.documentAdded',
  documentRemoved: 'call.notice.documentRemoved',
} as const satisfies Record<string, MessageKey>;

/** Euros as people type them (`1 250 000`, `1250000,50`) to cents, or undefined when it is not an amount. */
export function eurosToCents(input: string): number | undefined {
  const compact = input.replace(/[\s\u00a0\u202f'’€]/g, '');
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Cents written back as plain euros for a form field. */
export const centsToEuros = (cents: number | null) =>
  cents === null ? '' : cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);

/** A call's values as its edit form shows them. */
function valuesOfCall(call: CallDetail): Record<string, string> {
  const values: Record<string, string> = {
    periodStart: String(call.periodStart),
    periodEnd: String(call.periodEnd),
    opensAt: call.opensAt ? instantToBrussels(new Date(call.opensAt)) : '',
    closesAt: call.closesAt ? instantToBrussels(new Date(call.closesAt)) : '',
    envelopeCents: centsToEuros(call.envelopeCents),
    envelopeByYear: Object.entries(call.envelopeByYear ?? {})
      .map(([y, c]) => `${y}: ${centsToEuros(c)}`)
      .join('\n'),
    minPerProjectCents: centsToEuros(call.minPerProjectCents),
    maxPerProjectCents: centsToEuros(call.maxPerProjectCents),
    eligibleTypes: call.eligibleTypes.join(','),
  };
  for (const l of languages) {
    values[`title_${l}`] = call.title[l];
    values[`body_${l}`] = call.body?.[l] ?? '';
    values[`whoMayApply_${l}`] = call.whoMayApply?.[l] ?? '';
  }
  call.eligibilityQuestions.forEach((q, i) => {
    values[`eligibilityQuestions_${i}_key`] = q.key;
    values[`eligibilityQuestions_${i}_blockingAnswer`] = q.blockingAnswer;
    for (const l of languages) {
      values[`eligibilityQuestions_${i}_question_${l}`] = q.question[l];
      values[`eligibilityQuestions_${i}_reason_${l}`] = q.reason[l];
    }
  });
  return values;
}

/** Reads a posted form: every text field, and the ticked organisation types joined by commas. */
async function postedValues(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (k === 'eligibleTypes') values[k] = ([] as unknown[]).concat(v).map(String).join(',');
    else if (typeof v === 'string') values[k] = v;
  }
  return values;
}

const rowCount = (values: Record<string, string>, prefix: string) => {
  let n = 0;
  for (const k of Object.keys(values)) {
    const m = new RegExp(`^${prefix}_(\\d+)_`).exec(k);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
};

/**
 * The call form as input: texts, settings (money in euros), ticked types and the filled question rows. Problems
 * of the form itself (an amount that is not one) come back with the field they belong to. `rows` maps the
 * index of each kept question to its row on the page, so the verb's problems land on the right row.
 */
function inputOfForm(values: Record<string, string>, withSettings: boolean) {
  const problems: Record<string, MessageKey> = {};
  const localized = (prefix: string) => ({
    fr: values[`${prefix}_fr`] ?? '',
    nl: values[`${prefix}_nl`] ?? '',
    en: values[`${prefix}_en`] ?? '',
  });
  const input: CallPatch & { schemeCode?: string } = {
    title: localized('title'),
    body: localized('body'),
    whoMayApply: localized('whoMayApply'),
  };
  const rows: number[] = [];
  if (!withSettings) return { input, problems, rows };
  const money = (name: 'envelopeCents' | 'minPerProjectCents' | 'maxPerProjectCents') => {
    const cents = eurosToCents(values[name] ?? '');
    if (cents === undefined) problems[name] = (values[name] ?? '').trim() ? 'call.error.money' : 'call.error.required';
    else input[name] = cents;
  };
  money('envelopeCents');
  money('minPerProjectCents');
  money('maxPerProjectCents');
  const year = (name: 'periodStart' | 'periodEnd') => {
    const raw = (values[name] ?? '').trim();
    if (raw === '') {
      if (name === 'periodStart') problems[name] = 'call.error.required';
      return;
    }
    if (/^\d{4}$/.test(raw)) input[name] = Number(raw);
    else problems[name] = 'call.error.invalid';
  };
  year('periodStart');
  year('periodEnd');
  input.opensAt = (values.opensAt ?? '').trim();
  input.closesAt = (values.closesAt ?? '').trim();
  const split: Record<string, number> = {};
  for (const line of (values.envelopeByYear ?? '').split('\n')) {
    if (!line.trim()) continue;
    const m = /^\s*(\d{4})\s*[:=]\s*(.+)$/.exec(line);
    const cents = m ? eurosToCents(m[2] ?? '') : undefined;
    if (!m || cents === undefined) problems.envelopeByYear = 'call.error.splitLine';
    else split[m[1] as string] = cents;
  }
  input.envelopeByYear = Object.keys(split).length ? split : null;
  input.eligibleTypes = (values.eligibleTypes ?? '').split(',').filter(Boolean) as CallPatch['eligibleTypes'];
  const questions: EligibilityQuestion[] = [];
  for (let i = 0; i < rowCount(values, 'eligibilityQuestions'); i++) {
    const key = (values[`eligibilityQuestions_${i}_key`] ?? '').trim();
    if (!key) continue;
    rows.push(i);
    questions.push({
      key,
      question: localized(`eligibilityQuestions_${i}_question`),
      blockingAnswer: values[`eligibilityQuestions_${i}_blockingAnswer`] === 'yes' ? 'yes' : 'no',
      reason: localized(`eligibilityQuestions_${i}_reason`),
    });
  }
  input.eligibilityQuestions = questions;
  return { input, problems, rows };
}

/** A verb's field path (`title.fr`, `eligibilityQuestions.0.reason.nl`) as the name of the form field. */
const formFieldOf = (field: string, rows: number[]) =>
  field
    .replace(/^eligibilityQuestions\.(\d+)/, (_, i: string) => `eligibilityQuestions.${rows[Number(i)] ?? i}`)
    .replaceAll('.', '_');

/** The rubric rows of the form editor as a rubric (rows with a blank key are left out). */
function rubricOfForm(values: Record<string, string>): unknown {
  const criteria: unknown[] = [];
  const number = (v: string | undefined) => {
    const s = (v ?? '').trim().replace(',', '.');
    return s === '' ? undefined : Number(s);
  };
  for (let i = 0; i < rowCount(values, 'rubric'); i++) {
    const key = (values[`rubric_${i}_key`] ?? '').trim();
    if (!key) continue;
    const threshold = number(values[`rubric_${i}_threshold`]);
    criteria.push({
      key,
      label: {
        fr: values[`rubric_${i}_label_fr`] ?? '',
        nl: values[`rubric_${i}_label_nl`] ?? '',
        en: values[`rubric_${i}_label_en`] ?? '',
      },
      weight: number(values[`rubric_${i}_weight`]),
      maxScore: number(values[`rubric_${i}_maxScore`]),
      ...(threshold === undefined ? {} : { threshold }),
    });
  }
  return { criteria };
}

function valuesOfRubric(rubric: Rubric): Record<string, string> {
  const values: Record<string, string> = {};
  rubric.criteria.forEach((c, i) => {
    values[`rubric_${i}_key`] = c.key;
    for (const l of languages) values[`rubric_${i}_label_${l}`] = c.label[l];
    values[`rubric_${i}_weight`] = String(c.weight);
    values[`rubric_${i}_maxScore`] = String(c.maxScore);
    values[`rubric_${i}_threshold`] = c.threshold === undefined ? '' : String(c.threshold);
  });
  return values;
}

/**
 * The officers' call pages under `/{lang}/admin/calls`: the list with states and counts, creating and editing a
 * call, its phase steps, documents, and the form and rubric editor. Officers and admins with two-step
 * verification on; the verbs refuse everyone else (403).
 */
export function createCallAdminRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const store = new FileStore(path.join(deps.config.dataDir, 'uploads'));
  const files = { store, maxBytes: deps.config.uploadMaxBytes };
  const maxUploadMb = Math.round(deps.config.uploadMaxBytes / (1024 * 1024));
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);
  const page = sendPersonalPage;
  const to = (c: Ctx, p: string) => c.redirect(`/${c.get('lang')}${p}`, 303);
  const noticeOf = (c: Ctx, view: View) => {
    const key = Object.keys(notices).find((k) => c.req.query(k) !== undefined) as keyof typeof notices | undefined;
    return key ? view.t(notices[key]) : undefined;
  };

  routes.use('/admin/calls', async (c, next) => guard(c, next));
  routes.use('/admin/calls/*', async (c, next) => guard(c, next));
  async function guard(c: Ctx, next: () => Promise<void>) {
    if (!c.get('user')) return c.redirect(`/${c.get('lang')}/sign-in`, 303);
    return next();
  }

  routes.get('/admin/calls', async (c) => {
    const view = viewOf(c);
    const calls = await listCallsForStaff(domainContext(c, deps));
    return page(c, <AdminCallsPage view={view} calls={calls} notice={noticeOf(c, view)} />);
  });

  const editor = async (
    c: Ctx,
    state: FormState,
    call?: CallDetail,
    extra: { documentError?: string; status?: 200 | 409 | 422 } = {},
  ) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const view = viewOf(c);
    const schemes = await listSchemes(ctx);
    const questionRows = Math.max(
      rowCount(state.values, 'eligibilityQuestions'),
      call?.eligibilityQuestions.length ?? 0,
    );
    const status = extra.status ?? (Object.keys(state.errors).length ? 422 : 200);
    return page(
      c,
      <CallEditorPage
        view={view}
        state={state}
        schemes={schemes}
        call={call}
        settingsEditable={call ? settingsEditable(call.state) : true}
        questionRows={questionRows + spareRows}
        transitions={call ? availableTransitions(call.state).map((t) => t.action) : []}
        notice={noticeOf(c, view)}
        documentError={extra.documentError}
        maxUploadMb={maxUploadMb}
      />,
      status,
    );
  };

  /** A refused call form: what was typed, and each problem in the reader's language at its field. */
  const rejected = (c: Ctx, values: Record<string, string>, problems: Record<string, string>) => {
    const view = viewOf(c);
    return {
      values,
      errors: Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, view.t(k as MessageKey)])),
    };
  };
  const problemsOfError = (error: CallInputError, rows: number[]) =>
    Object.fromEntries(error.problems.map((p) => [formFieldOf(p.field, rows), `call.error.${p.reason}`]));

  routes.get('/admin/calls/new', (c) =>
    editor(
      c,
      emptyForm({
        schemeCode: 'das',
        periodStart: String(new Date().getFullYear() + 1),
        eligibleTypes: 'school,association',
      }),
    ),
  );

  routes.post('/admin/calls/new', async (c) => {
    const values = await postedValues(c);
    const { input, problems, rows } = inputOfForm(values, true);
    if (Object.keys(problems).length) return editor(c, rejected(c, values, problems));
    try {
      const created = await createCall(domainContext(c, deps), {
        ...(input as Required<typeof input>),
        schemeCode: values.schemeCode ?? '',
      });
      return to(c, `/admin/calls/${created.code}?created`);
    } catch (error) {
      if (error instanceof CallInputError) return editor(c, rejected(c, values, problemsOfError(error, rows)));
      throw error;
    }
  });

  routes.get(`/admin/calls/:code{${code}}`, async (c) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const call = await getCall(ctx, c.req.param('code'));
    return editor(c, emptyForm(valuesOfCall(call)), call);
  });

  routes.post(`/admin/calls/:code{${code}}`, async (c) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const call = await getCall(ctx, c.req.param('code'));
    const values = await postedValues(c);
    const withSettings = settingsEditable(call.state);
    const { input, problems, rows } = inputOfForm(values, withSettings);
    // Settings that could not be sent (disabled once open) are shown as they are stored.
    const shown = withSettings ? values : { ...valuesOfCall(call), ...values };
    if (Object.keys(problems).length) return editor(c, rejected(c, shown, problems), call);
    try {
      await updateCall(ctx, call.code, input);
      return to(c, `/admin/calls/${call.code}?updated`);
    } catch (error) {
      if (error instanceof CallInputError) return editor(c, rejected(c, shown, problemsOfError(error, rows)), call);
      throw error;
    }
  });

  routes.post(`/admin/calls/:code{${code}}/phase`, async (c) => {
    const body = await c.req.parseBody();
    const action = String(body.action ?? '');
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    // A step that is not one of the workflow's changes nothing (the buttons only send known steps).
    if (!(phaseActions as readonly string[]).includes(action)) return to(c, `/admin/calls/${c.req.param('code')}`);
    try {
      await changePhase(ctx, c.req.param('code'), action as PhaseAction);
    } catch (error) {
      // A step no longer possible (a second click, or the call opened meanwhile): said on the call's page.
      if (error instanceof DomainError && error.code === 'PRECONDITION_FAILED') {
        const call = await getCall(ctx, c.req.param('code'));
        const state = { values: valuesOfCall(call), errors: { _form: viewOf(c).t('call.error.step') } };
        return editor(c, state, call, { status: 409 });
      }
      throw error;
    }
    return to(c, `/admin/calls/${c.req.param('code')}?phase`);
  });

  routes.post(`/admin/calls/:code{${code}}/documents`, async (c) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const callCode = c.req.param('code');
    const body = await c.req.parseBody();
    const file = body.file;
    const lang =
      typeof body.lang === 'string' && (languages as readonly string[]).includes(body.lang) ? body.lang : null;
    try {
      await attachDocument(
        ctx,
        callCode,
        {
          title: typeof body.title === 'string' ? body.title : '',
          lang: lang as 'fr' | 'nl' | 'en' | null,
          fileName: file instanceof File ? file.name : '',
          content: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
        },
        files,
      );
      return to(c, `/admin/calls/${callCode}?documentAdded#documents-title`);
    } catch (error) {
      if (error instanceof DocumentError) {
        const call = await getCall(ctx, callCode);
        const view = viewOf(c);
        return editor(c, emptyForm(valuesOfCall(call)), call, {
          documentError: view.t(`call.error.document.${error.reason}`),
          status: 422,
        });
      }
      throw error;
    }
  });

  routes.post(`/admin/calls/:code{${code}}/documents/:id{${uuid}}/remove`, async (c) => {
    await removeDocument(domainContext(c, deps), c.req.param('code'), c.req.param('id'));
    return to(c, `/admin/calls/${c.req.param('code')}?documentRemoved#documents-title`);
  });

  const formEditor = async (c: Ctx, state?: FormState) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const view = viewOf(c);
    const call = await getCall(ctx, c.req.param('code') ?? '');
    const [current, versions] = await Promise.all([
      getCurrentFormVersion(ctx, call.code),
      listFormVersions(ctx, call.code),
    ]);
    const shown =
      state ??
      emptyForm({ definition: JSON.stringify(current.definition, null, 2), ...valuesOfRubric(current.rubric) });
    const rubricRows = Math.max(rowCount(shown.values, 'rubric'), current.rubric.criteria.length) + spareRows;
    return page(
      c,
      <FormEditorPage
        view={view}
        call={call}
        current={current}
        versions={versions}
        state={shown}
        rubricRows={rubricRows}
        notice={noticeOf(c, view)}
      />,
      Object.keys(shown.errors).length ? 422 : 200,
    );
  };

  routes.get(`/admin/calls/:code{${code}}/form`, (c) => formEditor(c));

  routes.post(`/admin/calls/:code{${code}}/form`, async (c) => {
    const values = await postedValues(c);
    const view = viewOf(c);
    let definition: unknown;
    try {
      definition = JSON.parse(values.definition ?? '');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return formEditor(c, { values, errors: { definition: view.t('call.error.json', { detail }) } });
    }
    try {
      const saved = await saveFormVersion(domainContext(c, deps), c.req.param('code'), {
        definition: definition as never,
        rubric: rubricOfForm(values) as never,
      });
      return to(c, `/admin/calls/${c.req.param('code')}/form?${saved.created ? 'formNewVersion' : 'formSaved'}`);
    } catch (error) {
      if (error instanceof FormVersionError) {
        const errors: Record<string, string> = {};
        for (const p of error.problems) {
          const message = view.t('call.error.formAt', { path: p.path || '/', message: p.message });
          errors[p.part] = errors[p.part] ? `${errors[p.part]} · ${message}` : message;
        }
        return formEditor(c, { values, errors });
      }
      throw error;
    }
  });

  return routes;
}
