import { Hono } from 'hono';
import { listIndicators, listTerritoryValues } from '../../../domain/figures/index.ts';
import { listKeyFigures } from '../../../domain/indicators/index.ts';
import { getMunicipality, listMunicipalities } from '../../../domain/municipalities/index.ts';
import type { Call } from '../../../domain/programmes-calls/index.ts';
import { getScheme, listCalls, listSchemes } from '../../../domain/programmes-calls/index.ts';
import { listTimeline } from '../../../domain/timeline/index.ts';
import { ApiDocsPage } from '../../../web/pages/api-docs.tsx';
import { MunicipalityFigures } from '../../../web/pages/figures/pages.tsx';
import { HomePage } from '../../../web/pages/home.tsx';
import { MunicipalitiesPage } from '../../../web/pages/municipalities.tsx';
import { MunicipalityPage } from '../../../web/pages/municipality.tsx';
import { SchemePage } from '../../../web/pages/scheme.tsx';
import { SchemesPage } from '../../../web/pages/schemes.tsx';
import { accessibilitySpec, privacySpec, TextPage } from '../../../web/pages/text-page.tsx';
import { TimelinePage } from '../../../web/pages/timeline.tsx';
import { municipalityName } from '../../../web/view.ts';
import { openApiDocument } from '../../api/index.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { pageCache } from '../../page-cache.ts';
import { publicView, sendPage } from '../page.ts';

/** The latest call of each scheme (calls come newest first). */
function latestCalls(calls: readonly Call[]): Map<string, Call> {
  const latest = new Map<string, Call>();
  for (const call of calls) if (!latest.has(call.schemeCode)) latest.set(call.schemeCode, call);
  return latest;
}

/**
 * The public pages of the site: home, schemes, timeline, municipalities, the text pages and the API's
 * documentation. Mounted after every other area: their page cache stands in front of any path left.
 */
export function publicPages(deps: AppDeps): Hono<AppEnv> {
  const web = new Hono<AppEnv>();
  const viewOf = (c: Ctx) => publicView(c, deps.config.secure);
  // Every page here is the same for every visitor: rendered once, then served from memory.
  web.use(pageCache({ ttlMs: deps.config.pageCacheSeconds * 1000 }));

  web.get('/', async (c) => {
    const ctx = domainContext(c, deps);
    const [figures, schemes] = await Promise.all([listKeyFigures(ctx), listSchemes(ctx)]);
    return sendPage(c, <HomePage view={viewOf(c)} figures={figures} schemes={schemes} />);
  });

  web.get('/schemes', async (c) => {
    const ctx = domainContext(c, deps);
    const [schemes, calls] = await Promise.all([listSchemes(ctx), listCalls(ctx)]);
    return sendPage(c, <SchemesPage view={viewOf(c)} schemes={schemes} latest={latestCalls(calls)} />);
  });

  web.get('/schemes/:code{[a-z0-9-]{1,40}}', async (c) => {
    const scheme = await getScheme(domainContext(c, deps), c.req.param('code'));
    return sendPage(c, <SchemePage view={viewOf(c)} scheme={scheme} />);
  });

  web.get('/timeline', async (c) => {
    const events = await listTimeline(domainContext(c, deps));
    return sendPage(c, <TimelinePage view={viewOf(c)} events={events} />);
  });

  web.get('/municipalities', async (c) => {
    const municipalities = await listMunicipalities(domainContext(c, deps));
    return sendPage(c, <MunicipalitiesPage view={viewOf(c)} municipalities={municipalities} />);
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
    const view = viewOf(c);
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

  web.get('/accessibility', (c) => sendPage(c, <TextPage view={viewOf(c)} spec={accessibilitySpec} />));
  web.get('/privacy', (c) => sendPage(c, <TextPage view={viewOf(c)} spec={privacySpec} />));
  web.get('/api-docs', (c) => sendPage(c, <ApiDocsPage view={viewOf(c)} doc={openApiDocument(deps)} />));

  return web;
}
