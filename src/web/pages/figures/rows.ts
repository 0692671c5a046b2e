import { raw } from 'hono/html';
import type { Indicator, IndicatorValue } from '../../../domain/figures/index.ts';
import type { Source } from '../../../domain/sources/index.ts';
import { esc } from '../../charts/svg.ts';
import type { View } from '../../view.ts';
import { breakdownName, formatValue, type Point, periodOf } from './model.ts';

/**
 * Table bodies written as HTML strings (escaped here): the figures pages have tables of hundreds of rows, and
 * building them as strings costs a fraction of building them element by element.
 */

function sourceHtml(view: View, s: Source): string {
  const label = esc(`${s.publisher}, ${s.title}${s.published ? ` (${s.published})` : ''}`);
  const body = s.url ? `<a href="${esc(s.url)}" rel="external noopener">${label}</a>` : label;
  return `<span class="source">${esc(view.t('common.source'))} ${body}</span>`;
}

/** Rows of a chart's data table. */
export function pointRows(
  view: View,
  indicator: Indicator,
  points: Point[],
  options: { breakdown: boolean; link: boolean },
) {
  return raw(
    points
      .map((p) => {
        const name = options.link
          ? `<a href="${esc(view.href(`/municipalities/${p.territory}`))}">${esc(p.territoryName)}</a>`
          : esc(p.territoryName);
        return (
          `<tr><th scope="row">${name}</th><td>${esc(periodOf(indicator, p.year))}</td>` +
          (options.breakdown ? `<td>${esc(p.breakdownName)}</td>` : '') +
          `<td class="num" data-value="${p.value}">${esc(formatValue(view, p.value, indicator.unit))}</td>` +
          `<td>${esc(p.source)}</td></tr>`
        );
      })
      .join(''),
  );
}

/** Rows of the table of every value of an indicator, with the preferred mark, source and note. */
export function valueRows(view: View, indicator: Indicator, values: IndicatorValue[], name: (code: string) => string) {
  const { t } = view;
  const yes = esc(t('figures.preferred.yes'));
  const no = esc(t('figures.preferred.no'));
  const sources = new Map<string, string>();
  return raw(
    values
      .map((v) => {
        let cite = sources.get(v.source.id);
        if (!cite) {
          cite = sourceHtml(view, v.source);
          sources.set(v.source.id, cite);
        }
        const note = v.note ? `<span class="value-note" lang="en"> (${esc(v.note)})</span>` : '';
        return (
          `<tr${v.preferred ? '' : ' class="not-preferred"'}><th scope="row">${esc(name(v.territory))}</th>` +
          `<td>${esc(periodOf(indicator, v.year))}</td><td>${esc(breakdownName(view, v.breakdown))}</td>` +
          `<td class="num" data-value="${v.value}">${esc(formatValue(view, v.value, indicator.unit))}</td>` +
          `<td>${v.preferred ? yes : no}</td><td>${cite}${note}</td></tr>`
        );
      })
      .join(''),
  );
}
