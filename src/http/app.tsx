import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import { DomainError, statusOf, UnavailableError } from '../core/errors.ts';
import {
  catalogues,
  defaultLang,
  isLang,
  type Lang,
  languages,
  type MessageKey,
  negotiateLang,
} from '../core/i18n/index.ts';
import { assets } from '../web/assets.ts';
import type { OpenApiDoc } from '../web/pages/api-docs.tsx';
import { ErrorPage } from '../web/pages/error.tsx';
import { createView } from '../web/view.ts';
import { createAccountRoutes } from './account.tsx';
import { createAdminRoutes } from './admin.tsx';
import { apiInfo, createApi } from './api/index.ts';
import { applicationUploadLimit, createApplicationRoutes } from './applications.tsx';
import { authRequest } from './auth-bridge.ts';
import { createCallRoutes } from './calls.tsx';
import { createCallAdminRoutes } from './calls-admin.tsx';
import type { AppDeps, AppEnv, Ctx } from './env.ts';
import { createFiguresRoutes } from './figures.tsx';
import { createLibraryRoutes } from './library.tsx';
import { createLibraryCurationRoutes, libraryFileUploadLimit } from './library-curation.tsx';
import { libraryImportStatus, libraryUploadLimit } from './library-import.tsx';
import { csrfProtection } from './middleware/csrf.ts';
import { requestContext } from './middleware/request-context.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { sessionLoader } from './middleware/session.ts';
import { createOaiRoutes } from './oai.ts';
import { createOrganisationRoutes } from './organisations.tsx';
import { problemResponse } from './problem.ts';
import { createSchoolRoutes, schoolUploadLimit } from './schools.tsx';
import { createScreeningRoutes } from './screening.tsx';
import { createWebRoutes, sendPage } from './web.tsx';

const LANG_COOKIE = 'lang';
const YEAR = 365 * 24 * 3600;

/** The visitor's language outside a language prefix: remembered choice, then browser, then French. */
function preferredLang(c: Ctx): Lang {
  const remembered = getCookie(c, LANG_COOKIE);
  if (isLang(remembered)) return remembered;
  return negotiateLang(c.req.header('accept-language')) ?? defaultLang;
}

/** Language of the page being asked for: its prefix when it has one. */
function langOfPath(c: Ctx): Lang {
  const prefix = c.req.path.split('/')[1];
  return isLang(prefix) ? prefix : preferredLang(c);
}

const isApi = (c: Ctx) => c.req.path.startsWith('/api/') || c.req.path.endsWith('.json');

