import { Hono } from 'hono';
import { authorize } from '../core/authorize.ts';
import { notFound } from '../core/errors.ts';
import {
  figuresPolicy,
  GeoJsonRejected,
  getIndicator,
  ImportRejected,
  type Indicator,
  importBoundaries,
  importIndicatorValues,
  listBoundaries,
  listIndicators,
  listValues,
  maxGeoJsonBytes,
  maxImportBytes,
  toCsv,
} from '../domain/figures/index.ts';
import { listMunicipalities } from '../domain/municipalities/index.ts';
import { listCalls, listSchemes } from '../domain/programmes-calls/index.ts';
import { FiguresAdminPage, type ImportOutcome } from '../web/pages/figures/admin.tsx';
import {
  type ChartKind,
  chartKinds,
  type Geometry,
  indicatorCharts,
  mapChart,
  periodOf,
  territoryNamer,
} from '../web/pages/figures/model.ts';
import { DashboardPage, FundingPage, type Headline, IndicatorPage, MapPage } from '../web/pages/figures/pages.tsx';
import { createView, type View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { csrfToken } from './middleware/csrf.ts';
import { pageCache } from './page-cache.ts';
import { personalView, sendPersonalPage } from './personal-page.ts';
import { sendPage } from './web.tsx';

const code = '[a-z0-9-]{1,60}';

/** PNG from SVG with resvg (loaded on first use: most requests never need it). */
async function toPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

const download = (c: Ctx, body: string | Uint8Array, type: string, name: string) =>
  c.body(body as string, 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'public, max-age=300',
  });

