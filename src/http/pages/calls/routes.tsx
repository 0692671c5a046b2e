import { Hono } from 'hono';
import { browseCalls, checkEligibility, getCall, getDocument } from '../../../domain/calls/index.ts';
import { CallPage } from '../../../web/pages/calls/detail.tsx';
import { CallsPage } from '../../../web/pages/calls/list.tsx';
import { type AppDeps, type AppEnv, domainContext } from '../../env.ts';
import { pageCache } from '../../page-cache.ts';
import { callCodePattern as code, publicView, sendPage, uuidPattern as uuid } from '../page.ts';
import { documentDisposition, eligibilityCheckOf } from './form.ts';

/** Call pages show the time left: they are cached for a minute at most, whatever PAGE_CACHE_SECONDS says. */
export const callPageCacheSeconds = 60;

/**
 * The public call pages, under each language prefix: the list (open, upcoming, past), one call, its eligibility
 * self-check (a GET form answered on its own address, never cached) and its documents.
 */
export function callPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const cache = pageCache({ ttlMs: Math.min(deps.config.pageCacheSeconds, callPageCacheSeconds) * 1000 });
  const { secure } = deps.config;

  routes.get('/calls', cache, async (c) => {
    const ctx = domainContext(c, deps);
    const calls = await browseCalls(ctx);
    // Staff see drafts in their own list (administration), not here.
    const visible = calls.filter((call) => call.state !== 'draft');
    return sendPage(c, <CallsPage view={publicView(c, secure)} calls={visible} now={ctx.now} />);
  });

  routes.get(`/calls/:code{${code}}`, cache, async (c) => {
    const ctx = domainContext(c, deps);
    const call = await getCall(ctx, c.req.param('code'));
    const draft = call.state === 'draft';
    if (draft) c.header('cache-control', 'no-store');
    return sendPage(c, <CallPage view={publicView(c, secure, !draft)} call={call} now={ctx.now} />);
  });

  routes.get(`/calls/:code{${code}}/check`, async (c) => {
    const ctx = domainContext(c, deps);
    const call = await getCall(ctx, c.req.param('code'));
    const { organisationType, answers } = eligibilityCheckOf(call.eligibilityQuestions, c.req.query());
    const result = checkEligibility(call, { organisationType: organisationType || undefined, answers });
    c.header('cache-control', 'no-store');
    const check = { organisationType, answers, result };
    return sendPage(c, <CallPage view={publicView(c, secure, false)} call={call} now={ctx.now} check={check} />);
  });

  routes.get(`/calls/:code{${code}}/documents/:id{${uuid}}`, async (c) => {
    const ctx = domainContext(c, deps);
    const { document, content } = await getDocument(ctx, c.req.param('code'), c.req.param('id'), deps.files);
    return c.body(new Uint8Array(content), 200, {
      'content-type': document.mime,
      'content-disposition': documentDisposition(document.fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
    });
  });

  return routes;
}
