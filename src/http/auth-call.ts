import { CLIENT_IP_HEADER } from '../domain/identity/index.ts';
import { clientIp } from './auth-bridge.ts';
import type { AppDeps, Ctx } from './env.ts';

/**
 * Calls one of better-auth's endpoints on behalf of a form, through its full HTTP pipeline (rate limits, origin
 * check, hooks), exactly as an API client would: the form's own CSRF check has already passed.
 */
export async function callAuth(
  c: Ctx,
  deps: AppDeps,
  path: string,
  body?: Record<string, unknown>,
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const headers = new Headers({
    origin: deps.config.baseUrl,
    'x-request-id': c.get('requestId'),
    [CLIENT_IP_HEADER]: clientIp(c),
  });
  for (const name of ['cookie', 'user-agent', 'accept-language']) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  if (body) headers.set('content-type', 'application/json');
  const res = await deps.auth.handler(
    new Request(`${deps.config.baseUrl}/api/auth${path}`, {
      method: body ? 'POST' : 'GET',
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
  );
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = {};
  }
  return { status: res.status, json, headers: res.headers };
}

/** Copies the cookies better-auth set (session start or end) onto our own response. */
export function forwardCookies(c: Ctx, from: Headers): void {
  for (const cookie of from.getSetCookie()) c.header('set-cookie', cookie, { append: true });
}
