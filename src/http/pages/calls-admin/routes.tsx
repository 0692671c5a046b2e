import { Hono } from 'hono';
import { authorize } from '../../../core/authorize.ts';
import {
  attachDocument,
  availableTransitions,
  type CallDetail,
  callPolicy,
  changePhase,
  createCall,
  getCall,
  getCurrentFormVersion,
  listCallsForStaff,
  listFormVersions,
  type PhaseAction,
  phaseActions,
  removeDocument,
  saveFormVersion,
  settingsEditable,
  updateCall,
} from '../../../domain/calls/index.ts';
import { listSchemes } from '../../../domain/programmes-calls/index.ts';
import { emptyForm, type FormState } from '../../../web/components/form.tsx';
import { AdminCallsPage, CallEditorPage, FormEditorPage, spareRows } from '../../../web/pages/calls/admin.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext, uploads } from '../../env.ts';
import {
  callCodePattern as code,
  noticeOf,
  personalView,
  redirectTo,
  sendPersonalPage,
  uuidPattern as uuid,
} from '../page.ts';
import { refusalOf, renderRefusal } from '../refusal.ts';
import {
  callFormValues,
  callRefusal,
  definitionOf,
  documentRefusal,
  documentUploadOf,
  formVersionRefusal,
  inputOfForm,
  notices,
  problemMessages,
  rowCount,
  rubricOfForm,
  valuesOfCall,
  valuesOfRubric,
} from './form.ts';

/** What the call editor shows besides its form: a refused document, a status other than the form's own. */
interface EditorExtra {
  documentError?: string;
  status?: 200 | 409 | 422;
}

/**
 * The officers' call pages under `/{lang}/admin/calls`: the list with states and counts, creating and editing a
 * call, its phase steps, documents, and the form and rubric editor. Officers and admins with two-step
 * verification on; the verbs refuse everyone else (403).
 */
