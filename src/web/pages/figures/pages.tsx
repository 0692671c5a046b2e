import { raw } from 'hono/html';
import { formatMoney, formatNumber, formatPeriod } from '../../../core/format.ts';
import { pick } from '../../../core/i18n/index.ts';
import type { Indicator, IndicatorValue } from '../../../domain/figures/index.ts';
import type { Call, Scheme } from '../../../domain/programmes-calls/index.ts';
import { assetUrl } from '../../assets.ts';
import { barChart } from '../../charts/bar.ts';
import { SourceCite } from '../../components/source.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { ChartFigure, Downloads } from './chart-figure.tsx';
import { type Chart, formatValue, periodOf } from './model.ts';
import { IndicatorFacts, MapSection, ValuesTable } from './parts.tsx';
import { ScrollBox } from './scroll-box.tsx';

/** The tooltip script: an external file, as the content security policy wants. */
const TooltipScript = () => <script src={assetUrl('figures.js')} defer />;

function Crumbs(props: { view: View; trail: { href: string; label: string }[] }) {
  const { view } = props;
  return (
    <nav aria-label={view.t('common.breadcrumb')} class="breadcrumbs">
      <ol>
        <li>
          <a href={view.href('/')}>{view.t('nav.home')}</a>
        </li>
        {props.trail.map((c, i) => (
          <li>
            <a href={c.href} aria-current={i === props.trail.length - 1 ? 'page' : undefined}>
              {c.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface Headline {
  territory: string;
  name: string;
  latest: IndicatorValue;
  earlier: IndicatorValue | null;
}

/** The dashboard: early leaving in Brussels beside Belgium and the EU, school delay, school population, the map. */
export function DashboardPage(props: {
  view: View;
  esl: { indicator: Indicator; headlines: Headline[]; line: Chart | null } | null;
  delay: { indicator: Indicator; values: IndicatorValue[] } | null;
  population: { indicator: Indicator; chart: Chart | null } | null;
  map: { indicator: Indicator; chart: Chart } | null;
  mappable: Indicator[];
  indicators: Indicator[];
}) {
  const { view, esl, delay, population, map } = props;
  const { t, lang } = view;
  return (
    <Layout view={view} meta={{ title: t('figures.title'), description: t('figures.description'), nav: 'figures' }}>
      <Crumbs view={view} trail={[{ href: view.href('/figures'), label: t('nav.figures') }]} />
      <h1>{t('figures.title')}</h1>
      <p class="lead">{t('figures.lead')}</p>

      {esl ? (
        <section aria-labelledby="esl-h">
          <h2 id="esl-h">
            <a href={view.href(`/figures/${esl.indicator.code}`)}>{t('figures.dashboard.eslTitle')}</a>
          </h2>
          <p>{esl.indicator.definition[lang]}</p>
          <ul class="figures headline-figures">
            {esl.headlines.map((h) => {
              const diff = h.earlier ? Math.round((h.latest.value - h.earlier.value) * 10) / 10 : null;
              const points = diff === null ? '' : formatNumber(Math.abs(diff), lang, 1);
              return (
                <li class={`figure headline-${h.territory}`}>
                  <span class="figure-value">{formatValue(view, h.latest.value, 'percent')}</span>
                  <span class="figure-label">
                    {h.name} <span class="figure-period">({h.latest.year})</span>
                  </span>
                  {h.earlier && diff !== null ? (
                    <span class="trend">
                      {diff < 0
                        ? t('figures.dashboard.trendDown', { points, year: h.earlier.year })
                        : diff > 0
                          ? t('figures.dashboard.trendUp', { points, year: h.earlier.year })
                          : t('figures.dashboard.trendFlat', { year: h.earlier.year })}
                    </span>
                  ) : null}
                  <SourceCite view={view} source={h.latest.source} />
                </li>
              );
            })}
          </ul>
          {esl.line ? <ChartFigure view={view} indicator={esl.indicator} chart={esl.line} headingLevel={3} /> : null}
        </section>
      ) : null}

      {delay ? (
        <section aria-labelledby="delay-h">
          <h2 id="delay-h">
            <a href={view.href(`/figures/${delay.indicator.code}`)}>{t('figures.dashboard.delayTitle')}</a>
          </h2>
          <p>
            {delay.indicator.name[lang]}. {t('figures.dashboard.delayLead')}
          </p>
          <ul class="figures">
            {delay.values.map((v) => (
              <li class="figure">
                <span class="figure-value">{formatValue(view, v.value, 'percent')}</span>
                <span class="figure-label">
                  {t('figures.territory.BE10')} <span class="figure-period">({v.year})</span>
                </span>
                <SourceCite view={view} source={v.source} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {population?.chart ? (
        <section aria-labelledby="population-h">
          <h2 id="population-h">
            <a href={view.href(`/figures/${population.indicator.code}`)}>{t('figures.dashboard.populationTitle')}</a>
          </h2>
          <ChartFigure view={view} indicator={population.indicator} chart={population.chart} headingLevel={3} />
        </section>
      ) : null}

      {map ? <MapSection view={view} indicator={map.indicator} chart={map.chart} mappable={props.mappable} /> : null}

      <section aria-labelledby="all-h">
        <h2 id="all-h">{t('figures.dashboard.allIndicators')}</h2>
        <ul class="card-grid">
          {props.indicators.map((i) => (
            <li class="card">
              <h3>
                <a href={view.href(`/figures/${i.code}`)}>{i.name[lang]}</a>
              </h3>
              <p>{i.population[lang]}</p>
              {i.firstYear !== null && i.lastYear !== null ? (
                <p class="muted">
                  {periodOf(i, i.firstYear)} – {periodOf(i, i.lastYear)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <OpenData view={view} />
      <TooltipScript />
    </Layout>
  );
}

function OpenData(props: { view: View }) {
  const { t } = props.view;
  return (
    <section aria-labelledby="open-h">
      <h2 id="open-h">{t('figures.open.title')}</h2>
      <p>{t('figures.open.lead')}</p>
      <ul>
        <li>
          <a href="/api/v1/indicators">{t('figures.open.api')}</a>
        </li>
        <li>
          <a href="/api/v1/catalogue.jsonld">{t('figures.open.catalogue')}</a>
        </li>
      </ul>
    </section>
  );
}

/** One indicator: facts, its charts with data tables, its map when it has municipal values, every value. */
export function IndicatorPage(props: {
  view: View;
  indicator: Indicator;
  charts: Chart[];
  values: IndicatorValue[];
  mappable: Indicator[];
  name: (code: string) => string;
}) {
  const { view, indicator, charts } = props;
  const { t, lang } = view;
  const title = indicator.name[lang];
  const map = charts.find((c) => c.kind === 'map');
  return (
    <Layout
      view={view}
      meta={{ title, description: t('figures.indicator.description', { name: title }), nav: 'figures' }}
    >
      <Crumbs
        view={view}
        trail={[
          { href: view.href('/figures'), label: t('nav.figures') },
          { href: view.href(`/figures/${indicator.code}`), label: title },
        ]}
      />
      <h1>{title}</h1>
      <IndicatorFacts view={view} indicator={indicator} />
      {charts
        .filter((c) => c.kind !== 'map')
        .map((c) => (
          <ChartFigure view={view} indicator={indicator} chart={c} />
        ))}
      {map ? <MapSection view={view} indicator={indicator} chart={map} mappable={props.mappable} /> : null}
      <ValuesTable view={view} indicator={indicator} values={props.values} name={props.name} />
      <TooltipScript />
    </Layout>
  );
}

/** The map page of one indicator (the target of the map switcher). */
export function MapPage(props: { view: View; indicator: Indicator; chart: Chart; mappable: Indicator[] }) {
  const { view, indicator, chart } = props;
  const { t, lang } = view;
  return (
    <Layout
      view={view}
      meta={{
        title: chart.title,
        description: t('figures.map.description', { name: indicator.name[lang] }),
        nav: 'figures',
      }}
    >
      <Crumbs
        view={view}
        trail={[
          { href: view.href('/figures'), label: t('nav.figures') },
          { href: view.href(`/figures/map/${indicator.code}`), label: t('figures.dashboard.mapTitle') },
        ]}
      />
      <h1>{t('figures.dashboard.mapTitle')}</h1>
      <p>
        <a href={view.href(`/figures/${indicator.code}`)}>{indicator.name[lang]}</a>: {indicator.definition[lang]}
      </p>
      <MapSection view={view} indicator={indicator} chart={chart} mappable={props.mappable} />
      <TooltipScript />
    </Layout>
  );
}

/** The figures of one municipality, for its page: each value with its period and source. */
export function MunicipalityFigures(props: {
  view: View;
  name: string;
  indicators: Indicator[];
  values: IndicatorValue[];
}) {
  const { view, name, values } = props;
  const { t, lang } = view;
  const byCode = new Map(props.indicators.map((i) => [i.code, i]));
  return (
    <section aria-labelledby="municipality-figures-h">
      <h2 id="municipality-figures-h">{t('figures.municipality.title')}</h2>
      {values.length === 0 ? (
        <p>{t('figures.municipality.none', { name })}</p>
      ) : (
        <ScrollBox label={t('figures.municipality.caption', { name })}>
          <table class="values-table">
            <caption>{t('figures.municipality.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.municipality.indicator')}</th>
                <th scope="col">{t('figures.table.year')}</th>
                <th scope="col" class="num">
                  {t('figures.table.value')}
                </th>
                <th scope="col">{t('figures.table.source')}</th>
              </tr>
            </thead>
            <tbody>
              {values.map((v) => {
                const indicator = byCode.get(v.indicator);
                if (!indicator) return null;
                return (
                  <tr>
                    <th scope="row">
                      <a href={view.href(`/figures/${indicator.code}`)}>{indicator.name[lang]}</a>
                    </th>
                    <td>{periodOf(indicator, v.year)}</td>
                    <td class="num">{formatValue(view, v.value, indicator.unit)}</td>
                    <td>
                      <SourceCite view={view} source={v.source} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

/** Funding: envelopes, projects and amounts by scheme and period, from the calls data, with a bar chart. */
export function FundingPage(props: { view: View; schemes: Scheme[]; calls: Call[] }) {
  const { view, schemes, calls } = props;
  const { t, lang } = view;
  const qualifier = (q: 'exact' | 'approx' | 'more_than') =>
    q === 'approx' ? `${t('figures.funding.approx')} ` : q === 'more_than' ? `${t('figures.funding.moreThan')} ` : '';
  const withEnvelope = calls.filter((c) => c.envelope && c.envelope.basis === 'total');
  const schemeName = (code: string) => pick(schemes.find((s) => s.code === code)?.shortName, lang) || code;
  const bars = withEnvelope.map((c) => ({
    label: `${schemeName(c.schemeCode)} ${formatPeriod(c.periodStart, c.periodEnd)}`,
    value: (c.envelope?.amountCents ?? 0) / 100,
  }));
  const top = [...bars].sort((a, b) => b.value - a.value)[0];
  const summary = top
    ? t('figures.funding.chartSummary', {
        top: top.label,
        topValue: formatMoney(BigInt(Math.round(top.value * 100)), lang),
      })
    : '';
  const chart = bars.length
    ? barChart({
        id: 'funding-bar',
        title: t('figures.funding.chartTitle'),
        desc: summary,
        bars,
        format: (n) => formatMoney(BigInt(Math.round(n * 100)), lang),
      })
    : null;
  return (
    <Layout
      view={view}
      meta={{ title: t('figures.funding.title'), description: t('figures.funding.description'), nav: 'funding' }}
    >
      <Crumbs view={view} trail={[{ href: view.href('/funding'), label: t('nav.funding') }]} />
      <h1>{t('figures.funding.title')}</h1>
      <p class="lead">{t('figures.funding.lead')}</p>
      {chart ? (
        <figure class="chart-figure" aria-labelledby="funding-bar-h">
          <h2 id="funding-bar-h">{t('figures.funding.chartTitle')}</h2>
          <div class="chart-image">{raw(chart)}</div>
          <figcaption>
            <strong>{t('figures.chart.summaryLabel')}</strong> {summary}
          </figcaption>
        </figure>
      ) : null}
      <Downloads
        view={view}
        base={view.href('/funding')}
        formats={['csv', 'json']}
        label={t('figures.funding.caption')}
      />
      <ScrollBox label={t('figures.funding.caption')}>
        <table class="values-table">
          <caption>{t('figures.funding.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.funding.scheme')}</th>
              <th scope="col">{t('figures.funding.period')}</th>
              <th scope="col" class="num">
                {t('figures.funding.envelope')}
              </th>
              <th scope="col" class="num">
                {t('figures.funding.projects')}
              </th>
              <th scope="col">{t('figures.table.source')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => (
              <tr>
                <th scope="row">
                  <a href={view.href(`/schemes/${c.schemeCode}`)}>{schemeName(c.schemeCode)}</a>
                </th>
                <td>{formatPeriod(c.periodStart, c.periodEnd)}</td>
                <td class="num">
                  {c.envelope
                    ? `${qualifier(c.envelope.qualifier)}${formatMoney(BigInt(c.envelope.amountCents), lang)}${
                        c.envelope.basis === 'per_year' ? ` ${t('figures.funding.perYear')}` : ''
                      }`
                    : '—'}
                </td>
                <td class="num">
                  {c.count ? `${qualifier(c.count.qualifier)}${formatNumber(c.count.value, lang, 0)}` : '—'}
                </td>
                <td>{c.source ? <SourceCite view={view} source={c.source} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p class="muted">{t('figures.funding.awardsNote')}</p>
      <TooltipScript />
    </Layout>
  );
}
