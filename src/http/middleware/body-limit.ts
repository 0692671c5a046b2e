import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLang } from '../../core/i18n/index.ts';
import type { AppEnv, Ctx } from '../env.ts';

/** A route that takes more than the general limit (an upload), with its own answer when the limit is passed. */
export interface LargeBodyRoute {
  /** Matched against the whole path, language prefix included. */
  pattern: RegExp;
  maxBytes: number;
  /** The answer past the limit; the general one when absent. */
  onError?: (c: Ctx) => Response | Promise<Response>;
}

/**
 * One size limit for every request body, applied first, before the session, CSRF or API middleware reads
 * anything: the `Content-Length` when there is one, else the bytes as they stream in, so a client can never make
 * the server hold more than the limit. Upload routes name their larger limits in one table. The answer closes
 * the connection, so the rest of an oversized body is not read either.
 */
export function requestBodyLimit(options: {
  maxBytes: number;
  routes: LargeBodyRoute[];
  onError: (c: Ctx, maxBytes: number) => Response | Promise<Response>;
}): MiddlewareHandler<AppEnv> {
  const closing = (answer: (c: Ctx) => Response | Promise<Response>) => async (c: Ctx) => {
    const res = await answer(c);
    res.headers.set('connection', 'close');
    return res;
  };
  const general = bodyLimit({
    maxSize: options.maxBytes,
    onError: closing((c) => options.onError(c, options.maxBytes)),
  });
  const large = options.routes.map((route) => ({
    pattern: route.pattern,
    check: bodyLimit({
      maxSize: route.maxBytes,
      onError: closing((c) => (route.onError ? route.onError(c) : options.onError(c, route.maxBytes))),
    }),
  }));
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // The answer may be a page: it is in the language of the path, before the language middleware has run.
    const prefix = c.req.path.split('/')[1];
    if (isLang(prefix)) c.set('lang', prefix);
    const route = large.find((r) => r.pattern.test(c.req.path));
    return (route ? route.check : general)(c, next);
  };
}
