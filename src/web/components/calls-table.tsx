import { formatDate, formatMoney, formatNumber, formatPeriod } from '../../core/format.ts';
import { pick } from '../../core/i18n/index.ts';
import type { Call } from '../../domain/programmes-calls/index.ts';
import type { View } from '../view.ts';
import { qualify } from './figures.ts';
import { SourceCite } from './source.tsx';
import { TableScroll } from './table-scroll.tsx';

function launchedLabel(view: View, launched: string | null): string {
  if (!launched) return '—';
  const parts = launched.split('-');
  if (parts.length === 1) return launched;
  if (parts.length === 2) return formatDate(`${launched}-01`, view.lang, 'month');
  return formatDate(launched, view.lang, 'day');
}

/** The calls and funding rounds of a scheme: period, launch, envelope, how many were funded, source. */
export function CallsTable(props: { view: View; calls: Call[]; caption: string }) {
  const { view, calls } = props;
  const { t } = view;
  return (
    <TableScroll view={view}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calls.period')}</th>
            <th scope="col">{t('calls.call')}</th>
            <th scope="col">{t('calls.launched')}</th>
            <th scope="col" class="num">
              {t('calls.envelope')}
            </th>
            <th scope="col" class="num">
              {t('calls.count')}
            </th>
            <th scope="col">{t('calls.source')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr>
              <th scope="row">{formatPeriod(call.periodStart, call.periodEnd)}</th>
              <td>
                {call.hasPage ? (
                  <a href={view.href(`/calls/${call.code}`)}>{pick(call.title, view.lang)}</a>
                ) : (
                  pick(call.title, view.lang)
                )}
                {call.note ? <p class="note">{pick(call.note, view.lang)}</p> : null}
              </td>
              <td class="nowrap">{launchedLabel(view, call.launched)}</td>
              <td class="num">
                {call.envelope
                  ? `${qualify(view, formatMoney(BigInt(call.envelope.amountCents), view.lang), call.envelope.qualifier)}${
                      call.envelope.basis === 'per_year' ? ` ${t('calls.perYear')}` : ''
                    }`
                  : '—'}
              </td>
              <td class="num">
                {call.count
                  ? t(`unit.${call.count.unit}`, {
                      count: qualify(view, formatNumber(call.count.value, view.lang), call.count.qualifier),
                    })
                  : '—'}
              </td>
              <td>{call.source ? <SourceCite view={view} source={call.source} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
