import type { SearchParams } from '../../../domain/library/index.ts';
import type { View } from '../../view.ts';

const listKeys = ['category', 'author', 'keyword', 'language', 'type'] as const;
export type ListKey = (typeof listKeys)[number];

/** The query string of a search, in a stable order, so that a search is a permalink. */
export function searchQuery(params: SearchParams, changes: Partial<SearchParams> = {}): string {
  const p = { ...params, ...changes };
  const qs = new URLSearchParams();
  if (p.q) qs.set('q', p.q);
  for (const key of listKeys) for (const v of p[key]) qs.append(key, v);
  if (p.from !== null) qs.set('from', String(p.from));
  if (p.to !== null) qs.set('to', String(p.to));
  if (p.sort) qs.set('sort', p.sort);
  if (p.page > 1) qs.set('page', String(p.page));
  const s = qs.toString();
  return s ? `?${s}` : '';
}

export const searchHref = (view: View, params: SearchParams, changes: Partial<SearchParams> = {}) =>
  `${view.href('/library')}${searchQuery(params, changes)}`;

/** A search for one facet value alone (links from record pages and indexes). */
export const facetHref = (view: View, key: ListKey, value: string) =>
  `${view.href('/library')}?${new URLSearchParams({ [key]: value }).toString()}`;

export const emptySearch: SearchParams = {
  q: '',
  category: [],
  author: [],
  keyword: [],
  language: [],
  type: [],
  from: null,
  to: null,
  sort: null,
  page: 1,
};
