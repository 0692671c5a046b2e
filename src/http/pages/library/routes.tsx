import { Hono } from 'hono';
import type { Lang } from '../../../core/i18n/index.ts';
import {
  browseIndex,
  type CitationStyle,
  citationStyles,
  countUse,
  exportFiles,
  exportRecords,
  formatCitation,
  getRecord,
  getRecordFile,
  type LibraryRecord,
  listCategories,
  relatedRecords,
} from '../../../domain/library/index.ts';
import { type BrowseKind, LibraryBrowsePage } from '../../../web/pages/library/browse-page.tsx';
import { atomFeed } from '../../../web/pages/library/feed.ts';
import { LibraryRecordPage } from '../../../web/pages/library/record-page.tsx';
import { LibrarySearchPage } from '../../../web/pages/library/search-page.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { librarySearchOf } from '../../library-search.ts';
import { pageCache } from '../../page-cache.ts';
import { publicView, sendPage, uuidPattern as uuid } from '../page.ts';
import { attachmentDisposition, exportLimit, formatOf, searchParamsOf } from './form.ts';

/** The citation of a record in each style, in the page's language. */
function citationsOf(record: LibraryRecord, lang: Lang): Record<CitationStyle, string> {
  return Object.fromEntries(citationStyles.map((s) => [s, formatCitation(record, s, lang)])) as Record<
    CitationStyle,
    string
  >;
}

/**
 * The public library under each language prefix: search (every state in the query string), records with
 * citations and exports, exports and Atom feeds of any search, and the browse indexes.
 */
export function libraryPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const origin = deps.config.baseUrl.replace(/\/$/, '');
  const search = librarySearchOf(deps);
  const viewOf = (c: Ctx, cacheable: boolean) => publicView(c, deps.config.secure, cacheable);

  // The search page is not page-cached (the cache keys on the path alone, and a search lives in its query); its
  // results and the categories come from the search's own cache, and a miss waits in its queue (or gets 503).
  routes.get('/library', async (c) => {
    const ctx = domainContext(c, deps);
    const params = searchParamsOf(c.req.url);
    const [result, categories] = await Promise.all([search.search(ctx, params), search.categories(ctx)]);
    const page = <LibrarySearchPage view={viewOf(c, false)} params={params} result={result} categories={categories} />;
    return sendPage(c, page);
  });

  routes.get('/library/feed.atom', async (c) => {
    const params = { ...searchParamsOf(c.req.url), sort: 'newest' as const, page: 1 };
    const result = await search.search(domainContext(c, deps), params);
    return c.body(atomFeed(viewOf(c, false), origin, params, result), 200, {
      'content-type': 'application/atom+xml; charset=utf-8',
    });
  });

  routes.get('/library/:file{export\\.(?:bib|ris|json)}', async (c) => {
    const format = formatOf(c.req.param('file'));
    const params = { ...searchParamsOf(c.req.url), page: 1 };
    const result = await search.search(domainContext(c, deps), params, { pageSize: exportLimit });
    const body = exportRecords(
      result.results.map((h) => h.record),
      format,
    );
    return c.body(body, 200, {
      'content-type': exportFiles[format].type,
      'content-disposition': `attachment; filename="library.${exportFiles[format].extension}"`,
    });
  });

  routes.get(`/library/records/:id{${uuid}}/:file{export\\.(?:bib|ris|json)}`, async (c) => {
    const ctx = domainContext(c, deps);
    const record = await getRecord(ctx, c.req.param('id'));
    const format = formatOf(c.req.param('file'));
    await countUse(ctx, record.id, 'download');
    return c.body(exportRecords([record], format), 200, {
      'content-type': exportFiles[format].type,
      'content-disposition': `attachment; filename="record-${record.id}.${exportFiles[format].extension}"`,
    });
  });

  // The full text: the file the library holds (open access for all, restricted for curators), else a redirect to
  // the external address. Either counts one download.
  routes.get(`/library/records/:id{${uuid}}/file`, async (c) => {
    const ctx = domainContext(c, deps);
    const { record, file } = await getRecordFile(ctx, c.req.param('id'), deps.files);
    if (!file && !record.fileUrl) return c.notFound();
    await countUse(ctx, record.id, 'download');
    if (!file) return c.redirect(record.fileUrl as string, 302);
    return c.body(new Uint8Array(file.content), 200, {
      'content-type': file.info.mime,
      'content-disposition': attachmentDisposition(file.info.name),
      'content-length': String(file.content.byteLength),
      'x-content-type-options': 'nosniff',
      // Not kept by shared caches: access may change, and each download is counted here.
      'cache-control': 'private, no-cache',
    });
  });

  // A view is counted before the page cache, so that a page served from memory counts too.
  routes.get(`/library/records/:id{${uuid}}`, async (c, next) => {
    await countUse(domainContext(c, deps), c.req.param('id'), 'view');
    return next();
  });
  // Record and index pages are the same for every visitor: cached (drafts are seen signed in, never cached).
  const cache = pageCache({ ttlMs: deps.config.pageCacheSeconds * 1000 });
  routes.use('/library/records/*', cache);
  routes.use('/library/categories', cache);
  routes.use('/library/authors', cache);
  routes.use('/library/keywords', cache);

  routes.get(`/library/records/:id{${uuid}}`, async (c) => {
    const ctx = domainContext(c, deps);
    const record = await getRecord(ctx, c.req.param('id'));
    const [categories, related] = await Promise.all([listCategories(ctx), relatedRecords(ctx, record.id)]);
    const view = viewOf(c, record.status === 'published');
    const canonical = `${origin}${view.href(`/library/records/${record.id}`)}`;
    const citations = citationsOf(record, view.lang);
    const page = <LibraryRecordPage {...{ view, record, categories, citations, related, canonical }} />;
    return sendPage(c, page);
  });

  const browse = (kind: BrowseKind, facet: 'category' | 'author' | 'keyword') =>
    routes.get(`/library/${kind}`, async (c) => {
      const ctx = domainContext(c, deps);
      const [entries, categories] = await Promise.all([browseIndex(ctx, facet), listCategories(ctx)]);
      const page = <LibraryBrowsePage view={viewOf(c, true)} kind={kind} entries={entries} categories={categories} />;
      return sendPage(c, page);
    });
  browse('categories', 'category');
  browse('authors', 'author');
  browse('keywords', 'keyword');

  return routes;
}
