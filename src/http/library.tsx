import path from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { DomainError } from '../core/errors.ts';
import type { Lang } from '../core/i18n/index.ts';
import { FileStore } from '../domain/files/store.ts';
import {
  browseIndex,
  type CitationStyle,
  citationStyles,
  countUse,
  type ExportFormat,
  exportFiles,
  exportRecords,
  formatCitation,
  getRecord,
  getRecordFile,
  type LibraryRecord,
  libraryPolicy,
  listCategories,
  relatedRecords,
  SearchParams,
  type SearchResult,
  setRecordStatus,
} from '../domain/library/index.ts';
import { type BrowseKind, LibraryBrowsePage } from '../web/pages/library/browse-page.tsx';
import { LibraryImportPage } from '../web/pages/library/import-page.tsx';
import { searchQuery } from '../web/pages/library/links.ts';
import { authorsLine } from '../web/pages/library/parts.tsx';
import { LibraryRecordPage } from '../web/pages/library/record-page.tsx';
import { LibrarySearchPage } from '../web/pages/library/search-page.tsx';
import { createView, type View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { mountImportRoutes } from './library-import.tsx';
import { librarySearchOf } from './library-search.ts';
import { csrfToken } from './middleware/csrf.ts';
import { pageCache } from './page-cache.ts';
import { personalView, sendPersonalPage } from './personal-page.ts';
import { sendPage } from './web.tsx';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const extensions: Record<string, ExportFormat> = { bib: 'bibtex', ris: 'ris', json: 'csl-json' };
const formatOf = (file: string | undefined) => extensions[(file ?? '').split('.')[1] ?? ''] as ExportFormat;

/** RFC 5987 percent-encoding: everything outside `attr-char` (so also `'`, `(`, `)`, `*`) is encoded. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition: attachment` for a stored file name: a plain-ASCII fallback (no quote, backslash or control
 * character) for old clients, and the exact name as UTF-8 in `filename*` (RFC 6266 and 5987).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** Most records one export of a result set holds. */
export const exportLimit = 1000;

/** The search parameters of a request's query string (repeated keys are lists). */
export function searchParamsOf(c: Ctx): SearchParams {
  const url = new URL(c.req.url);
  const one = (k: string) => url.searchParams.get(k) ?? undefined;
  const many = (k: string) => url.searchParams.getAll(k).map((v) => v.slice(0, 300));
  return SearchParams.parse({
    q: (one('q') ?? '').slice(0, 4000),
    category: many('category'),
    author: many('author'),
    keyword: many('keyword'),
    language: many('language'),
    type: many('type'),
    from: one('from'),
    to: one('to'),
    sort: one('sort'),
    page: one('page'),
  });
}

const xml = (s: string) =>
  s
    .replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ch : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** An Atom feed of a search's newest records. */
export function atomFeed(view: View, origin: string, params: SearchParams, result: SearchResult): string {
  const self = `${origin}${view.href('/library/feed.atom')}${searchQuery(params, { page: 1, sort: null })}`;
  const page = `${origin}${view.href('/library')}${searchQuery(params, { page: 1, sort: null })}`;
  const updated =
    result.results
      .map((h) => h.record.updatedAt)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  const entries = result.results.map(({ record }) => {
    const link = `${origin}${view.href(`/library/records/${record.id}`)}`;
    return `  <entry>
    <id>urn:uuid:${record.id}</id>
    <title>${xml(record.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <updated>${record.updatedAt}</updated>
${record.authors.map((a) => `    <author><name>${xml(a.particle ? `${a.particle} ${a.family}` : a.family)}</name></author>`).join('\n')}
    <summary>${xml(record.abstract ?? authorsLine(record))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.lang}">
  <id>${xml(self)}</id>
  <title>${xml(view.t('library.feed.title', { query: params.q || view.t('library.feed.all') }))}</title>
  <link rel="self" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(page)}"/>
  <updated>${updated}</updated>
  <author><name>Accroche</name></author>
${entries.join('\n')}
</feed>
`;
}

/** The citation of a record in each style, in the page's language. */
export function citationsOf(record: LibraryRecord, lang: Lang): Record<CitationStyle, string> {
  return Object.fromEntries(citationStyles.map((s) => [s, formatCitation(record, s, lang)])) as Record<
    CitationStyle,
    string
  >;
}

/**
 * The public library under each language prefix: search (every state in the query string), records with
 * citations and exports, exports and Atom feeds of any search, and the browse indexes.
 */
export function createLibraryRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const origin = deps.config.baseUrl.replace(/\/$/, '');
  const store = new FileStore(path.join(deps.config.dataDir, 'uploads'));
  const search = librarySearchOf(deps);
  const viewOf = (c: Ctx, cacheable: boolean): View => {
    const user = c.get('user');
    if (cacheable) c.set('publicPage', true);
    return createView(
      c.get('lang'),
      c.req.path.slice(3) || '/',
      user ? { user, csrf: csrfToken(c, deps.config.secure) } : {},
    );
  };

  // The search page is not page-cached (the cache keys on the path alone, and a search lives in its query); its
  // results and the categories come from the search's own cache, and a miss waits in its queue (or gets 503).
  routes.get('/library', async (c) => {
    const ctx = domainContext(c, deps);
    const params = searchParamsOf(c);
    const [result, categories] = await Promise.all([search.search(ctx, params), search.categories(ctx)]);
    return sendPage(
      c,
      <LibrarySearchPage view={viewOf(c, false)} params={params} result={result} categories={categories} />,
    );
  });

  routes.get('/library/feed.atom', async (c) => {
    const ctx = domainContext(c, deps);
    const params = { ...searchParamsOf(c), sort: 'newest' as const, page: 1 };
    const result = await search.search(ctx, params);
    return c.body(atomFeed(viewOf(c, false), origin, params, result), 200, {
      'content-type': 'application/atom+xml; charset=utf-8',
    });
  });

  routes.get('/library/:file{export\\.(?:bib|ris|json)}', async (c) => {
    const format = formatOf(c.req.param('file'));
    const params = { ...searchParamsOf(c), page: 1 };
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
    const { record, file } = await getRecordFile(ctx, c.req.param('id'), store);
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
    return sendPage(
      c,
      <LibraryRecordPage
        view={view}
        record={record}
        categories={categories}
        citations={citationsOf(record, view.lang)}
        related={related}
        canonical={`${origin}${view.href(`/library/records/${record.id}`)}`}
      />,
    );
  });

  const browse = (kind: BrowseKind, facet: 'category' | 'author' | 'keyword') =>
    routes.get(`/library/${kind}`, async (c) => {
      const ctx = domainContext(c, deps);
      const [entries, categories] = await Promise.all([browseIndex(ctx, facet), listCategories(ctx)]);
      return sendPage(
        c,
        <LibraryBrowsePage view={viewOf(c, true)} kind={kind} entries={entries} categories={categories} />,
      );
    });
  browse('categories', 'category');
  browse('authors', 'author');
  browse('keywords', 'keyword');

  // Curation: librarians (and admins). Others are sent to sign in, or refused by the verbs' policy.
  const curator: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!c.get('user')) return c.redirect(`/${c.get('lang')}/sign-in`, 303);
    if (!libraryPolicy.curate(domainContext(c, deps).actor).ok) {
      throw new DomainError('FORBIDDEN', 'Only librarians curate the library');
    }
    return next();
  };
  routes.use('/library/manage/*', curator);
  routes.get('/library/manage/import', (c) =>
    sendPersonalPage(c, <LibraryImportPage view={personalView(c, deps.config.secure)} values={{}} />),
  );
  mountImportRoutes(routes, deps);

  routes.post(`/library/manage/records/:id{${uuid}}/status`, async (c) => {
    const body = await c.req.parseBody();
    const status = body.status === 'published' ? 'published' : 'draft';
    const record = await setRecordStatus(domainContext(c, deps), c.req.param('id'), status);
    // From the edit page, back to it with a word of what happened; from the record page, back to the record.
    const back =
      body.back === 'edit'
        ? `manage/records/${record.id}?${status === 'published' ? 'published' : 'unpublished'}`
        : `records/${record.id}`;
    return c.redirect(`/${c.get('lang')}/library/${back}`, 303);
  });

  return routes;
}
