import type { Child } from 'hono/jsx';
import { pick } from '../../core/i18n/index.ts';
import type { Municipality } from '../../domain/municipalities/index.ts';
import type { Scheme } from '../../domain/programmes-calls/index.ts';
import { Layout } from '../layout.tsx';
import { municipalityName, type View } from '../view.ts';

/** One municipality: names, NIS code, postal codes, and the schemes that reach every municipality. */
export function MunicipalityPage(props: {
  view: View;
  municipality: Municipality;
  municipalSchemes: Scheme[];
  /** That municipality's public figures (figures area). */
  figures?: Child;
}) {
  const { view, municipality: m, municipalSchemes } = props;
  const { t, lang } = view;
  const name = municipalityName(m, lang);
  return (
    <Layout
      view={view}
      meta={{
        title: name,
        description: t('municipality.description', { name, nis: m.nisCode }),
        nav: 'municipalities',
      }}
    >
      <nav aria-label={t('common.breadcrumb')} class="breadcrumbs">
        <ol>
          <li>
            <a href={view.href('/')}>{t('nav.home')}</a>
          </li>
          <li>
            <a href={view.href('/municipalities')}>{t('nav.municipalities')}</a>
          </li>
          <li>
            <a href={view.href(`/municipalities/${m.nisCode}`)} aria-current="page">
              {name}
            </a>
          </li>
        </ol>
      </nav>
      <h1>{name}</h1>
      <dl class="facts">
        <div>
          <dt>{t('municipality.nameFr')}</dt>
          <dd lang="fr">{m.nameFr}</dd>
        </div>
        <div>
          <dt>{t('municipality.nameNl')}</dt>
          <dd lang="nl">{m.nameNl}</dd>
        </div>
        <div>
          <dt>{t('municipality.nis')}</dt>
          <dd>{m.nisCode}</dd>
        </div>
        <div>
          <dt>{t('municipality.postalCodes')}</dt>
          <dd>{m.postalCodes.join(', ')}</dd>
        </div>
      </dl>
      {props.figures}
      <h2>{t('municipality.schemesTitle')}</h2>
      <p>{t('municipality.schemesLead', { name })}</p>
      <ul class="card-grid">
        {municipalSchemes.map((s) => (
          <li class="card">
            <h3>
              <a href={view.href(`/schemes/${s.code}`)}>{pick(s.name, lang)}</a>
            </h3>
            <p>{pick(s.summary, lang)}</p>
          </li>
        ))}
      </ul>
      <p class="muted">{t('municipalities.sourceNote')}</p>
    </Layout>
  );
}
