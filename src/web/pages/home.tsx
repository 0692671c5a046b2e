import { pick } from '../../core/i18n/index.ts';
import type { KeyFigure } from '../../domain/indicators/index.ts';
import type { Scheme } from '../../domain/programmes-calls/index.ts';
import { formatFigure, qualify } from '../components/figures.ts';
import { SourceCite } from '../components/source.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

const aims = ['prevent', 'intervene', 'reengage'] as const;

/** The home page: what Accroche is, the three aims, key figures with sources, the schemes. */
export function HomePage(props: { view: View; figures: KeyFigure[]; schemes: Scheme[] }) {
  const { view, figures, schemes } = props;
  const { t, lang } = view;
  return (
    <Layout view={view} meta={{ title: t('site.name'), description: t('home.description'), nav: 'home' }}>
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <p>{t('home.who')}</p>
      </section>

      <section aria-labelledby="aims-title">
        <h2 id="aims-title">{t('home.aimsTitle')}</h2>
        <ol class="card-grid aims">
          {aims.map((aim) => (
            <li class="card">
              <h3>{t(`aim.${aim}.title`)}</h3>
              <p>{t(`aim.${aim}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('home.figuresTitle')}</h2>
        <ul class="figures">
          {figures.map((f) => (
            <li class="figure">
              <span class="figure-value">{qualify(view, formatFigure(view, f.value, f.unit), f.qualifier)}</span>
              <span class="figure-label">
                {pick(f.label, lang)} <span class="figure-period">({f.period})</span>
              </span>
              <SourceCite view={view} source={f.source} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="schemes-title">
        <h2 id="schemes-title">{t('home.schemesTitle')}</h2>
        <ul class="card-grid">
          {schemes.map((s) => (
            <li class="card">
              <h3>
                <a href={view.href(`/schemes/${s.code}`)}>{pick(s.name, lang)}</a>
              </h3>
              <p class="tag">{t(`scheme.kind.${s.kind}`)}</p>
              <p>{pick(s.summary, lang)}</p>
            </li>
          ))}
        </ul>
        <p class="more">
          <a href={view.href('/timeline')}>{t('home.timelineLink')}</a>
          <a href={view.href('/municipalities')}>{t('home.municipalitiesLink')}</a>
        </p>
      </section>
    </Layout>
  );
}
