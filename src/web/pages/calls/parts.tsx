import { formatMoney } from '../../../core/format.ts';
import type { CallState, CallSummary } from '../../../domain/calls/index.ts';
import { formatBrussels, timeLeft } from '../../../domain/calls/index.ts';
import type { View } from '../../view.ts';

export const money = (view: View, cents: number | null) =>
  cents === null ? '—' : formatMoney(BigInt(cents), view.lang);

/** The state of a call as a badge, with a demo badge when it is a demonstration. */
export function StateBadges(props: { view: View; state: CallState; demo: boolean }) {
  const { t } = props.view;
  return (
    <p class="badges">
      <span class={`tag call-state call-state-${props.state}`}>{t(`call.state.${props.state}`)}</span>
      {props.demo ? <span class="tag tag-demo">{t('call.demo')}</span> : null}
    </p>
  );
}

/** "12 days left" while open, "opens in 3 days" before: computed on the server at rendering time. */
export function timeNote(view: View, call: CallSummary, now: Date): string | null {
  if (call.state === 'open' && call.closesAt) {
    const left = timeLeft(new Date(call.closesAt), now);
    return view.t(`call.left.${left.unit}`, { count: left.count });
  }
  if (call.state === 'published' && call.opensAt) {
    const left = timeLeft(new Date(call.opensAt), now);
    return view.t(`call.opensIn.${left.unit}`, { count: left.count });
  }
  return null;
}

/** Opening, closing (with the time zone), time left, funding period and envelope of a call. */
export function KeyDates(props: { view: View; call: CallSummary; now: Date }) {
  const { view, call } = props;
  const { t, lang } = view;
  const note = timeNote(view, call, props.now);
  return (
    <dl class="facts call-facts">
      {call.opensAt ? (
        <div>
          <dt>{t('call.opens')}</dt>
          <dd>
            {formatBrussels(new Date(call.opensAt), lang)}
            {note && call.state === 'published' ? <strong class="time-left"> · {note}</strong> : null}
          </dd>
        </div>
      ) : null}
      {call.closesAt ? (
        <div>
          <dt>{t('call.closes')}</dt>
          <dd>
            {formatBrussels(new Date(call.closesAt), lang)}
            {note && call.state === 'open' ? <strong class="time-left"> · {note}</strong> : null}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('call.period')}</dt>
        <dd>
          {call.periodStart}–{call.periodEnd}
        </dd>
      </div>
      <div>
        <dt>{t('call.envelope')}</dt>
        <dd>{money(view, call.envelopeCents)}</dd>
      </div>
    </dl>
  );
}
