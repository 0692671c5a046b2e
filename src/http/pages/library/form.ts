import { type ExportFormat, SearchParams } from '../../../domain/library/index.ts';

/** Most records one export of a result set holds. */
export const exportLimit = 1000;

const extensions: Record<string, ExportFormat> = { bib: 'bibtex', ris: 'ris', json: 'csl-json' };

/** The export format a file name asks for (`export.ris` ...), its route having checked the extension. */
export const formatOf = (file: string | undefined) => extensions[(file ?? '').split('.')[1] ?? ''] as ExportFormat;

/** The search parameters of a request's query string (repeated keys are lists), for the pages and the API. */
export function searchParamsOf(url: string): SearchParams {
  const { searchParams } = new URL(url);
  const one = (k: string) => searchParams.get(k) ?? undefined;
  const many = (k: string) => searchParams.getAll(k).map((v) => v.slice(0, 300));
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
