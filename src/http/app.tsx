import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { DomainError, type ErrorCode, statusOf, UnavailableError } from '../core/errors.ts';
import { catalogues, languages, type MessageKey, translator } from '../core/i18n/index.ts';
import { assets } from '../web/assets.ts';
import { ErrorPage, type ErrorStatus } from '../web/pages/error.tsx';
import { createView } from '../web/view.ts';
import { apiOf } from './api/index.ts';
import { authRequest } from './auth-bridge.ts';
import { type AppEnv, type AppOptions, type Ctx, completeDeps } from './env.ts';
import { apiLang, isApi, LANG_COOKIE, langOfPath, preferredLang } from './lang.ts';
import { acceptsNonJson, generalTooLarge, largeBodyRoutes } from './large-bodies.tsx';
import { requestBodyLimit } from './middleware/body-limit.ts';
import { csrfProtection, csrfToken } from './middleware/csrf.ts';
import { type InputRefusal, inputCheck, sendsBody } from './middleware/input-check.ts';
import { requestContext } from './middleware/request-context.ts';
import { signInUrl } from './middleware/require-user.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { sessionLoader } from './middleware/session.ts';
import { createOaiRoutes } from './oai.ts';
import { createPages } from './pages/index.ts';
import { libraryImportStatus } from './pages/library-import/routes.tsx';
import { sendPage } from './pages/page.ts';
import { localizedProblem, problemResponse } from './problem.ts';

const YEAR = 365 * 24 * 3600;

/** The page or problem that refuses input no route can use (see middleware/input-check.ts). */
function refuseInput(c: Ctx, refusal: InputRefusal): Response | Promise<Response> {
  const api = isApi(c);
  const t = translator(api ? apiLang(c) : langOfPath(c));
  const fields = refusal.fields.map((f) => ({ field: f.field, message: t('input.badCharacter') }));
  const detail = refusal.reason === 'unreadable' ? t('problem.unreadableBody') : undefined;
  if (api) {
    const problem = { status: refusal.status, code: 'BAD_REQUEST', title: 'problem.BAD_REQUEST' as const };
    return localizedProblem(c, apiLang(c), { ...problem, detail, errors: fields });
  }
  const view = createView(langOfPath(c), '/');
  return sendPage(c, <ErrorPage view={view} status={400} detail={detail} fields={fields} />, 400);
}

/** The error page whose text fits a status (the response keeps the true status). */
const pageStatusOf = (status: number): ErrorStatus =>
  status === 400 || status === 403 || status === 404 || status === 413 || status === 503
    ? status
    : status < 500
      ? 400
      : 500;

const httpCodes: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
};

/**
 * What the client got wrong, as a domain error: the verbs' own, a verb's zod schema refusing its input (a
 * hand-made request, not our forms), or Hono's exceptions below 500 (a body its validator cannot parse), which
 * keep their status. Anything else is ours: null, a 500.
 */
function asDomainError(thrown: Error, unreadable: string): DomainError | null {
  if (thrown instanceof DomainError) return thrown;
  if (thrown instanceof ZodError) {
    const fields = thrown.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    return new DomainError('VALIDATION', 'The data sent is not valid', fields);
  }
  if (thrown instanceof HTTPException && thrown.status < 500) {
    const code = httpCodes[thrown.status] ?? 'BAD_REQUEST';
    return new DomainError(code, code === 'BAD_REQUEST' ? unreadable : thrown.message);
  }
  return null;
}

/** Builds the whole HTTP application: middleware, API, pages, errors. Nothing here opens the database. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps = completeDeps(options);
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

  // Every body is bounded before anything reads it, then input no route can use is refused (both for any path).
  const largeBodies = largeBodyRoutes(deps);
  app.use(requestBodyLimit({ maxBytes: config.requestMaxBytes, routes: largeBodies, onError: generalTooLarge }));
  app.use(inputCheck({ acceptsNonJson: acceptsNonJson(largeBodies), refuse: refuseInput }));

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
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => {
    // Its endpoints read JSON only (a form body makes it fail): anything else is refused here.
    const type = c.req.header('content-type') ?? '';
    if (c.req.method === 'POST' && sendsBody(c) && !/^application\/json\b/i.test(type)) {
      const l = apiLang(c);
      const detail = catalogues[l]['problem.sendJson'];
      return localizedProblem(c, l, {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        title: 'problem.UNSUPPORTED_MEDIA_TYPE',
        detail,
      });
    }
    const res = await deps.auth.handler(authRequest(c));
    // Its rate limiter names the wait in X-Retry-After only: clients and proxies read the standard header.
    const wait = res.headers.get('x-retry-after');
    if (res.status === 429 && wait && !res.headers.has('retry-after')) {
      const headers = new Headers(res.headers);
      headers.set('retry-after', wait);
      return new Response(res.body, { status: 429, statusText: res.statusText, headers });
    }
    return res;
  });

  app.use('/api/v1/*', sessionLoader(deps));
  app.route('/api/v1', apiOf(deps));
  app.get('/api/docs', (c) => c.redirect(`/${preferredLang(c)}/api-docs`, 302));
  // OAI-PMH for harvesters of the library (outside the language prefixes and the CSRF check: it only reads).
  app.route('/', createOaiRoutes(deps));

  app.get('/', (c) => {
    c.header('vary', 'Accept-Language, Cookie');
    return c.redirect(`/${preferredLang(c)}`, 302);
  });

  // The pages of every area (pages/index.ts), and the library import's progress, answered without the session or
  // the database (mounted ahead of the session middleware).
  const pages = createPages(deps);
  const sessionless = libraryImportStatus(deps);
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
    app.route(`/${lang}`, sessionless);
    app.use(`/${lang}/*`, loadSession, checkCsrf);
    app.route(`/${lang}`, pages);
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

  app.onError((thrown, c) => {
    const lang = langOfPath(c);
    const l = c.req.path.startsWith('/api/') ? apiLang(c) : lang;
    const known = asDomainError(thrown, catalogues[l]['problem.unreadableBody']);
    const status = known ? statusOf[known.code] : 500;
    const titleKey: MessageKey = known ? `problem.${known.code}` : 'problem.INTERNAL';
    if (!known) c.get('log')?.error({ err: thrown }, 'unhandled error');
    if (thrown instanceof UnavailableError) c.header('retry-after', String(thrown.retryAfterSeconds));
    if (isApi(c)) {
      return problemResponse(c, {
        type: 'about:blank',
        title: catalogues[l][titleKey],
        status,
        code: known ? known.code : 'INTERNAL',
        ...(known ? { detail: known.message } : {}),
        ...(known?.fields.length ? { errors: known.fields } : {}),
        instance: c.req.path,
        requestId: c.get('requestId'),
      });
    }
    if (known?.code === 'UNAUTHENTICATED') return c.redirect(signInUrl(lang), 303);
    // The page's text is the nearest of those we have; the status stays the true one (409, 412, 422 ...).
    const page = pageStatusOf(status);
    // A signed-in person keeps their header (and, for staff without two-step verification, the notice why).
    const user = c.get('user');
    if (user) c.header('cache-control', 'no-store');
    return sendPage(
      c,
      <ErrorPage
        view={createView(lang, '/', user ? { user, csrf: csrfToken(c, config.secure) } : {})}
        status={page}
        requestId={page === 500 ? c.get('requestId') : undefined}
      />,
      status,
    );
  });

  return app;
}
