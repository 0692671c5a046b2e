import { pick } from '../../core/i18n/index.ts';
import type { SchemeWithCalls } from '../../domain/programmes-calls/index.ts';
import { CallsTable } from '../components/calls-table.tsx';
import { SourceCite } from '../components/source.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** One scheme: what it funds, who may apply, who benefits, its past calls with envelopes and counts. */
export function SchemePage(props: { view: View; scheme: SchemeWithCalls }) {
  const { view, scheme } = props;
  const { t, lang } = view;
  const name = pick(scheme.name, lang);
  return (
    <Layout view={view} meta={{ title: name, description: pick(scheme.summary, lang), nav: 'schemes' }}>
      <nav aria-label={t('common.breadcrumb')} class="breadcrumbs">
        <ol>
          <li>
            <a href={view.href('/')}>{t('nav.home')}</a>
          </li>
          <li>
            <a href={view.href('/schemes')}>{t('nav.schemes')}</a>
          </li>
          <li>
            <a href={view.href(`/schemes/${scheme.code}`)} aria-current="page">
              {pick(scheme.shortName, lang)}
            </a>
          </li>
        </ol>
      </nav>
      <h1>{name}</h1>
      <p class="tag">{t(`scheme.kind.${scheme.kind}`)}</p>
      <p class="lead">{pick(scheme.summary, lang)}</p>
      <dl class="facts">
        <div>
          <dt>{t('scheme.funds')}</dt>
          <dd>{pick(scheme.funds, lang)}</dd>
        </div>
        <div>
          <dt>{t('scheme.eligibility')}</dt>
          <dd>{pick(scheme.eligibility, lang)}</dd>
        </div>
        <div>
          <dt>{t('scheme.beneficiaries')}</dt>
          <dd>{pick(scheme.beneficiaries, lang)}</dd>
        </div>
      </dl>
      <h2 id="calls">{t('scheme.callsTitle')}</h2>
      {scheme.calls.length ? (
        <CallsTable view={view} calls={scheme.calls} caption={t('scheme.callsCaption', { name })} />
      ) : (
        <p>{t('scheme.noCalls')}</p>
      )}
      <h2>{t('scheme.sourcesTitle')}</h2>
      <ul class="sources">
        {scheme.sources.map((s) => (
          <li>
            <SourceCite view={view} source={s} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}
