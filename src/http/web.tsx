import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { listIndicators, listTerritoryValues } from '../domain/figures/index.ts';
import { listKeyFigures } from '../domain/indicators/index.ts';
import { getMunicipality, listMunicipalities } from '../domain/municipalities/index.ts';
import type { Call } from '../domain/programmes-calls/index.ts';
import { getScheme, listCalls, listSchemes } from '../domain/programmes-calls/index.ts';
import { listTimeline } from '../domain/timeline/index.ts';
import { ApiDocsPage, type OpenApiDoc } from '../web/pages/api-docs.tsx';
import { MunicipalityFigures } from '../web/pages/figures/pages.tsx';
import { HomePage } from '../web/pages/home.tsx';
import { MunicipalitiesPage } from '../web/pages/municipalities.tsx';
import { MunicipalityPage } from '../web/pages/municipality.tsx';
import { SchemePage } from '../web/pages/scheme.tsx';
import { SchemesPage } from '../web/pages/schemes.tsx';
import { accessibilitySpec, privacySpec, TextPage } from '../web/pages/text-page.tsx';
import { TimelinePage } from '../web/pages/timeline.tsx';
import { createView, municipalityName, type View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { csrfToken } from './middleware/csrf.ts';
import { pageCache } from './page-cache.ts';

/** Sends a page: hono/jsx writes no doctype, so it is added here. */
export async function sendPage(c: Ctx, page: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await Promise.resolve(page?.toString() ?? '')}`, status);
}

/**
 * The view of a public page, which every anonymous visitor sees the same (so the page cache may keep it); a
 * signed-in person gets their own header, with the token of the sign-out form.
 */
function viewOf(c: Ctx, secure: boolean): View {
  const lang = c.get('lang');
  const user = c.get('user');
  c.set('publicPage', true);
  return createView(lang, c.req.path.slice(3) || '/', user ? { user, csrf: csrfToken(c, secure) } : {});
}

/** The public pages, mounted under each language prefix (`/fr`, `/nl`, `/en`). */
export function createWebRoutes(deps: AppDeps, openApiDoc: () => OpenApiDoc): Hono<AppEnv> {
  const web = new Hono<AppEnv>();
  // Every page here is the same for every visitor: rendered once, then served from memory.
  web.use(pageCache({ ttlMs: deps.config.pageCacheSeconds * 1000 }));

  web.get('/', async (c) => {
    const ctx = domainContext(c, deps);
    const [figures, schemes] = await Promise.all([listKeyFigures(ctx), listSchemes(ctx)]);
    return sendPage(c, <HomePage view={viewOf(c, deps.config.secure)} figures={figures} schemes={schemes} />);
  });

  web.get('/schemes', async (c) => {
    const ctx = domainContext(c, deps);
    const [schemes, calls] = await Promise.all([listSchemes(ctx), listCalls(ctx)]);
    const latest = new Map<string, Call>();
    for (const call of calls) if (!latest.has(call.schemeCode)) latest.set(call.schemeCode, call);
    return sendPage(c, <SchemesPage view={viewOf(c, deps.config.secure)} schemes={schemes} latest={latest} />);
  });

  web.get('/schemes/:code{[a-z0-9-]{1,40}}', async (c) => {
    const scheme = await getScheme(domainContext(c, deps), c.req.param('code'));
    return sendPage(c, <SchemePage view={viewOf(c, deps.config.secure)} scheme={scheme} />);
  });

  web.get('/timeline', async (c) => {
    const events = await listTimeline(domainContext(c, deps));
    return sendPage(c, <TimelinePage view={viewOf(c, deps.config.secure)} events={events} />);
  });

  web.get('/municipalities', async (c) => {
    const municipalities = await listMunicipalities(domainContext(c, deps));
    return sendPage(c, <MunicipalitiesPage view={viewOf(c, deps.config.secure)} municipalities={municipalities} />);
  });

  web.get('/municipalities/:nis{[0-9]{5}}', async (c) => {
    const ctx = domainContext(c, deps);
    const nis = c.req.param('nis');
    const [municipality, schemes, indicators, values] = await Promise.all([
      getMunicipality(ctx, nis),
      listSchemes(ctx),
      listIndicators(ctx),
      listTerritoryValues(ctx, nis),
    ]);
    const municipalSchemes = schemes.filter((s) => s.kind === 'municipal');
    const view = viewOf(c, deps.config.secure);
    return sendPage(
      c,
      <MunicipalityPage
        view={view}
        municipality={municipality}
        municipalSchemes={municipalSchemes}
        figures={
          <MunicipalityFigures
            view={view}
            name={municipalityName(municipality, view.lang)}
            indicators={indicators}
            values={values}
          />
        }
      />,
    );
  });

  web.get('/accessibility', (c) =>
    sendPage(c, <TextPage view={viewOf(c, deps.config.secure)} spec={accessibilitySpec} />),
  );
  web.get('/privacy', (c) => sendPage(c, <TextPage view={viewOf(c, deps.config.secure)} spec={privacySpec} />));
  web.get('/api-docs', (c) => sendPage(c, <ApiDocsPage view={viewOf(c, deps.config.secure)} doc={openApiDoc()} />));

  return web;
}
