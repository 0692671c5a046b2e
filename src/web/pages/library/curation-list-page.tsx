import { formatInstant } from '../../../core/format.ts';
import type { CurationList } from '../../../domain/library/index.ts';
import { Notice } from '../../components/form.tsx';
import { SubNav } from '../../components/sub-nav.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { authorsLine, typeLabel } from './parts.tsx';

export interface CurationFilter {
  q: string;
  status: 'draft' | 'published' | null;
}

/** The curators' links: the list of records, a new record, the import. */
export function CurationNav(props: { view: View; current: 'list' | 'new' | 'edit' }) {
  const { view } = props;
  const { t } = view;
  const items = [
    { key: 'list', path: '/library/manage/records', label: t('library.curation.title') },
    { key: 'new', path: '/library/manage/records/new', label: t('library.curation.new') },
    { key: 'import', path: '/library/manage/import', label: t('library.manage.link') },
  ];
  return <SubNav view={view} label={t('library.curation.nav')} items={items} current={props.current} />;
}

const listHref = (view: View, filter: CurationFilter, page: number) => {
  const qs = new URLSearchParams();
  if (filter.q) qs.set('q', filter.q);
  if (filter.status) qs.set('status', filter.status);
  if (page > 1) qs.set('page', String(page));
  const s = qs.toString();
  return `${view.href('/library/manage/records')}${s ? `?${s}` : ''}`;
};

/** The librarians' list of records, drafts included: filter by status and text, pages of 50, links to edit. */
export function CurationListPage(props: {
  view: View;
  list: CurationList;
  filter: CurationFilter;
  notice?: string | undefined;
}) {
  const { view, list, filter } = props;
  const { t, lang } = view;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <Layout
      view={view}
      meta={{ title: t('library.curation.title'), description: t('library.curation.lead'), nav: 'library' }}
    >
      <CurationNav view={view} current="list" />
      <h1>{t('library.curation.title')}</h1>
      <p class="lead">{t('library.curation.lead')}</p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <p>
        <a class="button" href={view.href('/library/manage/records/new')}>
          {t('library.curation.new')}
        </a>
      </p>
      <form method="get" action={view.href('/library/manage/records')} class="filters">
        <div class="field">
          <label for="curation-q">{t('library.curation.filter.q')}</label>
          <input type="search" id="curation-q" name="q" value={filter.q} maxlength={800} />
        </div>
        <div class="field">
          <label for="curation-status">{t('library.record.status')}</label>
          <select id="curation-status" name="status">
            <option value="" selected={filter.status === null}>
              {t('library.curation.filter.all')}
            </option>
            <option value="draft" selected={filter.status === 'draft'}>
              {t('library.status.draft')}
            </option>
            <option value="published" selected={filter.status === 'published'}>
              {t('library.status.published')}
            </option>
          </select>
        </div>
        <button type="submit" class="button">
          {t('library.curation.filter.submit')}
        </button>
      </form>
      <p id="curation-count">{t('library.curation.count', { count: list.total })}</p>
      {list.records.length === 0 ? (
        <p>{t('library.curation.none')}</p>
      ) : (
        <TableScroll view={view}>
          <table class="data-table">
            <caption>{t('library.curation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('library.curation.col.title')}</th>
                <th scope="col">{t('library.record.authors')}</th>
                <th scope="col" class="num">
                  {t('library.record.year')}
                </th>
                <th scope="col">{t('library.record.type')}</th>
                <th scope="col">{t('library.record.status')}</th>
                <th scope="col">{t('library.curation.col.updated')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.records.map((r) => (
                <tr>
                  <th scope="row" class="record-title">
                    <a href={view.href(`/library/manage/records/${r.id}`)}>{r.title}</a>
                  </th>
                  <td>{authorsLine(r, 3)}</td>
                  <td class="num">{r.year ?? ''}</td>
                  <td>{typeLabel(view, r.type)}</td>
                  <td>
                    <span class="tag">{t(`library.status.${r.status}`)}</span>
                  </td>
                  <td class="nowrap">{formatInstant(new Date(r.updatedAt), lang, { date: 'medium' })}</td>
                  <td>
                    <a href={view.href(`/library/records/${r.id}`)}>
                      {t('library.curation.view')}
                      <span class="visually-hidden"> – {r.title}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 ? (
        <nav class="pagination" aria-label={t('library.results.pagination')}>
          <p>{t('library.results.page', { page: list.page, pages })}</p>
          <ul>
            {list.page > 1 ? (
              <li>
                <a href={listHref(view, filter, list.page - 1)} rel="prev">
                  {t('library.results.previous')}
                </a>
              </li>
            ) : null}
            {list.page < pages ? (
              <li>
                <a href={listHref(view, filter, list.page + 1)} rel="next">
                  {t('library.results.next')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
