import { type Indicator, type IndicatorValue, toCsv } from '../../../domain/figures/index.ts';
import type { Call } from '../../../domain/programmes-calls/index.ts';
import { type Chart, periodOf } from '../../../web/pages/figures/model.ts';
import type { Ctx } from '../../env.ts';

/** A public download: a file name, cached five minutes. */
export const download = (c: Ctx, body: string | Uint8Array, type: string, name: string) =>
  c.body(body as string, 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'public, max-age=300',
  });

/** PNG from SVG with resvg (loaded on first use: most requests never need it). */
export async function toPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** An indicator's values as CSV, one line per value with its source. */
export const indicatorCsv = (indicator: Indicator, values: IndicatorValue[]): string =>
  toCsv(
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
    values.map((v) => [
      v.indicator,
      v.territory,
      v.year,
      periodOf(indicator, v.year),
      v.breakdown,
      v.value,
      v.preferred ? 1 : 0,
      v.source.id,
      `${v.source.publisher}, ${v.source.title}`,
      v.source.url,
      v.note,
    ]),
  );

/** The points of one chart as CSV, territory names in the page's language. */
export const chartCsv = (indicator: Indicator, chart: Chart): string =>
  toCsv(
    ['territory', 'territory_name', 'year', 'period', 'breakdown', 'value', 'source'],
    chart.points.map((p) => [
      p.territory,
      p.territoryName,
      p.year,
      periodOf(indicator, p.year),
      p.breakdown,
      p.value,
      p.source,
    ]),
  );

/** The funding of every call as CSV: envelope in euros, count of projects, source. */
export const fundingCsv = (calls: Call[]): string =>
  toCsv(
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
