import { type Lang, type MessageKey, translator } from '../core/i18n/index.ts';
import { maxImportBytes as maxFigureImportBytes, maxGeoJsonBytes } from '../domain/figures/index.ts';
import { maxImportBytes as maxSchoolImportBytes } from '../domain/schools/index.ts';
import { ErrorPage } from '../web/pages/error.tsx';
import { LibraryUploadTooLargePage } from '../web/pages/library/import-page.tsx';
import { createView } from '../web/view.ts';
import type { AppDeps, Ctx } from './env.ts';
import { apiLang, isApi, langOfPath } from './lang.ts';
import type { LargeBodyRoute } from './middleware/body-limit.ts';
import { maxImportUpload } from './pages/library-import/form.ts';
import { sendPage } from './pages/page.ts';
import { localizedProblem } from './problem.ts';

/** Room for the multipart envelope around a file (boundaries, headers, the CSRF token and a few fields). */
const envelope = 64 * 1024;
const lang = '(?:fr|nl|en)';
const segment = '[^/]+';

/** A size people read, with the unit of their language: "1 MB", "256 kB"; "1 Mo", "256 ko" in French. */
export function sizeText(bytes: number, lang: Lang): string {
  const [mega, kilo] = lang === 'fr' ? ['Mo', 'ko'] : ['MB', 'kB'];
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} ${mega}` : `${Math.round(bytes / 1024)} ${kilo}`;
}

/** The 413 answer: problem details for the API, a page in the path's language otherwise. */
export function tooLarge(c: Ctx, detail: string): Response | Promise<Response> {
  if (isApi(c)) {
    return localizedProblem(c, apiLang(c), {
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      title: 'problem.PAYLOAD_TOO_LARGE',
      detail,
    });
  }
  return sendPage(c, <ErrorPage view={createView(langOfPath(c), '/')} status={413} detail={detail} />, 413);
}

const langOf = (c: Ctx): Lang => (isApi(c) ? apiLang(c) : langOfPath(c));
const say = (c: Ctx, key: MessageKey, values: Record<string, string | number> = {}) =>
  translator(langOf(c))(key, values);

/** The general answer past the limit of a route, naming the limit. */
export const generalTooLarge = (c: Ctx, maxBytes: number) =>
  tooLarge(c, say(c, 'problem.tooLarge', { max: sizeText(maxBytes, langOf(c)) }));

/**
 * The routes that take more than the general limit (REQUEST_MAX_KB): uploads only, pages and API alike, each
 * with the limit of what it accepts plus the envelope, and the sentence that names that limit.
 */
export function largeBodyRoutes(deps: AppDeps): LargeBodyRoute[] {
  const upload = deps.config.uploadMaxBytes;
  const uploadMb = Math.round(upload / (1024 * 1024));
  const fileTooLarge = (c: Ctx) => tooLarge(c, say(c, 'applications.error.fileTooLarge', { max: uploadMb }));
  return [
    // An application step may carry several files (a step has few file fields); each is checked by the verb.
    { pattern: new RegExp(`^/${lang}/applications/`), maxBytes: upload * 3 + 4 * envelope, onError: fileTooLarge },
    {
      pattern: new RegExp(`^/api/v1/applications/${segment}/files$`),
      maxBytes: upload + envelope,
      onError: fileTooLarge,
    },
    {
      pattern: new RegExp(`^/${lang}/admin/calls/${segment}/documents$`),
      maxBytes: upload + envelope,
      onError: fileTooLarge,
    },
    {
      pattern: new RegExp(`^/${lang}/library/manage/records/${segment}/file$`),
      maxBytes: upload + envelope,
      onError: (c) => tooLarge(c, say(c, 'library.curation.file.error.tooLarge', { max: uploadMb })),
    },
    {
      pattern: new RegExp(`^/${lang}/library/manage/import$`),
      maxBytes: maxImportUpload + envelope,
      onError: (c) =>
        sendPage(c, <LibraryUploadTooLargePage view={createView(langOfPath(c), c.req.path.slice(3))} />, 413),
    },
    {
      pattern: new RegExp(`^/${lang}/admin/schools/import$`),
      maxBytes: maxSchoolImportBytes + envelope,
      onError: (c) => tooLarge(c, say(c, 'schools.upload.tooLarge')),
    },
    {
      pattern: /^\/api\/v1\/schools\/import$/,
      maxBytes: maxSchoolImportBytes + envelope,
      onError: (c) => tooLarge(c, say(c, 'schools.upload.tooLarge')),
    },
    {
      pattern: new RegExp(`^/${lang}/admin/figures/values$`),
      maxBytes: maxFigureImportBytes + envelope,
      onError: (c) =>
        tooLarge(c, say(c, 'figures.import.tooLarge', { max: Math.round(maxFigureImportBytes / (1024 * 1024)) })),
    },
    {
      pattern: new RegExp(`^/${lang}/admin/figures/boundaries$`),
      maxBytes: maxGeoJsonBytes + envelope,
      onError: (c) =>
        tooLarge(c, say(c, 'figures.import.tooLarge', { max: Math.round(maxGeoJsonBytes / (1024 * 1024)) })),
    },
  ];
}

/** API paths that take a body other than JSON: the API's upload routes, which are the API lines of the table. */
export function acceptsNonJson(routes: LargeBodyRoute[]): (path: string) => boolean {
  return (path) => path.startsWith('/api/') && routes.some((r) => r.pattern.test(path));
}
