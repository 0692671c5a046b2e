import { Hono } from 'hono';
import { authorize } from '../core/authorize.ts';
import { DomainError } from '../core/errors.ts';
import {
  ApplicationError,
  applicantLinks,
  applicationPdfFor,
  applicationPolicy,
  exportApplications,
  getApplication,
  type ListSort,
  listCallApplications,
  listSorts,
  requestInformation,
  screenApplication,
  screenedStates,
} from '../domain/applications/index.ts';
import { listMunicipalities } from '../domain/municipalities/index.ts';
import { organisationTypes } from '../domain/organisations/index.ts';
import { emptyForm, type FormState } from '../web/components/form.tsx';
import { ScreeningDetailPage } from '../web/pages/screening/detail.tsx';
import { type ListFilter, ScreeningListPage } from '../web/pages/screening/list.tsx';
import type { View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { formValues, personalView, sendPersonalPage } from './personal-page.ts';

const code = '[a-z0-9-]{1,60}';
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The list's filters from the query string; anything unknown is dropped rather than refused. */
function filterOf(c: Ctx): ListFilter {
  const get = (name: string) => (c.req.query(name) ?? '').trim().slice(0, 200);
  const state = get('state');
  const municipality = get('municipality');
  const type = get('organisationType');
  const sort = get('sort');
  return {
    state: (screenedStates as readonly string[]).includes(state) ? state : '',
    municipality: /^\d{5}$/.test(municipality) ? municipality : '',
    organisationType: (organisationTypes as readonly string[]).includes(type) ? type : '',
    q: get('q'),
    sort: (listSorts as readonly string[]).includes(sort) ? (sort as ListSort) : 'reference',
    dir: get('dir') === 'desc' ? 'desc' : 'asc',
    page: Math.min(10_000, Math.max(1, Number.parseInt(get('page') || '1', 10) || 1)),
  };
}

/**
 * The officers' screening pages: a call's applications (filters, sorting, counts, CSV and XLSX exports), one
 * application's screening page (answers, files, requests for information, eligibility decision) and its PDF.
 * Officers and admins with two-step verification on; others get 403 from the verbs.
 */
export function createScreeningRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);

  const guard = async (c: Ctx, next: () => Promise<void>) => {
    if (!c.get('user')) return c.redirect(`/${c.get('lang')}/sign-in`, 303);
    return next();
  };
  routes.use('/admin/calls/:code/applications', guard);
  routes.use('/admin/calls/:code/applications/*', guard);
  routes.use('/admin/applications/*', guard);

  routes.get(`/admin/calls/:code{${code}}/applications`, async (c) => {
    const ctx = domainContext(c, deps);
    const filter = filterOf(c);
    const list = await listCallApplications(ctx, c.req.param('code'), {
      ...(filter.state ? { state: filter.state as (typeof screenedStates)[number] } : {}),
      ...(filter.municipality ? { municipality: filter.municipality } : {}),
      ...(filter.organisationType
        ? { organisationType: filter.organisationType as (typeof organisationTypes)[number] }
        : {}),
      ...(filter.q ? { q: filter.q } : {}),
      sort: filter.sort,
      dir: filter.dir,
      page: filter.page,
      pageSize: 50,
    });
    const municipalities = await listMunicipalities(ctx);
    return sendPersonalPage(
      c,
      <ScreeningListPage view={viewOf(c)} list={list} filter={filter} municipalities={municipalities} />,
    );
  });

  const sendExport = async (c: Ctx, format: 'csv' | 'xlsx') => {
    const file = await exportApplications(domainContext(c, deps), c.req.param('code') ?? '', format, {
      lang: c.get('lang'),
    });
    return c.body(new Uint8Array(file.body), 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
    });
  };
  routes.get(`/admin/calls/:code{${code}}/applications.csv`, (c) => sendExport(c, 'csv'));
  routes.get(`/admin/calls/:code{${code}}/applications.xlsx`, (c) => sendExport(c, 'xlsx'));

  routes.get(`/admin/applications/:file{${uuid}\\.pdf}`, async (c) => {
    const ctx = domainContext(c, deps);
    authorize(applicationPolicy.screen(ctx.actor));
    const id = c.req.param('file').slice(0, -4);
    const pdf = await applicationPdfFor(ctx, id, c.get('lang'));
    return c.body(new Uint8Array(pdf.body), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${pdf.fileName}"`,
      'cache-control': 'no-store',
    });
  });

  const detailPage = async (
    c: Ctx,
    forms: { request?: FormState; decision?: FormState; notice?: string } = {},
    status: 200 | 422 | 409 = 200,
  ) => {
    const ctx = domainContext(c, deps);
    authorize(applicationPolicy.screen(ctx.actor));
    const application = await getApplication(ctx, c.req.param('id') ?? '');
    return sendPersonalPage(
      c,
      <ScreeningDetailPage
        view={viewOf(c)}
        application={application}
        requestForm={forms.request ?? emptyForm()}
        decisionForm={forms.decision ?? emptyForm()}
        notice={forms.notice}
      />,
      status,
    );
  };

  routes.get(`/admin/applications/:id{${uuid}}`, (c) => {
    const t = viewOf(c).t;
    const notice =
      c.req.query('requested') !== undefined
        ? t('screening.notice.requested')
        : c.req.query('screened') !== undefined
          ? t('screening.notice.screened')
          : undefined;
    return detailPage(c, { notice });
  });

  /** A refusal a person can act on, as the form's errors; anything else goes on to the error pages. */
  const formErrors = (c: Ctx, error: unknown): Record<string, string> | undefined => {
    const t = viewOf(c).t;
    if (error instanceof ApplicationError && error.field)
      return { [error.field]: t(`applications.error.${error.problem}`) };
    // The state changed under the officer's feet (another officer acted): say so on the same page.
    if (error instanceof DomainError && error.code === 'FORBIDDEN') {
      const user = c.get('user');
      if (user?.roles.some((r) => r === 'officer' || r === 'admin')) return { _form: t('screening.error.notPossible') };
    }
    return undefined;
  };

  routes.post(`/admin/applications/:id{${uuid}}/information-requests`, async (c) => {
    authorize(applicationPolicy.screen(domainContext(c, deps).actor));
    const id = c.req.param('id');
    const values = await formValues(c);
    try {
      await requestInformation(
        domainContext(c, deps),
        id,
        { message: values.message ?? '', dueDate: values.dueDate ?? '' },
        applicantLinks(deps.config.baseUrl, id),
      );
    } catch (error) {
      const errors = formErrors(c, error);
      if (!errors) throw error;
      return detailPage(c, { request: { values, errors } }, 422);
    }
    deps.mailQueued?.();
    return c.redirect(`/${c.get('lang')}/admin/applications/${id}?requested`, 303);
  });

  routes.post(`/admin/applications/:id{${uuid}}/screening`, async (c) => {
    authorize(applicationPolicy.screen(domainContext(c, deps).actor));
    const id = c.req.param('id');
    const values = await formValues(c);
    const decision = values.decision;
    if (decision !== 'eligible' && decision !== 'ineligible') {
      return detailPage(
        c,
        { decision: { values, errors: { decision: viewOf(c).t('screening.error.decision') } } },
        422,
      );
    }
    try {
      await screenApplication(domainContext(c, deps), id, { decision, reason: values.reason ?? '' });
    } catch (error) {
      const errors = formErrors(c, error);
      if (!errors) throw error;
      return detailPage(c, { decision: { values, errors } }, 422);
    }
    return c.redirect(`/${c.get('lang')}/admin/applications/${id}?screened`, 303);
  });

  return routes;
}