/** Builds the whole HTTP application: middleware, API, pages, errors. Nothing here opens the database. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, logger } = deps;
  const app = new Hono<AppEnv>();

  app.use(requestContext(logger));
  app.use(securityHeaders({ secure: config.secure }));
  // Compression for clients that ask for it; the page cache answers them with ready-compressed pages.
  const compression = compress();
  app.use((c, next) => (c.req.header('accept-encoding') ? compression(c, next) : next()));

  // Static files under content-hashed names: cached for a year.
  app.get('/static/:file', (c) => {
    const asset = assets.byUrl.get(c.req.path);
    if (!asset) return c.notFound();
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  app.get('/favicon.ico', (c) => {
    const asset = assets.byName.get('favicon.svg');
    if (!asset) return c.notFound();
    return c.body(new Uint8Array(asset.body), 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=86400',
    });
  });
  app.get('/robots.txt', (c) => c.text('User-agent: *\nAllow: /\n'));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const ready = await deps.readiness();
    const ok = ready.database && ready.migrations;
    return c.json({ status: ok ? 'ready' : 'not ready', ...ready }, ok ? 200 : 503);
  });

  // Paths with a trailing slash redirect to the same path without it.
  app.use(async (c, next) => {
    const path = c.req.path;
    if (path.length > 1 && path.endsWith('/') && c.req.method === 'GET') {
      const url = new URL(c.req.url);
      return c.redirect(`${path.replace(/\/+$/, '')}${url.search}`, 301);
    }
    await next();
  });

  // better-auth's own endpoints (JSON), for the account pages and API clients. It refuses foreign origins.
  app.on(['GET', 'POST'], '/api/auth/*', (c) => deps.auth.handler(authRequest(c)));

  const api = createApi(deps);
  app.use('/api/v1/*', sessionLoader(deps));
  app.route('/api/v1', api);
  const openApiDoc = () => api.getOpenAPI31Document({ openapi: '3.1.0', info: apiInfo }) as unknown as OpenApiDoc;
  app.get('/api/docs', (c) => c.redirect(`/${preferredLang(c)}/api-docs`, 302));
  // OAI-PMH for harvesters of the library (outside the language prefixes and the CSRF check: it only reads).
  app.route('/', createOaiRoutes(deps));

  app.get('/', (c) => {
    c.header('vary', 'Accept-Language, Cookie');
    return c.redirect(`/${preferredLang(c)}`, 302);
  });

  const web = createWebRoutes(deps, openApiDoc);
  const account = createAccountRoutes(deps);
  const areaRoutes: Hono<AppEnv>[] = [createAdminRoutes(deps)];
  areaRoutes.push(createOrganisationRoutes(deps));
  areaRoutes.push(createCallRoutes(deps), createCallAdminRoutes(deps));
  areaRoutes.push(createSchoolRoutes(deps));
  areaRoutes.push(createScreeningRoutes(deps));
  areaRoutes.push(createApplicationRoutes(deps));
  const applicationLimit = applicationUploadLimit(deps);
  const libraryFileLimit = libraryFileUploadLimit(deps);
  areaRoutes.push(createFiguresRoutes(deps));
  areaRoutes.push(createLibraryRoutes(deps), createLibraryCurationRoutes(deps));
  const importStatus = libraryImportStatus(deps);
  const loadSession = sessionLoader(deps);
  const checkCsrf = csrfProtection({ baseUrl: config.baseUrl });
  for (const lang of languages) {
    app.use(`/${lang}/*`, async (c, next) => {
      c.set('lang', lang);
      if (getCookie(c, LANG_COOKIE) !== lang) {
        setCookie(c, LANG_COOKIE, lang, {
          path: '/',
          maxAge: YEAR,
          sameSite: 'Lax',
          httpOnly: true,
          secure: config.secure,
        });
      }
      await next();
    });
    // The school import's size limit applies before anything reads the body (the CSRF check does).
    app.use(`/${lang}/admin/schools/import`, schoolUploadLimit);
    app.use(`/${lang}/applications/*`, applicationLimit);
    // The library import: the same size limit before the body is read; its progress answered without the database.
    app.use(`/${lang}/library/manage/import`, libraryUploadLimit);
    app.get(`/${lang}/library/manage/import/:id/status`, importStatus);
    app.use(`/${lang}/library/manage/records/:id/file`, libraryFileLimit);
    app.use(`/${lang}/*`, loadSession, checkCsrf);
    app.route(`/${lang}`, account);
    // Routes of further areas (organisations, administration ...) are mounted here, before the public pages.
    for (const area of areaRoutes) app.route(`/${lang}`, area);
    app.route(`/${lang}`, web);
  }

  app.notFound((c) => {
    const lang = langOfPath(c);
    if (isApi(c)) {
      return problemResponse(c, {
        type: 'about:blank',
        title: catalogues[lang]['problem.NOT_FOUND'],
        status: 404,
        code: 'NOT_FOUND',
        instance: c.req.path,
        requestId: c.get('requestId'),
      });
    }
    return sendPage(c, <ErrorPage view={createView(lang, '/')} status={404} />, 404);
  });

  app.onError((error, c) => {
    const lang = langOfPath(c);
    const known = error instanceof DomainError;
    const status = known ? statusOf[error.code] : 500;
    const titleKey: MessageKey = known ? `problem.${error.code}` : 'problem.INTERNAL';
    if (!known) c.get('log')?.error({ err: error }, 'unhandled error');
    if (error instanceof UnavailableError) c.header('retry-after', String(error.retryAfterSeconds));
    if (isApi(c)) {
      return problemResponse(c, {
        type: 'about:blank',
        title: catalogues[lang][titleKey],
        status,
        code: known ? error.code : 'INTERNAL',
        ...(known ? { detail: error.message } : {}),
        ...(known && error.fields.length ? { errors: error.fields } : {}),
        instance: c.req.path,
        requestId: c.get('requestId'),
      });
    }
    if (known && error.code === 'UNAUTHENTICATED') return c.redirect(`/${lang}/sign-in`, 303);
    const page = status === 404 || status === 403 || status === 503 ? status : 500;
    return sendPage(
      c,
      <ErrorPage
        view={createView(lang, '/')}
        status={page}
        requestId={page === 500 ? c.get('requestId') : undefined}
      />,
      page,
    );
  });

  return app;
}
