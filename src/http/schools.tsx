import { Hono, type MiddlewareHandler } from 'hono';
import { authorize } from '../core/authorize.ts';
import { translator } from '../core/i18n/index.ts';
import { listMunicipalities } from '../domain/municipalities/index.ts';
import { checkCsvUpload, importSchools, listSchools, maxImportBytes, schoolPolicy } from '../domain/schools/index.ts';
import { type ImportState, SchoolsPage } from '../web/pages/admin/schools.tsx';
import { createView } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { csrfToken } from './middleware/csrf.ts';
import { sendPersonalPage } from './personal-page.ts';

const pageOf = (c: Ctx) => Math.min(10_000, Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
const size = 50;

/** The school registry in the administration: the list with search, and the CSV import. Admins and officers. */
export function createSchoolRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!c.get('user')) return c.redirect(`/${c.get('lang')}/sign-in`, 303);
    return next();
  };
  routes.use('/admin/schools', guard);
  routes.use('/admin/schools/*', guard);

  const render = async (c: Ctx, importState: ImportState, status: 200 | 422 = 200, search = '') => {
    const ctx = domainContext(c, deps);
    const [result, municipalities] = await Promise.all([
      listSchools(ctx, { q: search || undefined, page: search ? 1 : pageOf(c), size }),
      listMunicipalities(ctx),
    ]);
    // After a post, the page stands for the registry itself: the language switch leads there.
    const view = createView(c.get('lang'), '/admin/schools', {
      user: c.get('user'),
      csrf: csrfToken(c, deps.config.secure),
    });
    return sendPersonalPage(
      c,
      <SchoolsPage view={view} {...result} search={search} municipalities={municipalities} importState={importState} />,
      status,
    );
  };

  routes.get('/admin/schools', (c) => render(c, { skipInvalid: false }, 200, (c.req.query('q') ?? '').slice(0, 200)));

  routes.post('/admin/schools/import', async (c) => {
    const ctx = domainContext(c, deps);
    authorize(schoolPolicy.manage(ctx.actor));
    const body = await c.req.parseBody();
    const skipInvalid = body.skipInvalid === 'true' || body.skipInvalid === 'on';
    const file = body.file instanceof File ? body.file : null;
    const bytes = file && file.size <= maxImportBytes ? new Uint8Array(await file.arrayBuffer()) : null;
    const problem = file && file.size > maxImportBytes ? 'tooLarge' : await checkCsvUpload(bytes);
    if (problem || !bytes) {
      const t = translator(c.get('lang'));
      return render(c, { skipInvalid, error: t(`schools.upload.${problem ?? 'missing'}`) }, 422);
    }
    const report = await importSchools(ctx, bytes, { skipInvalid });
    return render(c, { skipInvalid, report }, report.applied ? 200 : 422);
  });

  return routes;
}
