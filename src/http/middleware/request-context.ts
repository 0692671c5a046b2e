import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../core/logger.ts';
import type { AppEnv } from '../env.ts';

const acceptableId = /^[\w.:-]{8,64}$/;

/**
 * Gives each request an id (the caller's `X-Request-Id` when it is sane, else a new UUID), sends it back, and
 * writes one log line per request with it. Handlers that log more use `c.get('log')`, a child logger that
 * carries the id.
 */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const id = incoming && acceptableId.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    c.set('log', logger.child({ reqId: id }));
    c.header('x-request-id', id);
    await next();
    if (logger.isLevelEnabled('info')) {
      logger.info(
        {
          reqId: id,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    }
  };
}
