import type { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { PlatformRole } from '../../core/context.ts';
import { catalogues, negotiateLang } from '../../core/i18n/index.ts';
import { staffWithoutTwoFactor } from '../admin.tsx';
import type { AppDeps, AppEnv } from '../env.ts';
import { acceptsNonJson, largeBodyRoutes } from '../large-bodies.tsx';
import { problemResponse } from '../problem.ts';
import { ProblemSchema } from './problem-schema.ts';

/** An OpenAPI response with a JSON body. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** An OpenAPI request body in JSON, required. */
export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** An OpenAPI problem-details response (RFC 9457). */
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The session cookie, as operations name it in `security`. */
export const security = [{ session: [] }];

export interface GuardOptions {
  /** Who needs a session: everyone (default), or only writers (reads are public). */
  signIn?: 'all' | 'writes';
  /** The platform roles that may write (POST, PUT, PATCH, DELETE); any signed-in person when absent. */
  writers?: readonly PlatformRole[];
  /**
   * Writes must send JSON, even with no body: anything else is refused with 415 before the body is read. Without
   * it, a write that sends a body must send JSON, except on the upload routes.
   */
  json?: boolean;
  /** Staff (officers, admins) must have two-step verification on, as on the pages. */
  staffTwoFactor?: boolean;
}

const reads = ['GET', 'HEAD', 'OPTIONS'];

/**
 * The checks in front of an API area, in order: a write naming another site as its Origin (or sent cross-site)
 * is refused, since the session cookie would travel with a forged request; then the session, the writer's role,
 * the body's type, and two-step verification for staff. Each refusal is a problem document in the caller's
 * language (Accept-Language).
 */
export function apiGuard(deps: AppDeps, options: GuardOptions = {}): MiddlewareHandler<AppEnv> {
  const own = new URL(deps.config.baseUrl).origin;
  const takesNonJson = acceptsNonJson(largeBodyRoutes(deps));
  return async (c, next) => {
    const write = !reads.includes(c.req.method);
    if (!write && options.signIn === 'writes') return next();
    const lang = negotiateLang(c.req.header('accept-language')) ?? 'en';
    const t = catalogues[lang];
    const refuse = (status: 401 | 403 | 415, code: string, detail: string) =>
      problemResponse(c, {
        type: 'about:blank',
        title:
          status === 401
            ? t['org.api.unauthorized']
            : status === 403
              ? t['problem.FORBIDDEN']
              : t['problem.BAD_REQUEST'],
        status,
        code,
        detail,
        instance: c.req.path,
        requestId: c.get('requestId'),
      });
    if (write) {
      const origin = c.req.header('origin');
      const foreign = origin !== undefined && origin !== own && origin !== new URL(c.req.url).origin;
      if (foreign || c.req.header('sec-fetch-site') === 'cross-site') {
        return refuse(403, 'FORBIDDEN', t['org.api.foreignOrigin']);
      }
    }
    const user = c.get('user');
    if (!user) return refuse(401, 'UNAUTHENTICATED', t['org.api.unauthorizedDetail']);
    if (write && options.writers && !user.roles.some((r) => options.writers?.includes(r as PlatformRole))) {
      return refuse(403, 'FORBIDDEN', `Only ${options.writers.join(' and ')} may do this`);
    }
    // JSON routes take JSON only; a body of another type goes only to the upload routes (files, CSV).
    const sendsBody = c.req.raw.body !== null && c.req.header('content-length') !== '0';
    const jsonOnly = options.json || (sendsBody && !takesNonJson(c.req.path));
    if (write && jsonOnly && !/^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', t['problem.sendJson']);
    }
    if (options.staffTwoFactor && staffWithoutTwoFactor(user)) {
      return refuse(403, 'FORBIDDEN', 'Turn on two-step verification first');
    }
    return next();
  };
}