/** Public figures (dashboard, indicator pages, maps, funding, downloads) and their administration (imports). */
export function createFiguresRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const publicView = (c: Ctx): View => {
    const user = c.get('user');
    c.set('publicPage', true);
    return createView(
      c.get('lang'),
      c.req.path.slice(3) || '/',
      user ? { user, csrf: csrfToken(c, deps.config.secure) } : {},
    );
  };
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
  const load = async (c: Ctx, indicatorCode: string) => {
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
    const ctx = domainContext(c, deps);
    const view = publicView(c);
    const indicators = await listIndicators(ctx);
    const mappable = indicators.filter((i) => i.municipal);
    const has = (code: string) => indicators.find((i) => i.code === code);
    const [esl, delay, population, mapped] = await Promise.all([
      has('early-leavers-18-24') ? load(c, 'early-leavers-18-24') : null,
      has('pupils-two-years-behind') ? load(c, 'pupils-two-years-behind') : null,
      has('school-population') ? load(c, 'school-population') : null,
      mappable[mappable.length - 1] ? load(c, (mappable[mappable.length - 1] as Indicator).code) : null,
    ]);
    const headlines: Headline[] = [];
    if (esl) {
      const name = territoryNamer(view, esl.municipalities);
      for (const territory of ['BE10', 'BE', 'EU27_2020']) {
        const series = esl.values
          .filter((v) => v.preferred && v.breakdown === 'total' && v.territory === territory)
          .sort((a, b) => b.year - a.year);
        const latest = series[0];
        if (!latest) continue;
        const earlier = series.find((v) => v.year <= latest.year - 10) ?? series[series.length - 1] ?? null;
        headlines.push({ territory, name: name(territory), latest, earlier: earlier === latest ? null : earlier });
      }
    }
    const chartOf = (l: Awaited<ReturnType<typeof load>> | null, kind: ChartKind) =>
      l
        ? (indicatorCharts(view, l.indicator, l.values, l.municipalities, l.boundaries).find(
            (ch) => ch.kind === kind,
          ) ?? null)
        : null;
    const mapChartOf = mapped
      ? mapChart(view, mapped.indicator, mapped.values, mapped.municipalities, mapped.boundaries)
      : null;
    return sendPage(
      c,
      <DashboardPage
        view={view}
        esl={esl ? { indicator: esl.indicator, headlines, line: chartOf(esl, 'line') } : null}
        delay={
          delay
            ? {
                indicator: delay.indicator,
                values: delay.values.filter((v) => v.territory === 'BE10' && v.breakdown === 'total'),
              }
            : null
        }
        population={population ? { indicator: population.indicator, chart: chartOf(population, 'breakdown') } : null}
        map={mapped && mapChartOf ? { indicator: mapped.indicator, chart: mapChartOf } : null}
        mappable={mappable}
        indicators={indicators}
      />,
    );
  });

  // The map switcher's form: a redirect to the chosen map, so that each map has its own address (and cache).
  app.get('/figures/map', async (c) => {
    const wanted = c.req.query('indicator') ?? '';
    const indicator = await getIndicator(domainContext(c, deps), /^[a-z0-9-]{1,60}$/.test(wanted) ? wanted : '-');
    return c.redirect(`/${c.get('lang')}/figures/map/${indicator.code}#map`, 303);
  });

  app.get(`/figures/map/:code{${code}}`, async (c) => {
    const view = publicView(c);
    const l = await load(c, c.req.param('code'));
    const chart = mapChart(view, l.indicator, l.values, l.municipalities, l.boundaries);
    if (!chart) throw notFound('Map');
    return sendPage(c, <MapPage view={view} indicator={l.indicator} chart={chart} mappable={l.mappable} />);
  });

  app.get(`/figures/:file{${code}\\.(csv|json)}`, async (c) => {
    const file = c.req.param('file');
    const [indicatorCode = '', ext] = file.split('.');
    const l = await load(c, indicatorCode);
    if (ext === 'json') {
      return download(
        c,
        JSON.stringify({ indicator: l.indicator, data: l.values }, null, 1),
        'application/json; charset=utf-8',
        file,
      );
    }
    const csv = toCsv(
      [
        'indicator',
        'territory',
        'year',
        'period',
        'breakdown',
        'value',
        'preferred',
        'source',
        'source_title',
        'source_url',
        'note',
      ],
      l.values.map((v) => [
        v.indicator,
        v.territory,
        v.year,
        periodOf(l.indicator, v.year),
        v.breakdown,
        v.value,
        v.preferred ? 1 : 0,
        v.source.id,
        `${v.source.publisher}, ${v.source.title}`,
        v.source.url,
        v.note,
      ]),
    );
    return download(c, csv, 'text/csv; charset=utf-8', file);
  });

  app.get(`/figures/:code{${code}}/:chart{(line|sex|bar|breakdown|map)\\.(svg|png|csv)}`, async (c) => {
    const view = createView(c.get('lang'), c.req.path.slice(3));
    const [kind, ext] = c.req.param('chart').split('.') as [ChartKind, string];
    const l = await load(c, c.req.param('code'));
    const chart = indicatorCharts(view, l.indicator, l.values, l.municipalities, l.boundaries).find(
      (ch) => ch.kind === kind,
    );
    if (!chart || !chartKinds.includes(kind)) throw notFound('Chart');
    const name = `${chart.id}-${view.lang}.${ext}`;
    if (ext === 'svg') return download(c, chart.svg, 'image/svg+xml; charset=utf-8', name);
    if (ext === 'png') return download(c, await toPng(chart.svg), 'image/png', name);
    const csv = toCsv(
      ['territory', 'territory_name', 'year', 'period', 'breakdown', 'value', 'source'],
      chart.points.map((p) => [
        p.territory,
        p.territoryName,
        p.year,
        periodOf(l.indicator, p.year),
        p.breakdown,
        p.value,
        p.source,
      ]),
    );
    return download(c, csv, 'text/csv; charset=utf-8', name);
  });

  app.get(`/figures/:code{${code}}`, async (c) => {
    const view = publicView(c);
    const l = await load(c, c.req.param('code'));
    const charts = indicatorCharts(view, l.indicator, l.values, l.municipalities, l.boundaries);
    return sendPage(
      c,
      <IndicatorPage
        view={view}
        indicator={l.indicator}
        charts={charts}
        values={l.values}
        mappable={l.mappable}
        name={territoryNamer(view, l.municipalities)}
      />,
    );
  });

  const funding = async (c: Ctx) => {
    const ctx = domainContext(c, deps);
    const [schemes, calls] = await Promise.all([listSchemes(ctx), listCalls(ctx)]);
    return { schemes, calls };
  };
  app.get('/funding', async (c) => {
    const view = publicView(c);
    const { schemes, calls } = await funding(c);
    return sendPage(c, <FundingPage view={view} schemes={schemes} calls={calls} />);
  });
  app.get('/:file{funding\\.(csv|json)}', async (c) => {
    const { calls } = await funding(c);
    const file = c.req.param('file');
    if (file.endsWith('.json'))
      return download(c, JSON.stringify({ data: calls }, null, 1), 'application/json; charset=utf-8', file);
    const csv = toCsv(
      [
        'call',
        'scheme',
        'period_start',
        'period_end',
        'envelope_eur',
        'envelope_basis',
        'envelope_qualifier',
        'count',
        'count_unit',
        'count_qualifier',
        'source',
        'source_url',
      ],
      calls.map((call) => [
        call.code,
        call.schemeCode,
        call.periodStart,
        call.periodEnd,
        call.envelope ? call.envelope.amountCents / 100 : null,
        call.envelope?.basis,
        call.envelope?.qualifier,
        call.count?.value,
        call.count?.unit,
        call.count?.qualifier,
        call.source?.id ?? '',
        call.source?.url ?? '',
      ]),
    );
    return download(c, csv, 'text/csv; charset=utf-8', file);
  });

  // Administration: imports. The admin middleware (http/admin.tsx) already sent visitors to sign in.
  const adminPage = async (c: Ctx, outcome?: ImportOutcome, status: 200 | 422 = 200) => {
    const ctx = domainContext(c, deps);
    authorize(figuresPolicy.importData(ctx.actor));
    const boundaries = await listBoundaries(ctx);
    return sendPersonalPage(
      c,
      <FiguresAdminPage view={personalView(c, deps.config.secure)} boundaries={boundaries.length} outcome={outcome} />,
      status,
    );
  };
  app.get('/admin/figures', (c) => {
    const t = createView(c.get('lang'), '/').t;
    const done = Number(c.req.query('imported'));
    const geo = Number(c.req.query('boundaries'));
    if (Number.isInteger(done) && done > 0) {
      return adminPage(c, { form: 'values', kind: 'success', message: t('figures.import.done', { count: done }) });
    }
    if (geo === 19)
      return adminPage(c, { form: 'boundaries', kind: 'success', message: t('figures.geo.imported', { count: geo }) });
    return adminPage(c);
  });

  /** The uploaded file's text, or an outcome saying why there is none. */
  const uploaded = async (c: Ctx, max: number): Promise<{ text: string; name: string; credit: string } | string> => {
    const t = createView(c.get('lang'), '/').t;
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return t('figures.import.noFile');
    if (file.size > max) return t('figures.import.tooLarge', { max: Math.round(max / 1024 / 1024) });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Text files only: a NUL byte means a binary file whatever its name says.
    if (bytes.includes(0)) return t('figures.import.binary');
    return {
      text: new TextDecoder().decode(bytes),
      name: file.name,
      credit: typeof body.credit === 'string' ? body.credit : '',
    };
  };

  app.post('/admin/figures/values', async (c) => {
    const ctx = domainContext(c, deps);
    authorize(figuresPolicy.importData(ctx.actor));
    const t = createView(c.get('lang'), '/').t;
    const upload = await uploaded(c, maxImportBytes);
    if (typeof upload === 'string') return adminPage(c, { form: 'values', kind: 'error', message: upload }, 422);
    try {
      const { imported } = await importIndicatorValues(ctx, { csv: upload.text, fileName: upload.name });
      return c.redirect(`/${c.get('lang')}/admin/figures?imported=${imported}`, 303);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      const message = t('figures.import.rejected', { count: error.rejected.length });
      return adminPage(c, { form: 'values', kind: 'error', message, rejected: error.rejected }, 422);
    }
  });

  app.post('/admin/figures/boundaries', async (c) => {
    const ctx = domainContext(c, deps);
    authorize(figuresPolicy.importData(ctx.actor));
    const t = createView(c.get('lang'), '/').t;
    const upload = await uploaded(c, maxGeoJsonBytes);
    if (typeof upload === 'string') return adminPage(c, { form: 'boundaries', kind: 'error', message: upload }, 422);
    try {
      const { imported } = await importBoundaries(ctx, {
        geojson: upload.text,
        credit: upload.credit,
        fileName: upload.name,
      });
      return c.redirect(`/${c.get('lang')}/admin/figures?boundaries=${imported}`, 303);
    } catch (error) {
      if (!(error instanceof GeoJsonRejected)) throw error;
      const message = `${t('figures.geo.refused')} ${t(`figures.georeject.${error.reason}`, { detail: error.detail })}`;
      return adminPage(c, { form: 'boundaries', kind: 'error', message }, 422);
    }
  });

  return app;
}
