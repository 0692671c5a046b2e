import type { Municipality } from '../../domain/municipalities/index.ts';
import { TableScroll } from '../components/table-scroll.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** The 19 municipalities with their NIS codes, names in both official languages and postal codes. */
export function MunicipalitiesPage(props: { view: View; municipalities: Municipality[] }) {
  const { view, municipalities } = props;
  const { t, lang } = view;
  return (
    <Layout
      view={view}
      meta={{ title: t('municipalities.title'), description: t('municipalities.description'), nav: 'municipalities' }}
    >
      <h1>{t('municipalities.title')}</h1>
      <p class="lead">{t('municipalities.lead')}</p>
      <TableScroll view={view}>
        <table class="data-table">
          <caption>{t('municipalities.caption', { count: municipalities.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('municipality.nis')}</th>
              <th scope="col">{t('municipality.nameFr')}</th>
              <th scope="col">{t('municipality.nameNl')}</th>
              <th scope="col">{t('municipality.postalCodes')}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => {
              const link = (name: string) => <a href={view.href(`/municipalities/${m.nisCode}`)}>{name}</a>;
              return (
                <tr>
                  <td>{m.nisCode}</td>
                  <td lang="fr">{lang === 'nl' ? m.nameFr : link(m.nameFr)}</td>
                  <td lang="nl">{lang === 'nl' ? link(m.nameNl) : m.nameNl}</td>
                  <td>{m.postalCodes.join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p class="muted">{t('municipalities.sourceNote')}</p>
    </Layout>
  );
}
