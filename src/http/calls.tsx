import path from 'node:path';
import { Hono } from 'hono';
import { browseCalls, checkEligibility, getCall, getDocument } from '../domain/calls/index.ts';
import { FileStore } from '../domain/files/store.ts';
import { CallPage, type CheckState } from '../web/pages/calls/detail.tsx';
import { CallsPage } from '../web/pages/calls/list.tsx';
import { createView, type View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { csrfToken } from './middleware/csrf.ts';
import { pageCache } from './page-cache.ts';
import { sendPage } from './web.tsx';

/** Call pages show the time left: they are cached for a minute at most, whatever PAGE_CACHE_SECONDS says. */
export const callPageCacheSeconds = 60;

const code = '[a-z0-9-]{1,60}';
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The public call pages, under each language prefix: the list (open, upcoming, past), one call, its eligibility
 * self-check (a GET form answered on its own address, never cached) and its documents.
 */
export function createCallRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const cache = pageCache({ ttlMs: Math.min(deps.config.pageCacheSeconds, callPageCacheSeconds) * 1000 });
  const store = new FileStore(path.join(deps.config.dataDir, 'uploads'));
  const viewOf = (c: Ctx, cacheable: boolean): View => {
    const user = c.get('user');
    if (cacheable) c.set('publicPage', true);
    return createView(
      c.get('lang'),
      c.req.path.slice(3) || '/',
      user ? { user, csrf: csrfToken(c, deps.config.secure) } : {},
    );
  };

  routes.get('/calls', cache, async (c) => {
    const ctx = domainContext(c, deps);
    const calls = await browseCalls(ctx);
    // Staff see drafts in their own list (administration), not here.
    const visible = calls.filter((call) => call.state !== 'draft');
    return sendPage(c, <CallsPage view={viewOf(c, true)} calls={visible} now={ctx.now} />);
  });

  routes.get(`/calls/:code{${code}}`, cache, async (c) => {
    const ctx = domainContext(c, deps);
    const call = await getCall(ctx, c.req.param('code'));
    if (call.state === 'draft') c.header('cache-control', 'no-store');
    return sendPage(c, <CallPage view={viewOf(c, call.state !== 'draft')} call={call} now={ctx.now} />);
  });

  routes.get(`/calls/:code{${code}}/check`, async (c) => {
    const ctx = domainContext(c, deps);
    const call = await getCall(ctx, c.req.param('code'));
    const organisationType = (c.req.query('type') ?? '').slice(0, 40);
    const answers: Record<string, string> = {};
    for (const q of call.eligibilityQuestions) {
      const answer = c.req.query(`q_${q.key}`);
      if (answer === 'yes' || answer === 'no') answers[q.key] = answer;
    }
    const result = checkEligibility(call, { organisationType: organisationType || undefined, answers });
    const check: CheckState = { organisationType, answers, result };
    c.header('cache-control', 'no-store');
    return sendPage(c, <CallPage view={viewOf(c, false)} call={call} now={ctx.now} check={check} />);
  });

  routes.get(`/calls/:code{${code}}/documents/:id{${uuid}}`, async (c) => {
    const { document, content } = await getDocument(
      domainContext(c, deps),
      c.req.param('code'),
      c.req.param('id'),
      store,
    );
    return c.body(new Uint8Array(content), 200, {
      'content-type': document.mime,
      'content-disposition': `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
    });
  });

  return routes;
}
