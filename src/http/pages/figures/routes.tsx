import { Hono } from 'hono';
import { authorize } from '../../../core/authorize.ts';
import { notFound } from '../../../core/errors.ts';
import { translator } from '../../../core/i18n/index.ts';
import {
  figuresPolicy,
  getIndicator,
  importBoundaries,
  importIndicatorValues,
  listBoundaries,
  listIndicators,
  listValues,
  maxGeoJsonBytes,
  maxImportBytes,
} from '../../../domain/figures/index.ts';
import { listMunicipalities } from '../../../domain/municipalities/index.ts';
import { listCalls, listSchemes } from '../../../domain/programmes-calls/index.ts';
import { FiguresAdminPage, type ImportOutcome } from '../../../web/pages/figures/admin.tsx';
import {
  type ChartKind,
  chartKinds,
  type Geometry,
  indicatorCharts,
  mapChart,
  territoryNamer,
} from '../../../web/pages/figures/model.ts';
import { DashboardPage, FundingPage, IndicatorPage, MapPage } from '../../../web/pages/figures/pages.tsx';
import { createView } from '../../../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { pageCache } from '../../page-cache.ts';
import { personalView, publicView, redirectTo, sendPage, sendPersonalPage } from '../page.ts';
import { renderRefusal } from '../refusal.ts';
import { dashboardCodes, dashboardOf, type IndicatorData } from './dashboard.ts';
import { chartCsv, download, fundingCsv, indicatorCsv, toPng } from './downloads.ts';
import { boundariesRefusal, type ImportRefusal, importOutcomeOf, textUploadOf, valuesRefusal } from './form.ts';

const code = '[a-z0-9-]{1,60}';
const json = 'application/json; charset=utf-8';
const csv = 'text/csv; charset=utf-8';

