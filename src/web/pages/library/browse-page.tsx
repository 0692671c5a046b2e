import type { Category } from '../../../domain/library/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { facetHref } from './links.ts';
import { BrowseNav } from './parts.tsx';

export type BrowseKind = 'categories' | 'authors' | 'keywords';

const titles = {
  categories: ['library.browse.categories', 'library.browse.categoriesLead'],
  authors: ['library.browse.authors', 'library.browse.authorsLead'],
  keywords: ['library.browse.keywords', 'library.browse.keywordsLead'],
} as const;

const facetOf = { categories: 'category', authors: 'author', keywords: 'keyword' } as const;

/** An index of the library: categories, authors or keywords, each with its number of publications. */
export function LibraryBrowsePage(props: {
  view: View;
  kind: BrowseKind;
  entries: { value: string; count: number }[];
  categories: Category[];
}) {
  const { view, kind, entries, categories } = props;
  const { t } = view;
  const [title, lead] = titles[kind];
  const label = (value: string) =>
    kind === 'categories' ? (categories.find((c) => c.code === value)?.label[view.lang] ?? value) : value;
  // Categories in the taxonomy's order, the others alphabetically (as the engine gives them), grouped by letter.
  const ordered =
    kind === 'categories'
      ? categories.map((c) => ({ value: c.code, count: entries.find((e) => e.value === c.code)?.count ?? 0 }))
      : entries;
  return (
    <Layout view={view} meta={{ title: t(title), description: t(lead), nav: 'library' }}>
      <p>
        <a href={view.href('/library')}>{t('library.title')}</a>
      </p>
      <h1>{t(title)}</h1>
      <p class="lead">{t(lead)}</p>
      <BrowseNav view={view} current={kind} />
      {ordered.length === 0 ? <p>{t('library.browse.empty')}</p> : null}
      <ul class={kind === 'categories' ? 'card-list browse-list' : 'browse-list columns'}>
        {ordered.map((e) => (
          <li>
            <a href={facetHref(view, facetOf[kind], e.value)}>{label(e.value)}</a>{' '}
            <span class="muted">({t('library.browse.count', { count: e.count })})</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
