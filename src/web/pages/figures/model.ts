import { formatNumber, formatPercent } from '../../../core/format.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import {
  type Indicator,
  type IndicatorValue,
  isMunicipality,
  isRegion,
  parseBreakdown,
  regionCodes,
} from '../../../domain/figures/index.ts';
import type { Municipality } from '../../../domain/municipalities/index.ts';
import { barChart } from '../../charts/bar.ts';
import { lineChart, type Series } from '../../charts/line.ts';
import { type MapItem, municipalMap } from '../../charts/map.ts';
import { municipalityName, type View } from '../../view.ts';

export type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

/** The chart kinds an indicator page may show, also the names of their downloads. */
export const chartKinds = ['line', 'sex', 'bar', 'breakdown', 'map'] as const;
export type ChartKind = (typeof chartKinds)[number];

/** One point of a chart, as shown in its data table and written in its CSV. */
export interface Point {
  territory: string;
  territoryName: string;
  year: number;
  breakdown: string;
  breakdownName: string;
  value: number;
  source: string;
}

export interface Chart {
  kind: ChartKind;
  id: string;
  title: string;
  summary: string;
  svg: string;
  points: Point[];
}

/** Names of territories in the page's language: regions from the catalogue, municipalities from the database. */
export function territoryNamer(view: View, municipalities: Municipality[]) {
  const byNis = new Map(municipalities.map((m) => [m.nisCode, m]));
  return (code: string): string => {
    const m = byNis.get(code);
    if (m) return municipalityName(m, view.lang);
    return isRegion(code) ? view.t(`figures.territory.${code}` as MessageKey) : code;
  };
}

export function breakdownName(view: View, breakdown: string): string {
  const parts = parseBreakdown(breakdown);
  if (!parts || Object.keys(parts).length === 0) return view.t('figures.breakdown.total');
  return Object.entries(parts)
    .map(([dim, value]) => view.t(`figures.dim.${dim}.${value}` as MessageKey))
    .join(', ');
}

export function formatValue(view: View, value: number, unit: Indicator['unit']): string {
  if (unit === 'percent') return formatPercent(value, view.lang);
  if (unit === 'eur') return `${formatNumber(value, view.lang, 0)} €`;
  return formatNumber(value, view.lang, 0);
}

export function periodOf(indicator: Pick<Indicator, 'periodKind'>, year: number): string {
  return indicator.periodKind === 'school_year' ? `${year}-${year + 1}` : String(year);
}

const regionRank = (code: string) => {
  const i = (regionCodes as readonly string[]).indexOf(code);
  return i < 0 ? 99 : i;
};

/** The preferred value of each cell (one per territory, year and breakdown). */
export const preferredOnly = (values: IndicatorValue[]) => values.filter((v) => v.preferred);

function toPoint(view: View, name: (c: string) => string, v: IndicatorValue): Point {
  return {
    territory: v.territory,
    territoryName: name(v.territory),
    year: v.year,
    breakdown: v.breakdown,
    breakdownName: breakdownName(view, v.breakdown),
    value: v.value,
    source: v.source.id,
  };
}