/** Public figures (dashboard, indicator pages, maps, funding, downloads) and their administration (imports). */
export function figurePages(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const viewOf = (c: Ctx) => publicView(c, deps.config.secure);
  const cache = pageCache({ ttlMs: deps.config.pageCacheSeconds * 1000 });
  app.use('/figures', cache);
  app.use('/figures/*', cache);
  app.use('/funding', cache);

  /** The boundaries as a map by NIS code, built once per list the domain hands out (it keeps one per change). */
  const boundaryMaps = new WeakMap<object, Map<string, Geometry> | null>();
  const boundaryMap = (rows: Awaited<ReturnType<typeof listBoundaries>>) => {
    if (!boundaryMaps.has(rows)) {
      boundaryMaps.set(rows, rows.length ? new Map(rows.map((b) => [b.nisCode, b.geometry])) : null);
    }
    return boundaryMaps.get(rows) ?? null;
  };

  /** Everything the charts of an indicator need, in one go. */
  const load = async (c: Ctx, indicatorCode: string): Promise<IndicatorData> => {
    const ctx = domainContext(c, deps);
    const [indicator, values, municipalities, boundaryRows, indicators] = await Promise.all([
      getIndicator(ctx, indicatorCode),
      listValues(ctx, indicatorCode),
      listMunicipalities(ctx),
      listBoundaries(ctx),
      listIndicators(ctx),
    ]);
    const boundaries = boundaryMap(boundaryRows);
    return { indicator, values, municipalities, boundaries, mappable: indicators.filter((i) => i.municipal) };
  };

  app.get('/figures', async (c) => {
    const view = viewOf(c);
    const indicators = await listIndicators(domainContext(c, deps));
    const loaded = await Promise.all(dashboardCodes(indicators).map((code) => (code ? load(c, code) : null)));
    const mappable = indicators.filter((i) => i.municipal);
    const parts = dashboardOf(view, loaded);
    return sendPage(c, <DashboardPage view={view} {...parts} mappable={mappable} indicators={indicators} />);
  });

  // The map switcher's form: a redirect to the chosen map, so that each map has its own address (and cache).
  app.get('/figures/map', async (c) => {
    const wanted = c.req.query('indicator') ?? '';
    const indicator = await getIndicator(domainContext(c, deps), /^[a-z0-9-]{1,60}$/.test(wanted) ? wanted : '-');
    return redirectTo(c, `/figures/map/${indicator.code}#map`);
  });

  app.get(`/figures/map/:code{${code}}`, async (c) => {
    const view = viewOf(c);
    const l = await load(c, c.req.param('code'));
    const chart = mapChart(view, l.indicator, l.values, l.municipalities, l.boundaries);
    if (!chart) throw notFound('Map');
    return sendPage(c, <MapPage view={view} indicator={l.indicator} chart={chart} mappable={l.mappable} />);
  });

  app.get(`/figures/:file{${code}\\.(csv|json)}`, async (c) => {
    const file = c.req.param('file');
    const [indicatorCode = '', ext] = file.split('.');
    const l = await load(c, indicatorCode);
    if (ext === 'json')
      return download(c, JSON.stringify({ indicator: l.indicator, data: l.values }, null, 1), json, file);
    return download(c, indicatorCsv(l.indicator, l.values), csv, file);
  });

  app.get(`/figures/:code{${code}}/:chart{(line|sex|bar|breakdown|map)\\.(svg|png|csv)}`, async (c) => {
    const view = createView(c.get('lang'), c.req.path.slice(3));
    const [kind, ext] = c.req.param('chart').split('.') as [ChartKind, string];
    const l = await load(c, c.req.param('code'));
    const charts = indicatorCharts(view, l.indicator, l.values, l.municipalities, l.boundaries);
    const chart = charts.find((ch) => ch.kind === kind);
    if (!chart || !chartKinds.includes(kind)) throw notFound('Chart');
    const name = `${chart.id}-${view.lang}.${ext}`;
    if (ext === 'svg') return download(c, chart.svg, 'image/svg+xml; charset=utf-8', name);
    if (ext === 'png') return download(c, await toPng(chart.svg), 'image/png', name);
    return download(c, chartCsv(l.indicator, chart), csv, name);
  });

  app.get(`/figures/:code{${code}}`, async (c) => {
    const view = viewOf(c);
    const l = await load(c, c.req.param('code'));
    const charts = indicatorCharts(view, l.indicator, l.values, l.municipalities, l.boundaries);
    const name = territoryNamer(view, l.municipalities);
    const page = (
      <IndicatorPage
        view={view}
        indicator={l.indicator}
        charts={charts}
        values={l.values}
        mappable={l.mappable}
        name={name}
      />
    );
    return sendPage(c, page);
  });

  const funding = async (c: Ctx) => {
    const ctx = domainContext(c, deps);
    const [schemes, calls] = await Promise.all([listSchemes(ctx), listCalls(ctx)]);
    return { schemes, calls };
  };
  app.get('/funding', async (c) => {
    const view = viewOf(c);
    const { schemes, calls } = await funding(c);
    return sendPage(c, <FundingPage view={view} schemes={schemes} calls={calls} />);
  });
  app.get('/:file{funding\\.(csv|json)}', async (c) => {
    const { calls } = await funding(c);
    const file = c.req.param('file');
    if (file.endsWith('.json')) return download(c, JSON.stringify({ data: calls }, null, 1), json, file);
    return download(c, fundingCsv(calls), csv, file);
  });

  // Administration: imports (admins; the administration's door is in pages/index.ts).
  const adminPage = async (c: Ctx, outcome?: ImportOutcome, status: 200 | 422 = 200) => {
    const ctx = domainContext(c, deps);
    authorize(figuresPolicy.importData(ctx.actor));
    const boundaries = await listBoundaries(ctx);
    const view = personalView(c, deps.config.secure);
    return sendPersonalPage(
      c,
      <FiguresAdminPage view={view} boundaries={boundaries.length} outcome={outcome} />,
      status,
    );
  };
  const refused = (c: Ctx) => (_: unknown, refusal: ImportRefusal) => adminPage(c, refusal.outcome, 422);

  app.get('/admin/figures', (c) => adminPage(c, importOutcomeOf(c.req.query(), translator(c.get('lang')))));

  app.post('/admin/figures/values', async (c) => {
    const ctx = domainContext(c, deps);
    authorize(figuresPolicy.importData(ctx.actor));
    const upload = await textUploadOf(await c.req.parseBody(), maxImportBytes, translator(c.get('lang')));
    if (typeof upload === 'string') return adminPage(c, { form: 'values', kind: 'error', message: upload }, 422);
    return renderRefusal(c, () => importIndicatorValues(ctx, { csv: upload.text, fileName: upload.name }), {
      read: valuesRefusal,
      form: refused(c),
      done: ({ imported }) => redirectTo(c, `/admin/figures?imported=${imported}`),
    });
  });

  app.post('/admin/figures/boundaries', async (c) => {
    const ctx = domainContext(c, deps);
    authorize(figuresPolicy.importData(ctx.actor));
    const upload = await textUploadOf(await c.req.parseBody(), maxGeoJsonBytes, translator(c.get('lang')));
    if (typeof upload === 'string') return adminPage(c, { form: 'boundaries', kind: 'error', message: upload }, 422);
    const input = { geojson: upload.text, credit: upload.credit, fileName: upload.name };
    return renderRefusal(c, () => importBoundaries(ctx, input), {
      read: boundariesRefusal,
      form: refused(c),
      done: ({ imported }) => redirectTo(c, `/admin/figures?boundaries=${imported}`),
    });
  });

  return app;
}
