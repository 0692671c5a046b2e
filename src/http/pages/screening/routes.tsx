import { Hono } from 'hono';
import { authorize } from '../../../core/authorize.ts';
import {
  applicantLinks,
  applicationPdfFor,
  applicationPolicy,
  exportApplications,
  getApplication,
  listCallApplications,
  requestInformation,
  screenApplication,
} from '../../../domain/applications/index.ts';
import { listMunicipalities } from '../../../domain/municipalities/index.ts';
import { emptyForm, type FormState } from '../../../web/components/form.tsx';
import { ScreeningDetailPage } from '../../../web/pages/screening/detail.tsx';
import { ScreeningListPage } from '../../../web/pages/screening/list.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import {
  callCodePattern as code,
  formValues,
  noticeOf,
  personalView,
  redirectTo,
  sendPersonalPage,
  uuidPattern as uuid,
} from '../page.ts';
import { renderRefusal } from '../refusal.ts';
import { decisionOf, listQueryOf, screeningFilterOf, screeningRefusal } from './form.ts';

const notices = { requested: 'screening.notice.requested', screened: 'screening.notice.screened' } as const;

/** An export of a call's applications, as a download. */
const download = (c: Ctx, file: { body: Uint8Array | Buffer; contentType: string; fileName: string }) =>
  c.body(new Uint8Array(file.body), 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'cache-control': 'no-store',
  });

/**
 * The officers' screening pages: a call's applications (filters, sorting, counts, CSV and XLSX exports), one
 * application's screening page (answers, files, requests for information, eligibility decision) and its PDF.
 * Officers and admins with two-step verification on; others get 403 from the verbs.
 */
export function screeningPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);

  routes.get(`/admin/calls/:code{${code}}/applications`, async (c) => {
    const ctx = domainContext(c, deps);
    const filter = screeningFilterOf(c.req.query());
    const list = await listCallApplications(ctx, c.req.param('code'), listQueryOf(filter));
    const municipalities = await listMunicipalities(ctx);
    const page = <ScreeningListPage view={viewOf(c)} list={list} filter={filter} municipalities={municipalities} />;
    return sendPersonalPage(c, page);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    routes.get(`/admin/calls/:code{${code}}/applications.${format}`, async (c) => {
      const options = { lang: c.get('lang') };
      return download(c, await exportApplications(domainContext(c, deps), c.req.param('code'), format, options));
    });
  }

  routes.get(`/admin/applications/:file{${uuid}\\.pdf}`, async (c) => {
    const ctx = domainContext(c, deps);
    authorize(applicationPolicy.screen(ctx.actor));
    const pdf = await applicationPdfFor(ctx, c.req.param('file').slice(0, -4), c.get('lang'));
    return download(c, { body: pdf.body, contentType: 'application/pdf', fileName: pdf.fileName });
  });

  /** One application's screening page, with the request or decision form refused when one was. */
  const detailPage = async (c: Ctx, forms: { request?: FormState; decision?: FormState; notice?: string } = {}) => {
    const ctx = domainContext(c, deps);
    authorize(applicationPolicy.screen(ctx.actor));
    const application = await getApplication(ctx, c.req.param('id') ?? '');
    const page = (
      <ScreeningDetailPage
        view={viewOf(c)}
        application={application}
        requestForm={forms.request ?? emptyForm()}
        decisionForm={forms.decision ?? emptyForm()}
        notice={forms.notice}
      />
    );
    return sendPersonalPage(c, page, forms.request || forms.decision ? 422 : 200);
  };

  routes.get(`/admin/applications/:id{${uuid}}`, (c) => detailPage(c, { notice: noticeOf(c, viewOf(c).t, notices) }));

  routes.post(`/admin/applications/:id{${uuid}}/information-requests`, async (c) => {
    authorize(applicationPolicy.screen(domainContext(c, deps).actor));
    const id = c.req.param('id');
    const values = await formValues(c);
    const input = { message: values.message ?? '', dueDate: values.dueDate ?? '' };
    const links = applicantLinks(deps.config.baseUrl, id);
    return renderRefusal(c, () => requestInformation(domainContext(c, deps), id, input, links), {
      values,
      read: screeningRefusal(c.get('user')),
      form: (request) => detailPage(c, { request }),
      done: () => {
        deps.mailQueued?.();
        return redirectTo(c, `/admin/applications/${id}?requested`);
      },
    });
  });

  routes.post(`/admin/applications/:id{${uuid}}/screening`, async (c) => {
    authorize(applicationPolicy.screen(domainContext(c, deps).actor));
    const id = c.req.param('id');
    const values = await formValues(c);
    const decision = decisionOf(values);
    if (!decision) {
      return detailPage(c, { decision: { values, errors: { decision: viewOf(c).t('screening.error.decision') } } });
    }
    const input = { decision, reason: values.reason ?? '' };
    return renderRefusal(c, () => screenApplication(domainContext(c, deps), id, input), {
      values,
      read: screeningRefusal(c.get('user')),
      form: (decision) => detailPage(c, { decision }),
      done: () => redirectTo(c, `/admin/applications/${id}?screened`),
    });
  });

  return routes;
}
