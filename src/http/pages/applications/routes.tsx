import { Hono } from 'hono';
import { notFound } from '../../../core/errors.ts';
import {
  type ApplicationView,
  acceptCoApplicantInvitation,
  answerInformationRequest,
  applicationPdf,
  getApplication,
  getApplicationFile,
  getCoApplicantInvitation,
  inviteCoApplicant,
  listMyApplications,
  saveSection,
  startApplication,
  submitApplication,
  withdrawApplication,
} from '../../../domain/applications/index.ts';
import type { FormBody, SectionDefinition } from '../../../domain/forms/index.ts';
import { CoApplicantInvitationPage, MyApplicationsPage } from '../../../web/pages/applications/pages.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext, uploads } from '../../env.ts';
import { formValues, noticeOf, personalView, redirectTo, sendPersonalPage, uuidPattern as uuid } from '../page.ts';
import { renderRefusal } from '../refusal.ts';
import {
  applicationRefusal,
  coApplicantRefusal,
  eligibilityOf,
  notices,
  type SectionRefusal,
  sectionPostOf,
  sectionRefusal,
  startRefusal,
  submitRefusal,
  unusableInvitation,
} from './form.ts';
import { applicationViews } from './render.tsx';

const sectionPath = `/applications/:id{${uuid}}/sections/:key{[a-zA-Z0-9]{1,40}}`;

/** A section of the application's form, or NOT_FOUND. */
function findSection(app: ApplicationView, key: string): SectionDefinition {
  const section = app.form.form.sections.find((s) => s.key === key);
  if (!section) throw notFound(`Section ${key}`);
  return section;
}

/** Where a saved step goes: the next step (or the review after the last) when asked, else the same step again. */
function afterSave(app: ApplicationView, section: SectionDefinition, go: string | undefined): string {
  const id = app.application.id;
  const sections = app.form.form.sections;
  const next = sections[sections.findIndex((s) => s.key === section.key) + 1];
  if (go !== 'next') return `/applications/${id}/sections/${section.key}?saved`;
  return next ? `/applications/${id}/sections/${next.key}?saved` : `/applications/${id}/submit`;
}

/**
 * The applicant's pages, under each language prefix: the dashboard, starting an application from an open call,
 * each step of the form (saved on every post, without JavaScript; the forms script autosaves with it), review
 * and submission, withdrawal, co-applicants, answers to requests for information, files and the PDF. For
 * signed-in people (pages/index.ts); the verbs decide who sees which application.
 */
