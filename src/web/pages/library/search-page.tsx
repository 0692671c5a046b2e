import type { Category, SearchParams, SearchResult } from '../../../domain/library/index.ts';
import { maxQueryLength, sortOrders } from '../../../domain/library/index.ts';
import { assetUrl } from '../../assets.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { type ListKey, searchHref, searchQuery } from './links.ts';
import { authorsLine, BrowseNav, langLabel, Marked, typeLabel } from './parts.tsx';

interface Props {
  view: View;
  params: SearchParams;
  result: SearchResult;
  categories: Category[];
}

/** One facet as a group of checkboxes (OR within it); values chosen but not among the counted ones stay shown. */
function Facet(props: {
  view: View;
  name: ListKey;
  values: { value: string; count: number }[];
  chosen: string[];
  label: (value: string) => string;
}) {
  const { view, name, values, chosen, label } = props;
  const shown = [...values];
  for (const c of chosen) if (!shown.some((v) => v.value === c)) shown.push({ value: c, count: 0 });
  if (shown.length === 0) return null;
  return (
    <fieldset class="facet" id={`facet-${name}`}>
      <legend>{view.t(`library.facet.${name}`)}</legend>
      <ul>
        {shown.map((v, i) => (
          <li>
            <input
              type="checkbox"
              id={`f-${name}-${i}`}
              name={name}
              value={v.value}
              checked={chosen.includes(v.value)}
            />
            <label for={`f-${name}-${i}`}>
              {view.t('library.facet.count', { value: label(v.value), count: v.count })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The library's search: one box, facets as a form that works without JavaScript, results with highlights. */
export function LibrarySearchPage(props: Props) {
  const { view, params, result, categories } = props;
  const { t } = view;
  const categoryLabel = (code: string) => categories.find((c) => c.code === code)?.label[view.lang] ?? code;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const feed = `${view.href('/library/feed.atom')}${searchQuery(params, { page: 1, sort: null })}`;
  const exportHref = (ext: string) => `${view.href(`/library/export.${ext}`)}${searchQuery(params, { page: 1 })}`;
  const years = result.facets.year.map((y) => Number(y.value));
  return (
    <Layout
      view={view}
      meta={{
        title: params.q ? `${params.q} · ${t('library.title')}` : t('library.title'),
        description: t('library.description'),
        nav: 'library',
        head: (
          <>
            <link rel="alternate" type="application/atom+xml" title={t('library.results.feed')} href={feed} />
            <script src={assetUrl('library.js')} defer />
          </>
        ),
      }}
    >
      <h1>{t('library.title')}</h1>
      <p class="lead">{t('library.lead')}</p>
      <BrowseNav view={view} />
      {view.user?.roles?.some((r) => r === 'librarian' || r === 'admin') ? (
        <p>
          <a href={view.href('/library/manage/records')}>{t('library.curation.link')}</a> ·{' '}
          <a href={view.href('/library/manage/import')}>{t('library.manage.link')}</a>
        </p>
      ) : null}
      <form method="get" action={view.href('/library')} class="library-search" id="library-form">
        <div class="search-box">
          <label for="library-q">{t('library.search.label')}</label>
          <p class="hint" id="library-q-hint">
            {t('library.search.hint')}
          </p>
          <div class="search-row">
            <input
              type="search"
              id="library-q"
              name="q"
              value={params.q}
              maxlength={maxQueryLength * 4}
              aria-describedby="library-q-hint"
              autocomplete="off"
            />
            <button type="submit">{t('library.search.submit')}</button>
          </div>
        </div>
        <div class="library-columns">
          <div class="library-facets" id="library-facets">
            <h2>{t('library.facets.heading')}</h2>
            <div class="sort-field">
              <label for="library-sort">{t('library.search.sort')}</label>
              <select id="library-sort" name="sort">
                {sortOrders.map((s) => (
                  <option value={s} selected={result.sort === s}>
                    {t(`library.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <Facet
              view={view}
              name="language"
              values={result.facets.language}
              chosen={params.language}
              label={(v) => langLabel(view, v)}
            />
            <fieldset class="facet">
              <legend>{t('library.facet.year')}</legend>
              <div class="year-range">
                <label for="library-from">{t('library.facet.yearFrom')}</label>
                <input
                  type="number"
                  id="library-from"
                  name="from"
                  inputmode="numeric"
                  min="1000"
                  max="2200"
                  value={params.from !== null ? String(params.from) : ''}
                  placeholder={years.length ? String(Math.min(...years)) : ''}
                />
                <label for="library-to">{t('library.facet.yearTo')}</label>
                <input
                  type="number"
                  id="library-to"
                  name="to"
                  inputmode="numeric"
                  min="1000"
                  max="2200"
                  value={params.to !== null ? String(params.to) : ''}
                  placeholder={years.length ? String(Math.max(...years)) : ''}
                />
              </div>
            </fieldset>
            <Facet
              view={view}
              name="category"
              values={result.facets.category}
              chosen={params.category}
              label={categoryLabel}
            />
            <Facet
              view={view}
              name="type"
              values={result.facets.type}
              chosen={params.type}
              label={(v) => typeLabel(view, v)}
            />
            <Facet view={view} name="author" values={result.facets.author} chosen={params.author} label={(v) => v} />
            <Facet view={view} name="keyword" values={result.facets.keyword} chosen={params.keyword} label={(v) => v} />
            <p class="facet-actions">
              <button type="submit" class="secondary">
                {t('library.search.apply')}
              </button>{' '}
              <a href={view.href('/library')}>{t('library.search.clear')}</a>
            </p>
          </div>
          <section class="library-results" id="library-results" aria-labelledby="library-results-title">
            <h2 id="library-results-title">{t('library.results.heading')}</h2>
            <p class="result-count" id="library-count" role="status">
              {t('library.results.count', { count: result.total })}
            </p>
            {result.truncated ? <p class="notice">{t('library.results.truncated', { max: maxQueryLength })}</p> : null}
            {result.suggestion ? (
              <p class="suggestion">
                {t('library.results.didYouMean')}{' '}
                <a href={searchHref(view, params, { q: result.suggestion, page: 1 })}>{result.suggestion}</a>
              </p>
            ) : null}
            {result.total === 0 ? <p>{t('library.results.none')}</p> : null}
            <ol class="results" start={(result.page - 1) * result.pageSize + 1}>
              {result.results.map((hit) => {
                const r = hit.record;
                return (
                  <li class="result">
                    <h3>
                      <a href={view.href(`/library/records/${r.id}`)}>
                        <Marked pieces={hit.titleHighlight} />
                      </a>
                    </h3>
                    <p class="result-meta">
                      {[
                        authorsLine(r),
                        r.year ?? '',
                        typeLabel(view, r.type),
                        r.languages.map((l) => langLabel(view, l)).join(', '),
                      ]
                        .filter((s) => s !== '')
                        .join(' · ')}
                    </p>
                    {hit.abstractHighlight ? (
                      <p class="result-abstract">
                        <Marked pieces={hit.abstractHighlight} />
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {pages > 1 ? (
              <nav class="pagination" aria-label={t('library.results.pagination')}>
                <p>{t('library.results.page', { page: result.page, pages })}</p>
                <ul>
                  {result.page > 1 ? (
                    <li>
                      <a href={searchHref(view, params, { page: result.page - 1 })} rel="prev">
                        {t('library.results.previous')}
                      </a>
                    </li>
                  ) : null}
                  {result.page < pages ? (
                    <li>
                      <a href={searchHref(view, params, { page: result.page + 1 })} rel="next">
                        {t('library.results.next')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            {result.total > 0 ? (
              <p class="result-tools">
                {t('library.results.export')}: <a href={exportHref('bib')}>{t('library.format.bibtex')}</a> ·{' '}
                <a href={exportHref('ris')}>{t('library.format.ris')}</a> ·{' '}
                <a href={exportHref('json')}>{t('library.format.csl-json')}</a>
                <br />
                <a href={feed}>{t('library.results.feed')}</a>
              </p>
            ) : null}
          </section>
        </div>
      </form>
    </Layout>
  );
}