/** The charts of one indicator, built from its values: those that the data allows, in reading order. */
export function indicatorCharts(
  view: View,
  indicator: Indicator,
  values: IndicatorValue[],
  municipalities: Municipality[],
  boundaries: Map<string, Geometry> | null,
  only?: ChartKind[],
): Chart[] {
  const wants = (kind: ChartKind) => !only || only.includes(kind);
  const { t, lang } = view;
  const name = territoryNamer(view, municipalities);
  const indicatorName = indicator.name[lang];
  const fmt = (n: number) => formatValue(view, n, indicator.unit);
  const preferred = preferredOnly(values);
  const charts: Chart[] = [];
  const period = (y: number) => periodOf(indicator, y);

  // Line chart over time: regional territories with at least two years, total breakdown.
  const totals = preferred.filter((v) => v.breakdown === 'total' && isRegion(v.territory));
  const byTerritory = new Map<string, IndicatorValue[]>();
  for (const v of totals) byTerritory.set(v.territory, [...(byTerritory.get(v.territory) ?? []), v]);
  const lines = [...byTerritory].filter(([, vs]) => vs.length >= 2).sort(([a], [b]) => regionRank(a) - regionRank(b));
  if (wants('line') && lines.length > 0) {
    const series: Series[] = lines.map(([code, vs]) => ({
      key: code,
      label: name(code),
      points: vs.map((v) => ({ x: v.year, y: v.value })),
    }));
    const years = lines.flatMap(([, vs]) => vs.map((v) => v.year));
    const title = t('figures.chart.lineTitle', {
      indicator: indicatorName,
      from: period(Math.min(...years)),
      to: period(Math.max(...years)),
    });
    const summary = lines
      .map(([code, vs]) => {
        const sorted = [...vs].sort((a, b) => a.year - b.year);
        const first = sorted[0] as IndicatorValue;
        const last = sorted[sorted.length - 1] as IndicatorValue;
        return t('figures.chart.lineSummary', {
          territory: name(code),
          first: fmt(first.value),
          firstYear: period(first.year),
          last: fmt(last.value),
          lastYear: period(last.year),
        });
      })
      .join(' ');
    charts.push({
      kind: 'line',
      id: `${indicator.code}-line`,
      title,
      summary,
      svg: lineChart({
        id: `${indicator.code}-line`,
        title,
        desc: summary,
        panels: [{ label: null, series }],
        format: fmt,
      }),
      points: lines.flatMap(([, vs]) => vs.map((v) => toPoint(view, name, v))).sort(byTerritoryYear),
    });
  }

  // Small multiples by sex: total, women, men, for Brussels and Belgium.
  const sexValues = preferred.filter(
    (v) => ['total', 'sex=F', 'sex=M'].includes(v.breakdown) && ['BE10', 'BE'].includes(v.territory),
  );
  if (wants('sex') && sexValues.some((v) => v.breakdown !== 'total')) {
    const panels = ['total', 'sex=F', 'sex=M'].map((bd) => ({
      label: breakdownName(view, bd),
      series: ['BE10', 'BE']
        .map((code) => ({
          key: code,
          label: name(code),
          points: sexValues
            .filter((v) => v.breakdown === bd && v.territory === code)
            .map((v) => ({ x: v.year, y: v.value })),
        }))
        .filter((s) => s.points.length > 0),
    }));
    const title = t('figures.chart.sexTitle', {
      indicator: indicatorName,
      territory: `${name('BE10')}, ${name('BE')}`,
    });
    const latest = (bd: string) =>
      sexValues.filter((v) => v.breakdown === bd && v.territory === 'BE10').sort((a, b) => b.year - a.year)[0];
    const summary = ['sex=F', 'sex=M']
      .flatMap((bd) => {
        const v = latest(bd);
        return v
          ? [
              `${name('BE10')}, ${breakdownName(view, bd)}, ${period(v.year)} : ${fmt(v.value)}.`.replace(
                ' :',
                lang === 'fr' ? ' :' : ':',
              ),
            ]
          : [];
      })
      .join(' ');
    charts.push({
      kind: 'sex',
      id: `${indicator.code}-sex`,
      title,
      summary,
      svg: lineChart({ id: `${indicator.code}-sex`, title, desc: summary, panels, format: fmt, height: 300 }),
      points: sexValues.map((v) => toPoint(view, name, v)).sort(byTerritoryYear),
    });
  }

  // Bar chart across territories: the latest year in which at least two territories have a total.
  const totalAll = preferred.filter((v) => v.breakdown === 'total');
  const yearsWithMany = [...new Set(totalAll.map((v) => v.year))]
    .filter((y) => totalAll.filter((v) => v.year === y).length >= 2)
    .sort((a, b) => b - a);
  const barYear = yearsWithMany[0];
  if (wants('bar') && barYear !== undefined) {
    const rows = totalAll
      .filter((v) => v.year === barYear)
      .sort((a, b) =>
        isMunicipality(a.territory) === isMunicipality(b.territory)
          ? b.value - a.value
          : isMunicipality(a.territory)
            ? 1
            : -1,
      );
    const title = t('figures.chart.barTitle', { indicator: indicatorName, year: period(barYear) });
    const top = [...rows].sort((a, b) => b.value - a.value)[0] as IndicatorValue;
    const bottom = [...rows].sort((a, b) => a.value - b.value)[0] as IndicatorValue;
    const summary = t('figures.chart.barSummary', {
      top: name(top.territory),
      topValue: fmt(top.value),
      bottom: name(bottom.territory),
      bottomValue: fmt(bottom.value),
    });
    charts.push({
      kind: 'bar',
      id: `${indicator.code}-bar`,
      title,
      summary,
      svg: barChart({
        id: `${indicator.code}-bar`,
        title,
        desc: summary,
        bars: rows.map((v) => ({ label: name(v.territory), value: v.value, highlight: v.territory === 'BE10' })),
        format: fmt,
      }),
      points: rows.map((v) => toPoint(view, name, v)),
    });
  }

  // Breakdown chart (e.g. school population by language system and level) for the latest year that has one.
  const broken = preferred.filter((v) => v.breakdown !== 'total' && !v.breakdown.startsWith('sex='));
  const breakdownYear = Math.max(...broken.map((v) => v.year));
  if (wants('breakdown') && broken.length > 0) {
    const rows = broken.filter((v) => v.year === breakdownYear && v.territory === 'BE10');
    const title = t('figures.chart.breakdownTitle', { indicator: indicatorName, year: period(breakdownYear) });
    const top = [...rows].sort((a, b) => b.value - a.value)[0] as IndicatorValue;
    const bottom = [...rows].sort((a, b) => a.value - b.value)[0] as IndicatorValue;
    const summary = t('figures.chart.barSummary', {
      top: breakdownName(view, top.breakdown),
      topValue: fmt(top.value),
      bottom: breakdownName(view, bottom.breakdown),
      bottomValue: fmt(bottom.value),
    });
    charts.push({
      kind: 'breakdown',
      id: `${indicator.code}-breakdown`,
      title,
      summary,
      svg: barChart({
        id: `${indicator.code}-breakdown`,
        title,
        desc: summary,
        bars: rows.map((v) => ({ label: breakdownName(view, v.breakdown), value: v.value })),
        format: fmt,
      }),
      points: rows.map((v) => toPoint(view, name, v)),
    });
  }

  const map = wants('map') ? mapChart(view, indicator, values, municipalities, boundaries) : null;
  if (map) charts.push(map);
  return charts;
}

