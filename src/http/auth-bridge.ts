import { getConnInfo } from '@hono/node-server/conninfo';
import { CLIENT_IP_HEADER } from '../domain/identity/index.ts';
import type { Ctx } from './env.ts';

/** The client's socket address (no proxy header is trusted); `unknown` when there is no socket (tests). */
export function clientIp(c: Ctx): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Headers to hand to better-auth for this request: the caller's own, with our request id and the client's
 * address in a header that the caller cannot set (any incoming copy is replaced).
 */
export function authHeaders(c: Ctx): Headers {
  const headers = new Headers(c.req.raw.headers);
  headers.set(CLIENT_IP_HEADER, clientIp(c));
  headers.set('x-request-id', c.get('requestId'));
  return headers;
}

/** The incoming request, re-addressed to better-auth with the headers above. */
export function authRequest(c: Ctx): Request {
  return new Request(c.req.raw, { headers: authHeaders(c) });
}
