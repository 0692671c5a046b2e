import { Hono, type MiddlewareHandler } from 'hono';
import { DomainError } from '../core/errors.ts';
import { pick } from '../core/i18n/index.ts';
import {
  AnswersError,
  ApplicationError,
  type ApplicationView,
  acceptCoApplicantInvitation,
  answerInformationRequest,
  applicationPdf,
  getApplication,
  getApplicationFile,
  getCoApplicantInvitation,
  inviteCoApplicant,
  listMyApplications,
  NotEligibleError,
  saveSection,
  startApplication,
  submitApplication,
  type Upload,
  withdrawApplication,
} from '../domain/applications/index.ts';
import { getCallRow } from '../domain/calls/index.ts';
import { FileStore } from '../domain/files/store.ts';
import { answersIssues, checkAnswers } from '../domain/forms/answers-schema.ts';
import type { Answers, SectionDefinition } from '../domain/forms/definition.ts';
import { addRowsRequested, answersFromFormBody, type FormBody } from '../domain/forms/form-body.ts';
import { listMyOrganisations } from '../domain/organisations/index.ts';
import { schoolsByIds, searchSchools } from '../domain/schools/index.ts';
import type { SchoolOption } from '../web/components/form-definition.tsx';
import {
  ApplicationPage,
  CoApplicantInvitationPage,
  MyApplicationsPage,
  ReviewPage,
  SectionPage,
  type SectionStatus,
  StartApplicationPage,
} from '../web/pages/applications/pages.tsx';
import type { View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { formValues, personalView, sendPersonalPage } from './personal-page.ts';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const notices = {
  started: 'applications.notice.started',
  saved: 'applications.notice.saved',
  submitted: 'applications.notice.submitted',
  withdrawn: 'applications.notice.withdrawn',
  invited: 'applications.notice.invited',
  answered: 'applications.notice.answered',
  joined: 'applications.notice.joined',
} as const;

/** An application error as a sentence in the reader's language, by the field it concerns (or the form). */
export function applicationErrorMessages(view: View, error: ApplicationError): Record<string, string> {
  return { [error.field ?? '_form']: view.t(`applications.error.${error.problem}`, error.params) };
}

/** Per section: how many answers a submission would still refuse, and whether anything is answered. */
export function sectionStatuses(app: ApplicationView): SectionStatus[] {
  const issues = answersIssues(app.form.form, app.application.answers, {
    mode: 'submit',
    years: app.years,
    minCents: app.call.minPerProjectCents ?? undefined,
    maxCents: app.call.maxPerProjectCents ?? undefined,
  });
  return app.form.form.sections.map((section) => {
    const keys = new Set(section.fields.map((f) => f.key));
    const problems = issues.filter((i) => keys.has(String(i.path[0]))).length;
    const answered = section.fields.some((f) => {
      const v = app.application.answers[f.key];
      return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
    });
    return { section, problems, answered };
  });
}

/**
 * The applicant's pages, under each language prefix: the dashboard, starting an application from an open call,
 * each step of the form (saved on every post, without JavaScript; the forms script autosaves with it), review
 * and submission, withdrawal, co-applicants, answers to requests for information, files and the PDF.
 */
export function createApplicationRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const store = new FileStore(`${deps.config.dataDir}/uploads`);
  const files = { store, maxBytes: deps.config.uploadMaxBytes };
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);
  const to = (c: Ctx, path: string) => c.redirect(`/${c.get('lang')}${path}`, 303);
  const noticeOf = (c: Ctx, view: View) => {
    const key = Object.keys(notices).find((k) => c.req.query(k) !== undefined) as keyof typeof notices | undefined;
    return key ? view.t(notices[key]) : undefined;
  };
  const links = (c: Ctx, id: string) => ({
    applicationUrl: (lang: string) => `${deps.config.baseUrl}/${lang}/applications/${id}`,
    acceptUrl: (token: string) => `${deps.config.baseUrl}/${c.get('lang')}/co-applicant-invitations/${token}`,
  });
  const fileLinks = (c: Ctx, app: ApplicationView) =>
    Object.fromEntries(
      app.files.map((f) => [f.id, `/${c.get('lang')}/applications/${app.application.id}/files/${f.id}`]),
    );

  const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.get('user')) return next();
    return c.redirect(`/${c.get('lang')}/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  };
  routes.use('/applications', signedIn);
  routes.use('/applications/*', signedIn);
  routes.use('/co-applicant-invitations/*', signedIn);

  routes.get('/applications', async (c) => {
    const view = viewOf(c);
    const applications = await listMyApplications(domainContext(c, deps));
    return sendPersonalPage(
      c,
      <MyApplicationsPage view={view} applications={applications} notice={noticeOf(c, view)} />,
    );
  });

  /* ----- Start ----- */

  const startPage = async (
    c: Ctx,
    state: {
      values: Record<string, string>;
      errors: Record<string, string>;
      reasons?: string[];
      existing?: { id: string; reference: string };
    },
    status: 200 | 409 | 422 = 200,
  ) => {
    const ctx = domainContext(c, deps);
    const view = viewOf(c);
    const call = await getCallRow(ctx, c.req.query('call') ?? '');
    const organisations = (await listMyOrganisations(ctx)).map((o) => ({ id: o.id, name: o.legalName }));
    const page = (
      <StartApplicationPage
        view={view}
        call={{
          code: call.code,
          title: call.title,
          closesAt: call.closesAt,
          questions: call.eligibilityQuestions ?? [],
        }}
        organisations={organisations}
        now={ctx.now}
        {...state}
      />
    );
    return sendPersonalPage(c, page, status);
  };

  routes.get('/applications/new', (c) => startPage(c, { values: {}, errors: {} }));

  routes.post('/applications/new', async (c) => {
    const values = await formValues(c);
    const view = viewOf(c);
    const eligibility = Object.fromEntries(
      Object.entries(values)
        .filter(([k, v]) => k.startsWith('eligibility.') && (v === 'yes' || v === 'no'))
        .map(([k, v]) => [k.slice('eligibility.'.length), v as 'yes' | 'no']),
    );
    try {
      const started = await startApplication(domainContext(c, deps), {
        callCode: c.req.query('call') ?? '',
        organisationId: values.organisationId ?? '',
        eligibility,
      });
      return to(c, `/applications/${started.id}?started`);
    } catch (error) {
      if (error instanceof NotEligibleError) {
        return startPage(c, { values, errors: {}, reasons: error.reasons.map((r) => pick(r, view.lang)) }, 422);
      }
      if (error instanceof ApplicationError && error.problem === 'alreadyApplied') {
        const existing = { id: String(error.params.id), reference: String(error.params.reference) };
        return startPage(c, { values, errors: {}, existing }, 409);
      }
      if (error instanceof ApplicationError && error.code !== 'PRECONDITION_FAILED') {
        return startPage(c, { values, errors: applicationErrorMessages(view, error) }, 422);
      }
      throw error;
    }
  });

  /* ----- Overview ----- */

  const overview = async (
    c: Ctx,
    id: string,
    state: { errors: Record<string, string>; values: Record<string, string> } = { errors: {}, values: {} },
    status: 200 | 409 | 412 | 422 = 200,
  ) => {
    const view = viewOf(c);
    const app = await getApplication(domainContext(c, deps), id);
    const page = (
      <ApplicationPage
        view={view}
        app={app}
        statuses={sectionStatuses(app)}
        fileLinks={fileLinks(c, app)}
        notice={noticeOf(c, view)}
        {...state}
      />
    );
    return sendPersonalPage(c, page, status);
  };

  routes.get(`/applications/:id{${uuid}}`, (c) => overview(c, c.req.param('id')));

  routes.get(`/applications/:file{${uuid}\\.pdf}`, async (c) => {
    const id = c.req.param('file').slice(0, -4);
    const ctx = domainContext(c, deps);
    const app = await getApplication(ctx, id);
    const pdf = await applicationPdf(app, c.get('lang'), deps.db);
    c.header('cache-control', 'no-store');
    c.header('content-type', 'application/pdf');
    c.header('content-disposition', `attachment; filename="${app.application.reference}.pdf"`);
    return c.body(new Uint8Array(pdf));
  });

  routes.get(`/applications/:id{${uuid}}/files/:fileId{${uuid}}`, async (c) => {
    const { file, content } = await getApplicationFile(
      domainContext(c, deps),
      c.req.param('id'),
      c.req.param('fileId'),
      store,
    );
    c.header('cache-control', 'no-store');
    c.header('content-type', file.mime);
    c.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return c.body(new Uint8Array(content));
  });

  /* ----- One section ----- */

  const schoolOptions = async (c: Ctx, answers: Answers, section: SectionDefinition): Promise<SchoolOption[]> => {
    if (!section.fields.some((f) => f.type === 'school')) return [];
    const ctx = domainContext(c, deps);
    const chosen = section.fields.flatMap((f) => {
      const v = answers[f.key];
      return f.type === 'school' && Array.isArray(v) ? v.map(String) : [];
    });
    const q = (c.req.query('schoolSearch') ?? '').trim().slice(0, 100);
    const [selected, found] = await Promise.all([
      schoolsByIds(ctx, chosen),
      searchSchools(ctx, { ...(q ? { q } : {}), limit: 100 }),
    ]);
    const seen = new Set<string>();
    return [...selected, ...found]
      .filter((s) => !seen.has(s.id) && seen.add(s.id))
      .map((s) => ({ id: s.id, label: `${s.name} (${s.schoolNumber})` }));
  };

  const sectionPage = async (
    c: Ctx,
    app: ApplicationView,
    section: SectionDefinition,
    state: { answers: Answers; errors: Record<string, string>; conflict?: boolean; moreRows?: string | undefined },
    status: 200 | 409 | 412 | 422 = 200,
  ) => {
    const view = viewOf(c);
    const page = (
      <SectionPage
        view={view}
        app={app}
        section={section}
        sectionVersion={app.application.sectionVersions[section.key] ?? 0}
        schools={await schoolOptions(c, state.answers, section)}
        notice={noticeOf(c, view)}
        {...state}
      />
    );
    return sendPersonalPage(c, page, status);
  };

  const findSection = (app: ApplicationView, key: string) => {
    const section = app.form.form.sections.find((s) => s.key === key);
    if (!section) throw new DomainError('NOT_FOUND', `Section ${key} was not found`);
    return section;
  };

  routes.get(`/applications/:id{${uuid}}/sections/:key{[a-zA-Z0-9]{1,40}}`, async (c) => {
    const app = await getApplication(domainContext(c, deps), c.req.param('id'));
    const section = findSection(app, c.req.param('key'));
    return sectionPage(c, app, section, { answers: app.application.answers, errors: {} });
  });

  routes.post(`/applications/:id{${uuid}}/sections/:key{[a-zA-Z0-9]{1,40}}`, async (c) => {
    const id = c.req.param('id');
    const json = (c.req.header('accept') ?? '').includes('application/json');
    const ctx = domainContext(c, deps);
    const view = viewOf(c);
    const app = await getApplication(ctx, id);
    const section = findSection(app, c.req.param('key'));
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const typed = answersFromFormBody(section, body, app.application.answers);
    const sectionAnswers = Object.fromEntries(section.fields.map((f) => [f.key, typed[f.key]]));
    const uploads: Upload[] = [];
    const removeFiles: string[] = [];
    for (const field of section.fields) {
      if (field.type !== 'file') continue;
      const value = body[`file.${field.key}`];
      const file = Array.isArray(value) ? value[0] : value;
      if (file instanceof File && file.size > 0) {
        uploads.push({ fieldKey: field.key, name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
      } else if (typed[field.key] === null && app.application.answers[field.key]) {
        removeFiles.push(field.key);
      }
    }
    const version = Number(Array.isArray(body.sectionVersion) ? body.sectionVersion[0] : body.sectionVersion);
    const moreRows = addRowsRequested(section, body);
    try {
      const saved = await saveSection(
        ctx,
        id,
        section.key,
        { answers: sectionAnswers, sectionVersion: Number.isInteger(version) ? version : -1, uploads, removeFiles },
        files,
      );
      if (json) return c.json({ saved: true, sectionVersion: saved.sectionVersion });
      if (moreRows) {
        const fresh = await getApplication(ctx, id);
        return sectionPage(c, fresh, section, { answers: fresh.application.answers, errors: {}, moreRows });
      }
      const go = Array.isArray(body.go) ? body.go[0] : body.go;
      const sections = app.form.form.sections;
      const next = sections[sections.findIndex((s) => s.key === section.key) + 1];
      if (go === 'next')
        return to(c, next ? `/applications/${id}/sections/${next.key}?saved` : `/applications/${id}/submit`);
      return to(c, `/applications/${id}/sections/${section.key}?saved`);
    } catch (error) {
      if (error instanceof AnswersError) {
        const errors = error.messagesIn(view.lang);
        if (json) return c.json({ errors }, 422);
        return sectionPage(c, app, section, { answers: typed, errors }, 422);
      }
      if (error instanceof ApplicationError && error.problem === 'sectionConflict') {
        if (json) return c.json({ conflict: true }, 409);
        return sectionPage(c, app, section, { answers: typed, errors: {}, conflict: true }, 409);
      }
      if (error instanceof ApplicationError) {
        const errors = applicationErrorMessages(view, error);
        if (json) return c.json({ errors }, error.code === 'VALIDATION' ? 422 : 409);
        return sectionPage(c, app, section, { answers: typed, errors }, error.code === 'VALIDATION' ? 422 : 412);
      }
      throw error;
    }
  });

  /* ----- Review and submit ----- */

  const reviewPage = async (c: Ctx, id: string, errors: Record<string, string>, status: 200 | 412 | 422 = 200) => {
    const view = viewOf(c);
    const app = await getApplication(domainContext(c, deps), id);
    const checked = checkAnswers(
      app.form.form,
      app.application.answers,
      {
        mode: 'submit',
        years: app.years,
        minCents: app.call.minPerProjectCents ?? undefined,
        maxCents: app.call.maxPerProjectCents ?? undefined,
      },
      view.lang,
    );
    const problems = checked.ok ? {} : checked.errors;
    const sectionOf: Record<string, string> = {};
    for (const s of app.form.form.sections) for (const f of s.fields) sectionOf[f.key] = s.key;
    const page = (
      <ReviewPage
        view={view}
        app={app}
        form={app.form.form}
        problems={problems}
        errors={errors}
        fileLinks={fileLinks(c, app)}
        sectionOf={sectionOf}
      />
    );
    return sendPersonalPage(c, page, status);
  };

  routes.get(`/applications/:id{${uuid}}/submit`, (c) => reviewPage(c, c.req.param('id'), {}));

  routes.post(`/applications/:id{${uuid}}/submit`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    try {
      await submitApplication(domainContext(c, deps), id, { declaration: values.declaration === 'yes' }, links(c, id));
      return to(c, `/applications/${id}?submitted`);
    } catch (error) {
      if (error instanceof AnswersError) return reviewPage(c, id, error.messagesIn(c.get('lang')), 422);
      if (error instanceof ApplicationError) {
        return reviewPage(c, id, applicationErrorMessages(viewOf(c), error), error.code === 'VALIDATION' ? 422 : 412);
      }
      throw error;
    }
  });

  routes.post(`/applications/:id{${uuid}}/withdraw`, async (c) => {
    const id = c.req.param('id');
    try {
      await withdrawApplication(domainContext(c, deps), id);
      return to(c, `/applications/${id}?withdrawn`);
    } catch (error) {
      if (error instanceof ApplicationError)
        return overview(c, id, { errors: applicationErrorMessages(viewOf(c), error), values: {} }, 412);
      throw error;
    }
  });

  /* ----- Answers to requests for information ----- */

  routes.post(`/applications/:id{${uuid}}/information-requests/:requestId{${uuid}}/answer`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    try {
      await answerInformationRequest(domainContext(c, deps), id, {
        answer: values.answer ?? '',
        requestId: c.req.param('requestId'),
      });
      return to(c, `/applications/${id}?answered`);
    } catch (error) {
      if (error instanceof ApplicationError) {
        return overview(c, id, { errors: applicationErrorMessages(viewOf(c), error), values }, 422);
      }
      throw error;
    }
  });

  /* ----- Co-applicants ----- */

  routes.post(`/applications/:id{${uuid}}/co-applicants`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    try {
      await inviteCoApplicant(domainContext(c, deps), id, { email: values.email ?? '' }, links(c, id));
      return to(c, `/applications/${id}?invited`);
    } catch (error) {
      if (error instanceof ApplicationError) {
        return overview(c, id, { errors: { email: viewOf(c).t('applications.co.emailInvalid') }, values }, 422);
      }
      throw error;
    }
  });

  routes.get('/co-applicant-invitations/:token', async (c) => {
    const token = c.req.param('token');
    const invitation = await getCoApplicantInvitation(domainContext(c, deps), token);
    return sendPersonalPage(
      c,
      <CoApplicantInvitationPage view={viewOf(c)} token={token} invitation={invitation} />,
      invitation ? 200 : 404,
    );
  });

  routes.post('/co-applicant-invitations/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const { applicationId } = await acceptCoApplicantInvitation(domainContext(c, deps), token);
      return to(c, `/applications/${applicationId}?joined`);
    } catch (error) {
      if (error instanceof ApplicationError) {
        return sendPersonalPage(c, <CoApplicantInvitationPage view={viewOf(c)} token={token} invitation={null} />, 404);
      }
      throw error;
    }
  });

  return routes;
}
