import { pick } from '../../../core/i18n/index.ts';
import type { CallSummary } from '../../../domain/calls/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { KeyDates, StateBadges } from './parts.tsx';

function CallCards(props: { view: View; calls: CallSummary[]; now: Date; none: string; id: string }) {
  const { view } = props;
  if (props.calls.length === 0) return <p>{props.none}</p>;
  return (
    <ul class="card-list" aria-labelledby={props.id}>
      {props.calls.map((call) => (
        <li class="card">
          <h3>
            {call.hasPage ? (
              <a href={view.href(`/calls/${call.code}`)}>{pick(call.title, view.lang)}</a>
            ) : (
              pick(call.title, view.lang)
            )}
          </h3>
          <StateBadges view={view} state={call.state} demo={call.demo} />
          <KeyDates view={view} call={call} now={props.now} />
        </li>
      ))}
    </ul>
  );
}

/** The calls: open now, announced, and past (closed, in evaluation, decided, archived). */
export function CallsPage(props: { view: View; calls: CallSummary[]; now: Date }) {
  const { view, calls, now } = props;
  const { t } = view;
  const open = calls.filter((c) => c.state === 'open');
  const upcoming = calls.filter((c) => c.state === 'published');
  const past = calls.filter((c) => !['open', 'published', 'draft'].includes(c.state));
  return (
    <Layout view={view} meta={{ title: t('call.list.title'), description: t('call.list.lead'), nav: 'calls' }}>
      <h1>{t('call.list.title')}</h1>
      <p class="lead">{t('call.list.lead')}</p>
      <h2 id="open-calls">{t('call.list.open')}</h2>
      <CallCards view={view} calls={open} now={now} none={t('call.list.noneOpen')} id="open-calls" />
      <h2 id="upcoming-calls">{t('call.list.upcoming')}</h2>
      <CallCards view={view} calls={upcoming} now={now} none={t('call.list.noneUpcoming')} id="upcoming-calls" />
      <h2 id="past-calls">{t('call.list.past')}</h2>
      <CallCards view={view} calls={past} now={now} none={t('call.list.nonePast')} id="past-calls" />
      <p>
        <a href={view.href('/schemes')}>{t('call.list.history')}</a>
      </p>
    </Layout>
  );
}
