import type { Indicator, IndicatorValue } from '../../../domain/figures/index.ts';
import type { Municipality } from '../../../domain/municipalities/index.ts';
import {
  type Chart,
  type ChartKind,
  type Geometry,
  indicatorCharts,
  mapChart,
  territoryNamer,
} from '../../../web/pages/figures/model.ts';
import type { Headline } from '../../../web/pages/figures/pages.tsx';
import type { View } from '../../../web/view.ts';

/** Everything the charts of one indicator need. */
export interface IndicatorData {
  indicator: Indicator;
  values: IndicatorValue[];
  municipalities: Municipality[];
  boundaries: Map<string, Geometry> | null;
  mappable: Indicator[];
}

/** The indicators the dashboard shows, when the catalogue has them: early leaving, delay, population, a map. */
export function dashboardCodes(indicators: Indicator[]): [string | null, string | null, string | null, string | null] {
  const has = (code: string) => (indicators.some((i) => i.code === code) ? code : null);
  const mappable = indicators.filter((i) => i.municipal);
  return [
    has('early-leavers-18-24'),
    has('pupils-two-years-behind'),
    has('school-population'),
    mappable[mappable.length - 1]?.code ?? null,
  ];
}

/** Brussels, Belgium and the EU: each one's latest early-leaving rate, beside the one ten years before. */
function headlinesOf(view: View, esl: IndicatorData): Headline[] {
  const name = territoryNamer(view, esl.municipalities);
  const headlines: Headline[] = [];
  for (const territory of ['BE10', 'BE', 'EU27_2020']) {
    const series = esl.values
      .filter((v) => v.preferred && v.breakdown === 'total' && v.territory === territory)
      .sort((a, b) => b.year - a.year);
    const latest = series[0];
    if (!latest) continue;
    const earlier = series.find((v) => v.year <= latest.year - 10) ?? series[series.length - 1] ?? null;
    headlines.push({ territory, name: name(territory), latest, earlier: earlier === latest ? null : earlier });
  }
  return headlines;
}

const chartOf = (view: View, l: IndicatorData, kind: ChartKind): Chart | null =>
  indicatorCharts(view, l.indicator, l.values, l.municipalities, l.boundaries).find((ch) => ch.kind === kind) ?? null;

/** The dashboard's four parts, from the data of the indicators `dashboardCodes` named (null when absent). */
export function dashboardOf(view: View, [esl, delay, population, mapped]: (IndicatorData | null)[]) {
  const map = mapped ? mapChart(view, mapped.indicator, mapped.values, mapped.municipalities, mapped.boundaries) : null;
  return {
    esl: esl ? { indicator: esl.indicator, headlines: headlinesOf(view, esl), line: chartOf(view, esl, 'line') } : null,
    delay: delay
      ? {
          indicator: delay.indicator,
          values: delay.values.filter((v) => v.territory === 'BE10' && v.breakdown === 'total'),
        }
      : null,
    population: population ? { indicator: population.indicator, chart: chartOf(view, population, 'breakdown') } : null,
    map: mapped && map ? { indicator: mapped.indicator, chart: map } : null,
  };
}
