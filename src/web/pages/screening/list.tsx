import { formatInstant, formatMoney } from '../../../core/format.ts';
import { type MessageKey, pick } from '../../../core/i18n/index.ts';
import type { CallApplicationList, ListSort } from '../../../domain/applications/index.ts';
import { screenedStates } from '../../../domain/applications/index.ts';
import type { Municipality } from '../../../domain/municipalities/index.ts';
import { organisationTypes } from '../../../domain/organisations/index.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import { municipalityName, type View } from '../../view.ts';

/** The filters and order of the list as the page's query string has them. */
export interface ListFilter {
  state: string;
  municipality: string;
  organisationType: string;
  q: string;
  sort: ListSort;
  dir: 'asc' | 'desc';
  page: number;
}

const sortLabels: Record<ListSort, MessageKey> = {
  reference: 'screening.list.reference',
  organisation: 'screening.list.organisation',
  submittedAt: 'screening.list.submittedAt',
  requested: 'screening.list.requested',
  state: 'screening.list.state',
};

/** The query string of the list with some values changed (empty values left out). */
export function listQuery(filter: ListFilter, changes: Partial<ListFilter> = {}): string {
  const merged = { ...filter, ...changes };
  const q = new URLSearchParams();
  for (const key of ['state', 'municipality', 'organisationType', 'q'] as const)
    if (merged[key]) q.set(key, merged[key]);
  if (merged.sort !== 'reference') q.set('sort', merged.sort);
  if (merged.dir !== 'asc') q.set('dir', merged.dir);
  if (merged.page > 1) q.set('page', String(merged.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A column header that sorts by its column: a link, with `aria-sort` on the header that sorts now. */
function SortHeader(props: { view: View; filter: ListFilter; column: ListSort; numeric?: boolean }) {
  const { view, filter, column } = props;
  const label = view.t(sortLabels[column]);
  const current = filter.sort === column;
  const next = current && filter.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      class={props.numeric ? 'num' : undefined}
      aria-sort={current ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <a href={listQuery(filter, { sort: column, dir: next, page: 1 }) || '?'}>
        {label}
        {current ? <span aria-hidden="true">{filter.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        <span class="visually-hidden"> ({view.t('screening.list.sortBy', { column: label })})</span>
      </a>
    </th>
  );
}

/** The officers' list of a call's applications: counts per state, filters, sortable table, paging, exports. */
export function ScreeningListPage(props: {
  view: View;
  list: CallApplicationList;
  filter: ListFilter;
  municipalities: Municipality[];
}) {
  const { view, list, filter } = props;
  const { t, lang } = view;
  const callTitle = pick(list.call.title, lang);
  const base = `/admin/calls/${list.call.code}/applications`;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <Layout
      view={view}
      meta={{
        title: t('screening.list.title', { call: callTitle }),
        description: t('screening.list.description'),
        nav: 'none',
      }}
    >
      <p>
        <a href={view.href(`/admin/calls/${list.call.code}`)}>{t('screening.list.back')}</a>
      </p>
      <h1>{t('screening.list.title', { call: callTitle })}</h1>
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{t('screening.list.counts')}</h2>
        <ul class="state-counts">
          {screenedStates.map((s) => (
            <li>
              <a href={view.href(base) + listQuery(filter, { state: s, page: 1 })}>
                {t(`screening.state.${s}`)} <strong>{list.counts[s]}</strong>
              </a>
            </li>
          ))}
        </ul>
        <p class="hint">{t('screening.list.draftsNote', { count: list.counts.draft })}</p>
      </section>

      <form method="get" action={view.href(base)} class="filters" aria-label={t('screening.list.filters')}>
        <div class="field">
          <label for="f-state">{t('screening.list.state')}</label>
          <select id="f-state" name="state">
            <option value="">{t('screening.list.anyState')}</option>
            {screenedStates.map((s) => (
              <option value={s} selected={filter.state === s}>
                {t(`screening.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-municipality">{t('screening.list.municipality')}</label>
          <select id="f-municipality" name="municipality">
            <option value="">{t('screening.list.anyMunicipality')}</option>
            {props.municipalities.map((m) => (
              <option value={m.nisCode} selected={filter.municipality === m.nisCode}>
                {municipalityName(m, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-type">{t('screening.list.organisationType')}</label>
          <select id="f-type" name="organisationType">
            <option value="">{t('screening.list.anyType')}</option>
            {organisationTypes.map((type) => (
              <option value={type} selected={filter.organisationType === type}>
                {t(`org.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-q">{t('screening.list.search')}</label>
          <input id="f-q" name="q" type="search" value={filter.q} aria-describedby="f-q-hint" />
          <p class="hint" id="f-q-hint">
            {t('screening.list.searchHint')}
          </p>
        </div>
        {filter.sort !== 'reference' ? <input type="hidden" name="sort" value={filter.sort} /> : null}
        {filter.dir !== 'asc' ? <input type="hidden" name="dir" value={filter.dir} /> : null}
        <button type="submit" class="button">
          {t('screening.list.apply')}
        </button>
        <a href={view.href(base)}>{t('screening.list.reset')}</a>
      </form>

      <p role="status">{t('screening.list.results', { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t('screening.list.none')}</p>
      ) : (
        <TableScroll view={view}>
          <table class="data-table screening-table">
            <caption>{t('screening.list.caption', { column: t(sortLabels[filter.sort]) })}</caption>
            <thead>
              <tr>
                <SortHeader view={view} filter={filter} column="reference" />
                <th scope="col">{t('screening.list.project')}</th>
                <SortHeader view={view} filter={filter} column="organisation" />
                <th scope="col">{t('screening.list.municipalities')}</th>
                <SortHeader view={view} filter={filter} column="state" />
                <SortHeader view={view} filter={filter} column="submittedAt" />
                <SortHeader view={view} filter={filter} column="requested" numeric />
                <th scope="col" class="num">
                  {t('screening.list.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr>
                  <th scope="row" class="nowrap">
                    <a href={view.href(`/admin/applications/${r.id}`)}>{r.reference}</a>
                  </th>
                  <td>{r.title}</td>
                  <td>
                    {r.organisation.name}
                    <br />
                    <span class="hint">{t(`org.type.${r.organisation.type}`)}</span>
                  </td>
                  <td>
                    {r.municipalities.map((m) => municipalityName({ nameFr: m.fr, nameNl: m.nl }, lang)).join(', ')}
                  </td>
                  <td>
                    {t(`screening.state.${r.state}`)}
                    {r.openRequestDueAt ? (
                      <>
                        <br />
                        <span class="hint">
                          {t('screening.list.replyBy', {
                            date: formatInstant(new Date(r.openRequestDueAt.getTime() - 1), lang, { date: 'medium' }),
                          })}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td class="nowrap">
                    {r.submittedAt ? formatInstant(r.submittedAt, lang, { date: 'short', time: 'short' }) : ''}
                  </td>
                  <td class="num nowrap">{formatMoney(r.requestedCents, lang)}</td>
                  <td class="num nowrap">{formatMoney(r.totalCents, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 ? (
        <nav class="pager" aria-label={t('screening.list.pagination')}>
          {filter.page > 1 ? (
            <a href={listQuery(filter, { page: filter.page - 1 }) || '?'} rel="prev">
              {t('screening.list.previous')}
            </a>
          ) : null}
          <span>{t('screening.list.page', { page: filter.page, pages })}</span>
          {filter.page < pages ? (
            <a href={listQuery(filter, { page: filter.page + 1 })} rel="next">
              {t('screening.list.next')}
            </a>
          ) : null}
        </nav>
      ) : null}

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('screening.list.export')}</h2>
        <p class="button-row">
          <a class="button" href={view.href(`${base}.csv`)} download>
            {t('screening.list.exportCsv')}
          </a>
          <a class="button" href={view.href(`${base}.xlsx`)} download>
            {t('screening.list.exportXlsx')}
          </a>
        </p>
        <p class="hint">{t('screening.list.exportNote')}</p>
      </section>
    </Layout>
  );
}
