import type { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { PlatformRole, StaffRole } from '../../core/context.ts';
import { catalogues, negotiateLang } from '../../core/i18n/index.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { acceptsNonJson, largeBodyRoutes } from '../large-bodies.tsx';
import { sendsBody } from '../middleware/input-check.ts';
import { awaitingTwoFactor } from '../middleware/two-factor.ts';
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
  /**
   * The staff roles this area is for, reads included. Someone holding one that waits for two-step verification
   * is told so (403 `TWO_FACTOR_REQUIRED`) instead of being answered as the applicant they count as meanwhile.
   */
  staff?: readonly StaffRole[];
}

const reads = ['GET', 'HEAD', 'OPTIONS'];

/**
 * The checks in front of an API area, in order: a write naming another site as its Origin (or sent cross-site)
 * is refused, since the session cookie would travel with a forged request; then the session, a staff role waiting
 * for two-step verification, the writer's role and the body's type. Each refusal is a problem document in the
 * caller's language (Accept-Language).
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
    // A staff role that does not count yet: say what to do about it rather than a bare refusal.
    const needed: readonly PlatformRole[] | undefined = options.staff ?? (write ? options.writers : undefined);
    const counts = needed && user.roles.some((r) => needed.includes(r as PlatformRole));
    if (needed && !counts && awaitingTwoFactor(user, needed)) {
      return refuse(403, 'TWO_FACTOR_REQUIRED', t['tfa.requiredDetail']);
    }
    if (write && options.writers && !user.roles.some((r) => options.writers?.includes(r as PlatformRole))) {
      return refuse(403, 'FORBIDDEN', `Only ${options.writers.join(' and ')} may do this`);
    }
    // JSON routes take JSON only; a body of another type goes only to the upload routes (files, CSV).
    const jsonOnly = options.json || (sendsBody(c) && !takesNonJson(c.req.path));
    if (write && jsonOnly && !/^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', t['problem.sendJson']);
    }
    return next();
  };
}
