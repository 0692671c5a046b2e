import type { Municipality } from '../../../domain/municipalities/index.ts';
import { formatEnterpriseNumber, type Organisation } from '../../../domain/organisations/index.ts';
import { Notice } from '../../components/form.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import { municipalityName, type View } from '../../view.ts';

/**
 * The organisations a person belongs to, with the way to register one; officers and admins see every
 * organisation instead, with a search.
 */
export function OrganisationsPage(props: {
  view: View;
  organisations: Organisation[];
  municipalities: Municipality[];
  /** Set for officers and admins: the whole list, with the search typed. */
  all?: { q: string; limit: number };
  notice?: string;
}) {
  const { view, organisations, all } = props;
  const { t } = view;
  const names = new Map(props.municipalities.map((m) => [m.nisCode, municipalityName(m, view.lang)]));
  const title = all ? t('org.list.allTitle') : t('org.list.title');
  return (
    <Layout view={view} meta={{ title, description: t('org.list.description'), nav: 'none' }}>
      <h1>{title}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <p class="lead">{all ? t('org.list.allLead') : t('org.list.lead')}</p>
      <p>
        <a class="button" href={view.href('/organisations/new')}>
          {t('org.list.create')}
        </a>
      </p>
      {all ? (
        <form method="get" action={view.href('/organisations')} class="form narrow">
          <div class="field">
            <label for="field-q">{t('org.search.label')}</label>
            <input id="field-q" name="q" type="search" value={all.q} />
          </div>
          <button type="submit" class="button">
            {t('org.search.submit')}
          </button>
        </form>
      ) : null}
      {organisations.length === 0 ? (
        <p>{all ? t('org.search.none') : t('org.list.empty')}</p>
      ) : (
        <TableScroll view={view}>
          <table class="data-table">
            <caption>{t('org.list.caption', { count: organisations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.field.legalName')}</th>
                <th scope="col">{t('org.field.type')}</th>
                <th scope="col">{t('org.field.enterpriseNumber')}</th>
                <th scope="col">{t('org.field.municipality')}</th>
                <th scope="col">{t('org.list.myRole')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr>
                  <th scope="row">
                    <a href={view.href(`/organisations/${o.id}`)}>{o.legalName}</a>
                  </th>
                  <td>{t(`org.type.${o.type}`)}</td>
                  <td class="nowrap">{o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : '—'}</td>
                  <td>{names.get(o.municipalityNis) ?? o.municipalityNis}</td>
                  <td>{o.myRole ? t(`org.role.${o.myRole}`) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {all && organisations.length >= all.limit ? (
        <p class="muted">{t('org.search.limited', { count: all.limit })}</p>
      ) : null}
    </Layout>
  );
}
