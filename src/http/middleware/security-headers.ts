import type { MiddlewareHandler } from 'hono';

/**
 * The security headers of every response, computed once at start-up: building them per request cost a third of
 * the throughput of a small page. CSP without 'unsafe-inline'; HSTS only when the site is served over https.
 */
export function securityHeaders(options: { secure: boolean }): MiddlewareHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.secure ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  const headers: [string, string][] = [
    ['content-security-policy', csp],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ];
  if (options.secure) headers.push(['strict-transport-security', 'max-age=63072000; includeSubDomains']);
  // Set before the handler runs, so that they travel with every response built through the context (c.html,
  // c.json, c.body, c.redirect) without reading the finished response back.
  return async (c, next) => {
    for (const [name, value] of headers) c.header(name, value);
    await next();
  };
}