const byTerritoryYear = (a: Point, b: Point) =>
  regionRank(a.territory) - regionRank(b.territory) ||
  a.territory.localeCompare(b.territory) ||
  a.breakdown.localeCompare(b.breakdown) ||
  a.year - b.year;

/** The map of an indicator's latest municipal values (preferred, total); null without municipal values. */
export function mapChart(
  view: View,
  indicator: Indicator,
  values: IndicatorValue[],
  municipalities: Municipality[],
  boundaries: Map<string, Geometry> | null,
): Chart | null {
  const { t, lang } = view;
  const municipal = preferredOnly(values).filter((v) => isMunicipality(v.territory) && v.breakdown === 'total');
  if (municipal.length === 0) return null;
  const year = Math.max(...municipal.map((v) => v.year));
  const shown = municipal.filter((v) => v.year === year);
  const name = territoryNamer(view, municipalities);
  const fmt = (n: number) => formatValue(view, n, indicator.unit);
  const items: MapItem[] = municipalities.map((m) => {
    const v = shown.find((s) => s.territory === m.nisCode);
    return {
      nis: m.nisCode,
      name: name(m.nisCode),
      value: v ? v.value : null,
      href: view.href(`/municipalities/${m.nisCode}`),
    };
  });
  const title = t('figures.map.title', { indicator: indicator.name[lang], period: periodOf(indicator, year) });
  const sorted = [...shown].sort((a, b) => b.value - a.value);
  const top = sorted[0] as IndicatorValue;
  const bottom = sorted[sorted.length - 1] as IndicatorValue;
  const summary = t('figures.map.summary', {
    count: shown.length,
    top: name(top.territory),
    topValue: fmt(top.value),
    bottom: name(bottom.territory),
    bottomValue: fmt(bottom.value),
  });
  const id = `${indicator.code}-map`;
  return {
    kind: 'map',
    id,
    title,
    summary,
    svg: municipalMap({
      id,
      title,
      desc: summary,
      items,
      boundaries,
      format: fmt,
      noValueLabel: t('figures.map.noValue'),
    }),
    points: shown
      .map((v) => ({
        territory: v.territory,
        territoryName: name(v.territory),
        year: v.year,
        breakdown: v.breakdown,
        breakdownName: breakdownName(view, v.breakdown),
        value: v.value,
        source: v.source.id,
      }))
      .sort((a, b) => a.territory.localeCompare(b.territory)),
  };
}
