import { raw } from 'hono/html';
import type { Indicator, IndicatorValue } from '../../../domain/figures/index.ts';
import type { View } from '../../view.ts';
import { Downloads } from './chart-figure.tsx';
import { type Chart, periodOf } from './model.ts';
import { pointRows, valueRows } from './rows.ts';
import { ScrollBox } from './scroll-box.tsx';

/**
 * The map with its switcher: a GET form (works without JavaScript; the server redirects to the chosen map) and
 * plain links to the other indicators with municipal values.
 */
export function MapSection(props: { view: View; indicator: Indicator; chart: Chart; mappable: Indicator[] }) {
  const { view, indicator, chart, mappable } = props;
  const { t, lang } = view;
  const others = mappable.filter((i) => i.code !== indicator.code);
  return (
    <section class="map-section" aria-labelledby="map-h" id="map">
      <h2 id="map-h">{chart.title}</h2>
      <form method="get" action={view.href('/figures/map')} class="map-switch">
        <label for="map-indicator">{t('figures.map.pick')}</label>
        <select id="map-indicator" name="indicator">
          {mappable.map((i) => (
            <option value={i.code} selected={i.code === indicator.code}>
              {i.name[lang]}
            </option>
          ))}
        </select>
        <button type="submit">{t('figures.map.show')}</button>
      </form>
      {others.length > 0 ? (
        <p class="map-others">
          {t('figures.map.otherIndicators')}{' '}
          {others.map((i, n) => (
            <>
              {n > 0 ? ' · ' : ''}
              <a href={view.href(`/figures/map/${i.code}`)}>{i.name[lang]}</a>
            </>
          ))}
        </p>
      ) : null}
      <div class="chart-layout">
        <div class="chart-image map-image">{raw(chart.svg)}</div>
        <ScrollBox label={t('figures.table.caption', { title: chart.title })}>
          <table class="chart-table">
            <caption>{t('figures.table.caption', { title: chart.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.table.territory')}</th>
                <th scope="col">{t('figures.table.year')}</th>
                <th scope="col" class="num">
                  {t('figures.table.value')}
                </th>
                <th scope="col">{t('figures.table.source')}</th>
              </tr>
            </thead>
            <tbody>{pointRows(view, indicator, chart.points, { breakdown: false, link: true })}</tbody>
          </table>
        </ScrollBox>
      </div>
      <p class="chart-summary">
        <strong>{t('figures.chart.summaryLabel')}</strong> {chart.summary}
      </p>
      <Downloads
        view={view}
        base={view.href(`/figures/${indicator.code}/map`)}
        formats={['svg', 'png', 'csv']}
        label={chart.title}
      />
    </section>
  );
}

/** Every value of an indicator with its source, the preferred mark and notes; downloadable as CSV and JSON. */
export function ValuesTable(props: {
  view: View;
  indicator: Indicator;
  values: IndicatorValue[];
  name: (code: string) => string;
}) {
  const { view, indicator, values, name } = props;
  const { t, lang } = view;
  return (
    <section aria-labelledby="values-h">
      <h2 id="values-h">{t('figures.values.title')}</h2>
      <Downloads
        view={view}
        base={view.href(`/figures/${indicator.code}`)}
        formats={['csv', 'json']}
        label={t('figures.values.title')}
      />
      <ScrollBox label={t('figures.values.caption', { name: indicator.name[lang] })}>
        <table class="values-table">
          <caption>{t('figures.values.caption', { name: indicator.name[lang] })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.table.territory')}</th>
              <th scope="col">{t('figures.table.year')}</th>
              <th scope="col">{t('figures.table.breakdown')}</th>
              <th scope="col" class="num">
                {t('figures.table.value')}
              </th>
              <th scope="col">{t('figures.table.preferred')}</th>
              <th scope="col">{t('figures.table.source')}</th>
            </tr>
          </thead>
          <tbody>{valueRows(view, indicator, values, name)}</tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

/** Facts about an indicator: definition, population, unit, publisher, years covered. */
export function IndicatorFacts(props: { view: View; indicator: Indicator }) {
  const { view, indicator: i } = props;
  const { t, lang } = view;
  return (
    <dl class="facts">
      <div>
        <dt>{t('figures.indicator.definition')}</dt>
        <dd>{i.definition[lang]}</dd>
      </div>
      <div>
        <dt>{t('figures.indicator.population')}</dt>
        <dd>{i.population[lang]}</dd>
      </div>
      <div>
        <dt>{t('figures.indicator.unit')}</dt>
        <dd>{t(`figures.unit.${i.unit}`)}</dd>
      </div>
      <div>
        <dt>{t('figures.indicator.publisher')}</dt>
        <dd>{i.publisher}</dd>
      </div>
      {i.firstYear !== null && i.lastYear !== null ? (
        <div>
          <dt>{t('figures.indicator.period')}</dt>
          <dd>
            {periodOf(i, i.firstYear)} – {periodOf(i, i.lastYear)}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
