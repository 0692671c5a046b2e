import { Hono } from 'hono';
import { authorize } from '../../../core/authorize.ts';
import { translator } from '../../../core/i18n/index.ts';
import { listMunicipalities } from '../../../domain/municipalities/index.ts';
import { importSchools, listSchools, schoolPolicy } from '../../../domain/schools/index.ts';
import { type ImportState, SchoolsPage } from '../../../web/pages/admin/schools.tsx';
import { createView } from '../../../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { csrfToken } from '../../middleware/csrf.ts';
import { pageNumber, sendPersonalPage } from '../page.ts';
import { schoolSearchOf, schoolUploadOf } from './form.ts';

const size = 50;

/**
 * The school registry in the administration: the list with search, and the CSV import. Admins and officers (the
 * verbs refuse others; the administration's door is in pages/index.ts).
 */
export function schoolPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const render = async (c: Ctx, importState: ImportState, status: 200 | 422 = 200, search = '') => {
    const ctx = domainContext(c, deps);
    const [result, municipalities] = await Promise.all([
      listSchools(ctx, { q: search || undefined, page: search ? 1 : pageNumber(c), size }),
      listMunicipalities(ctx),
    ]);
    // After a post, the page stands for the registry itself: the language switch leads there.
    const user = c.get('user');
    const view = createView(c.get('lang'), '/admin/schools', { user, csrf: csrfToken(c, deps.config.secure) });
    const page = (
      <SchoolsPage view={view} {...result} search={search} municipalities={municipalities} importState={importState} />
    );
    return sendPersonalPage(c, page, status);
  };

  routes.get('/admin/schools', (c) => render(c, { skipInvalid: false }, 200, schoolSearchOf(c.req.query())));

  routes.post('/admin/schools/import', async (c) => {
    const ctx = domainContext(c, deps);
    authorize(schoolPolicy.manage(ctx.actor));
    const upload = await schoolUploadOf(await c.req.parseBody());
    const { skipInvalid } = upload;
    if (upload.problem) {
      const error = translator(c.get('lang'))(`schools.upload.${upload.problem}`);
      return render(c, { skipInvalid, error }, 422);
    }
    const report = await importSchools(ctx, upload.bytes, { skipInvalid });
    return render(c, { skipInvalid, report }, report.applied ? 200 : 422);
  });

  return routes;
}
