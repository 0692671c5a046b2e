import { formatMoney, formatPeriod } from '../../core/format.ts';
import { pick } from '../../core/i18n/index.ts';
import type { Call, Scheme } from '../../domain/programmes-calls/index.ts';
import { qualify } from '../components/figures.ts';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** The list of funding schemes, each with its latest funding round. */
export function SchemesPage(props: { view: View; schemes: Scheme[]; latest: Map<string, Call> }) {
  const { view, schemes, latest } = props;
  const { t, lang } = view;
  return (
    <Layout view={view} meta={{ title: t('schemes.title'), description: t('schemes.description'), nav: 'schemes' }}>
      <h1>{t('schemes.title')}</h1>
      <p class="lead">{t('schemes.lead')}</p>
      <ul class="card-list">
        {schemes.map((s) => {
          const call = latest.get(s.code);
          return (
            <li class="card">
              <h2>
                <a href={view.href(`/schemes/${s.code}`)}>{pick(s.name, lang)}</a>
              </h2>
              <p class="tag">{t(`scheme.kind.${s.kind}`)}</p>
              <p>{pick(s.summary, lang)}</p>
              {call ? (
                <p class="muted">
                  {t('schemes.latest', {
                    period: formatPeriod(call.periodStart, call.periodEnd),
                    amount: call.envelope
                      ? qualify(view, formatMoney(BigInt(call.envelope.amountCents), lang), call.envelope.qualifier)
                      : '—',
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