export function applicationPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const files = uploads(deps);
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);
  const { startPage, overview, sectionPage, reviewPage } = applicationViews(deps);
  const links = (c: Ctx, id: string) => ({
    applicationUrl: (lang: string) => `${deps.config.baseUrl}/${lang}/applications/${id}`,
    acceptUrl: (token: string) => `${deps.config.baseUrl}/${c.get('lang')}/co-applicant-invitations/${token}`,
  });

  routes.get('/applications', async (c) => {
    const view = viewOf(c);
    const applications = await listMyApplications(domainContext(c, deps));
    const notice = noticeOf(c, view.t, notices);
    return sendPersonalPage(c, <MyApplicationsPage view={view} applications={applications} notice={notice} />);
  });

  /* ----- Start ----- */

  routes.get('/applications/new', (c) => startPage(c, { values: {}, errors: {} }));

  routes.post('/applications/new', async (c) => {
    const values = await formValues(c);
    const input = {
      callCode: c.req.query('call') ?? '',
      organisationId: values.organisationId ?? '',
      eligibility: eligibilityOf(values),
    };
    return renderRefusal(c, () => startApplication(domainContext(c, deps), input), {
      values,
      read: startRefusal,
      form: (state, refusal) => startPage(c, { ...state, ...refusal }, refusal.status as 409 | 422),
      done: (started) => redirectTo(c, `/applications/${started.id}?started`),
    });
  });

  /* ----- Overview ----- */

  routes.get(`/applications/:id{${uuid}}`, (c) => overview(c, c.req.param('id')));

  routes.get(`/applications/:file{${uuid}\\.pdf}`, async (c) => {
    const app = await getApplication(domainContext(c, deps), c.req.param('file').slice(0, -4));
    const pdf = await applicationPdf(app, c.get('lang'), deps.db);
    c.header('cache-control', 'no-store');
    c.header('content-type', 'application/pdf');
    c.header('content-disposition', `attachment; filename="${app.application.reference}.pdf"`);
    return c.body(new Uint8Array(pdf));
  });

  routes.get(`/applications/:id{${uuid}}/files/:fileId{${uuid}}`, async (c) => {
    const ctx = domainContext(c, deps);
    const { file, content } = await getApplicationFile(ctx, c.req.param('id'), c.req.param('fileId'), deps.files);
    c.header('cache-control', 'no-store');
    c.header('content-type', file.mime);
    c.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return c.body(new Uint8Array(content));
  });

  /* ----- One section ----- */

  routes.get(sectionPath, async (c) => {
    const app = await getApplication(domainContext(c, deps), c.req.param('id'));
    const section = findSection(app, c.req.param('key'));
    return sectionPage(c, app, section, { answers: app.application.answers, errors: {} });
  });

  routes.post(sectionPath, async (c) => {
    const id = c.req.param('id');
    // The forms script saves in the background and reads JSON; without it, the form is answered with a page.
    const json = (c.req.header('accept') ?? '').includes('application/json');
    const ctx = domainContext(c, deps);
    const app = await getApplication(ctx, id);
    const section = findSection(app, c.req.param('key'));
    const posted = await sectionPostOf(
      section,
      (await c.req.parseBody({ all: true })) as FormBody,
      app.application.answers,
    );
    return renderRefusal(c, () => saveSection(ctx, id, section.key, posted.input, files), {
      read: sectionRefusal,
      form: ({ errors }, { status, conflict }: SectionRefusal) => {
        if (json) return conflict ? c.json({ conflict }, 409) : c.json({ errors }, status === 412 ? 409 : status);
        return sectionPage(
          c,
          app,
          section,
          { answers: posted.typed, errors, ...(conflict ? { conflict } : {}) },
          status,
        );
      },
      done: async (saved) => {
        if (json) return c.json({ saved: true, sectionVersion: saved.sectionVersion });
        if (!posted.moreRows) return redirectTo(c, afterSave(app, section, posted.go));
        const fresh = await getApplication(ctx, id);
        const state = { answers: fresh.application.answers, errors: {}, moreRows: posted.moreRows };
        return sectionPage(c, fresh, section, state);
      },
    });
  });

  /* ----- Review and submit ----- */

  routes.get(`/applications/:id{${uuid}}/submit`, (c) => reviewPage(c, c.req.param('id'), {}));

  routes.post(`/applications/:id{${uuid}}/submit`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const input = { declaration: values.declaration === 'yes' };
    return renderRefusal(c, () => submitApplication(domainContext(c, deps), id, input, links(c, id)), {
      read: submitRefusal,
      form: ({ errors }, { status }) => reviewPage(c, id, errors, status),
      done: () => redirectTo(c, `/applications/${id}?submitted`),
    });
  });

  routes.post(`/applications/:id{${uuid}}/withdraw`, async (c) => {
    const id = c.req.param('id');
    return renderRefusal(c, () => withdrawApplication(domainContext(c, deps), id), {
      read: applicationRefusal(412),
      form: (state, { status }) => overview(c, id, state, status),
      done: () => redirectTo(c, `/applications/${id}?withdrawn`),
    });
  });

  /* ----- Answers to requests for information ----- */

  routes.post(`/applications/:id{${uuid}}/information-requests/:requestId{${uuid}}/answer`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const input = { answer: values.answer ?? '', requestId: c.req.param('requestId') };
    return renderRefusal(c, () => answerInformationRequest(domainContext(c, deps), id, input), {
      values,
      read: applicationRefusal(422),
      form: (state, { status }) => overview(c, id, state, status),
      done: () => redirectTo(c, `/applications/${id}?answered`),
    });
  });

  /* ----- Co-applicants ----- */

  routes.post(`/applications/:id{${uuid}}/co-applicants`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const input = { email: values.email ?? '' };
    return renderRefusal(c, () => inviteCoApplicant(domainContext(c, deps), id, input, links(c, id)), {
      values,
      read: coApplicantRefusal,
      form: (state, { status }) => overview(c, id, state, status),
      done: () => redirectTo(c, `/applications/${id}?invited`),
    });
  });

  routes.get('/co-applicant-invitations/:token', async (c) => {
    const token = c.req.param('token');
    const invitation = await getCoApplicantInvitation(domainContext(c, deps), token);
    const page = <CoApplicantInvitationPage view={viewOf(c)} token={token} invitation={invitation} />;
    return sendPersonalPage(c, page, invitation ? 200 : 404);
  });

  routes.post('/co-applicant-invitations/:token', async (c) => {
    const token = c.req.param('token');
    return renderRefusal(c, () => acceptCoApplicantInvitation(domainContext(c, deps), token), {
      read: unusableInvitation,
      form: () =>
        sendPersonalPage(c, <CoApplicantInvitationPage view={viewOf(c)} token={token} invitation={null} />, 404),
      done: ({ applicationId }) => redirectTo(c, `/applications/${applicationId}?joined`),
    });
  });

  return routes;
}