export function callAdminPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const files = uploads(deps);
  const maxUploadMb = Math.round(deps.config.uploadMaxBytes / (1024 * 1024));
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);
  /** The call, for an officer; and the context the verbs then use. */
  const managed = async (c: Ctx) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    return { ctx, call: await getCall(ctx, c.req.param('code') ?? '') };
  };

  routes.get('/admin/calls', async (c) => {
    const view = viewOf(c);
    const calls = await listCallsForStaff(domainContext(c, deps));
    return sendPersonalPage(c, <AdminCallsPage view={view} calls={calls} notice={noticeOf(c, view.t, notices)} />);
  });

  /** The call editor: a new call (no `call`) or an existing one, with its steps and documents. */
  const editor = async (c: Ctx, state: FormState, call?: CallDetail, extra: EditorExtra = {}) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const view = viewOf(c);
    const schemes = await listSchemes(ctx);
    const questionRows = Math.max(
      rowCount(state.values, 'eligibilityQuestions'),
      call?.eligibilityQuestions.length ?? 0,
    );
    const page = (
      <CallEditorPage
        view={view}
        state={state}
        schemes={schemes}
        call={call}
        settingsEditable={call ? settingsEditable(call.state) : true}
        questionRows={questionRows + spareRows}
        transitions={call ? availableTransitions(call.state).map((t) => t.action) : []}
        notice={noticeOf(c, view.t, notices)}
        documentError={extra.documentError}
        maxUploadMb={maxUploadMb}
      />
    );
    return sendPersonalPage(c, page, extra.status ?? (Object.keys(state.errors).length ? 422 : 200));
  };

  routes.get('/admin/calls/new', (c) => {
    const periodStart = String(new Date().getFullYear() + 1);
    return editor(c, emptyForm({ schemeCode: 'das', periodStart, eligibleTypes: 'school,association' }));
  });

  routes.post('/admin/calls/new', async (c) => {
    const values = callFormValues(await c.req.parseBody({ all: true }));
    const { input, problems, rows } = inputOfForm(values, true);
    if (Object.keys(problems).length) return editor(c, { values, errors: problemMessages(viewOf(c).t, problems) });
    const created = { ...(input as Required<typeof input>), schemeCode: values.schemeCode ?? '' };
    return renderRefusal(c, () => createCall(domainContext(c, deps), created), {
      values,
      read: callRefusal(rows),
      form: (state) => editor(c, state),
      done: (call) => redirectTo(c, `/admin/calls/${call.code}?created`),
    });
  });

  routes.get(`/admin/calls/:code{${code}}`, async (c) => {
    const { call } = await managed(c);
    return editor(c, emptyForm(valuesOfCall(call)), call);
  });

  routes.post(`/admin/calls/:code{${code}}`, async (c) => {
    const { ctx, call } = await managed(c);
    const values = callFormValues(await c.req.parseBody({ all: true }));
    const withSettings = settingsEditable(call.state);
    const { input, problems, rows } = inputOfForm(values, withSettings);
    // Settings that could not be sent (disabled once open) are shown as they are stored.
    const shown = withSettings ? values : { ...valuesOfCall(call), ...values };
    if (Object.keys(problems).length)
      return editor(c, { values: shown, errors: problemMessages(viewOf(c).t, problems) }, call);
    return renderRefusal(c, () => updateCall(ctx, call.code, input), {
      values: shown,
      read: callRefusal(rows),
      form: (state) => editor(c, state, call),
      done: () => redirectTo(c, `/admin/calls/${call.code}?updated`),
    });
  });

  routes.post(`/admin/calls/:code{${code}}/phase`, async (c) => {
    const callCode = c.req.param('code');
    const action = String((await c.req.parseBody()).action ?? '');
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    // A step that is not one of the workflow's changes nothing (the buttons only send known steps).
    if (!(phaseActions as readonly string[]).includes(action)) return redirectTo(c, `/admin/calls/${callCode}`);
    return renderRefusal(c, () => changePhase(ctx, callCode, action as PhaseAction), {
      // A step no longer possible (a second click, or the call opened meanwhile): said on the call's page.
      read: refusalOf('PRECONDITION_FAILED', 409, '_form', 'call.error.step'),
      form: async ({ errors }) => {
        const call = await getCall(ctx, callCode);
        return editor(c, { values: valuesOfCall(call), errors }, call, { status: 409 });
      },
      done: () => redirectTo(c, `/admin/calls/${callCode}?phase`),
    });
  });

  routes.post(`/admin/calls/:code{${code}}/documents`, async (c) => {
    const ctx = domainContext(c, deps);
    authorize(callPolicy.manage(ctx.actor));
    const callCode = c.req.param('code');
    const upload = await documentUploadOf(await c.req.parseBody());
    return renderRefusal(c, () => attachDocument(ctx, callCode, upload, files), {
      read: documentRefusal,
      form: async (_, { documentError }) => {
        const call = await getCall(ctx, callCode);
        return editor(c, emptyForm(valuesOfCall(call)), call, { documentError, status: 422 });
      },
      done: () => redirectTo(c, `/admin/calls/${callCode}?documentAdded#documents-title`),
    });
  });

  routes.post(`/admin/calls/:code{${code}}/documents/:id{${uuid}}/remove`, async (c) => {
    await removeDocument(domainContext(c, deps), c.req.param('code'), c.req.param('id'));
    return redirectTo(c, `/admin/calls/${c.req.param('code')}?documentRemoved#documents-title`);
  });

  /** The form and rubric editor of a call, with its versions; the posted form again when refused. */
  const formEditor = async (c: Ctx, state?: FormState) => {
    const { ctx, call } = await managed(c);
    const view = viewOf(c);
    const [current, versions] = await Promise.all([
      getCurrentFormVersion(ctx, call.code),
      listFormVersions(ctx, call.code),
    ]);
    const shown =
      state ??
      emptyForm({ definition: JSON.stringify(current.definition, null, 2), ...valuesOfRubric(current.rubric) });
    const rubricRows = Math.max(rowCount(shown.values, 'rubric'), current.rubric.criteria.length) + spareRows;
    const page = (
      <FormEditorPage
        view={view}
        call={call}
        current={current}
        versions={versions}
        state={shown}
        rubricRows={rubricRows}
        notice={noticeOf(c, view.t, notices)}
      />
    );
    return sendPersonalPage(c, page, Object.keys(shown.errors).length ? 422 : 200);
  };

  routes.get(`/admin/calls/:code{${code}}/form`, (c) => formEditor(c));

  routes.post(`/admin/calls/:code{${code}}/form`, async (c) => {
    const callCode = c.req.param('code');
    const values = callFormValues(await c.req.parseBody({ all: true }));
    const read = definitionOf(values);
    if ('error' in read) {
      return formEditor(c, { values, errors: { definition: viewOf(c).t('call.error.json', { detail: read.error }) } });
    }
    const input = { definition: read.definition as never, rubric: rubricOfForm(values) as never };
    return renderRefusal(c, () => saveFormVersion(domainContext(c, deps), callCode, input), {
      values,
      read: formVersionRefusal,
      form: (state) => formEditor(c, state),
      done: (saved) => redirectTo(c, `/admin/calls/${callCode}/form?${saved.created ? 'formNewVersion' : 'formSaved'}`),
    });
  });

  return routes;
}
