import { raw } from 'hono/html';
import type { Indicator } from '../../../domain/figures/index.ts';
import type { View } from '../../view.ts';
import type { Chart } from './model.ts';
import { pointRows } from './rows.ts';
import { ScrollBox } from './scroll-box.tsx';

/** Links to download a table (or a chart's data) in several formats. */
export function Downloads(props: {
  view: View;
  base: string;
  formats: ('svg' | 'png' | 'csv' | 'json')[];
  label: string;
}) {
  const { view, base, formats } = props;
  return (
    <p class="downloads">
      <span>{view.t('figures.download.label')}</span>
      {formats.map((f) => (
        <a href={`${base}.${f}`} download="" aria-label={`${view.t(`figures.download.${f}`)} – ${props.label}`}>
          {view.t(`figures.download.${f}`)}
        </a>
      ))}
    </p>
  );
}

/**
 * A chart as a figure: title, the SVG drawn on the server, a summary in words, the data table beside it, and
 * downloads (SVG, PNG, CSV). Readable without JavaScript; the page script only adds tooltips.
 */
export function ChartFigure(props: { view: View; indicator: Indicator; chart: Chart; headingLevel?: 2 | 3 }) {
  const { view, indicator, chart } = props;
  const { t } = view;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const showBreakdown = chart.points.some((p) => p.breakdown !== 'total');
  return (
    <figure class={`chart-figure chart-${chart.kind}`} id={chart.id} aria-labelledby={`${chart.id}-h`}>
      <Heading id={`${chart.id}-h`}>{chart.title}</Heading>
      <div class="chart-layout">
        <div class="chart-image">{raw(chart.svg)}</div>
        <ScrollBox label={t('figures.table.caption', { title: chart.title })}>
          <table class="chart-table">
            <caption>{t('figures.table.caption', { title: chart.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.table.territory')}</th>
                <th scope="col">{t('figures.table.year')}</th>
                {showBreakdown ? <th scope="col">{t('figures.table.breakdown')}</th> : null}
                <th scope="col" class="num">
                  {t('figures.table.value')}
                </th>
                <th scope="col">{t('figures.table.source')}</th>
              </tr>
            </thead>
            <tbody>{pointRows(view, indicator, chart.points, { breakdown: showBreakdown, link: false })}</tbody>
          </table>
        </ScrollBox>
      </div>
      <figcaption>
        <strong>{t('figures.chart.summaryLabel')}</strong> {chart.summary}
      </figcaption>
      <Downloads
        view={view}
        base={view.href(`/figures/${indicator.code}/${chart.kind}`)}
        formats={['svg', 'png', 'csv']}
        label={chart.title}
      />
    </figure>
  );
}
