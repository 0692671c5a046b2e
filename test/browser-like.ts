import type { Hono } from 'hono';

/**
 * A minimal client for `app.request()` tests that keeps cookies between requests, as a browser would, and fills
 * forms with the CSRF token of the page they came from.
 */
export class Visitor {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: Hono<never> | { request: Hono['request'] },
    private readonly origin = 'http://localhost:3000',
  ) {}

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.app.request(path, { headers: { cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    return res;
  }

  /** Posts a form as a browser does, with the CSRF token from the cookie unless `csrf` says otherwise. */
  async post(
    path: string,
    fields: Record<string, string>,
    options: { csrf?: string; origin?: string; headers?: Record<string, string> } = {},
  ) {
    const body = new URLSearchParams({ _csrf: options.csrf ?? this.cookies.get('accroche.csrf') ?? '', ...fields });
    const res = await this.app.request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: options.origin ?? this.origin,
        cookie: this.cookieHeader(),
        ...options.headers,
      },
      body: body.toString(),
    });
    this.remember(res);
    return res;
  }

  /** Posts a multipart form with files, as a browser does for a form with `enctype="multipart/form-data"`. */
  async postMultipart(path: string, fields: Record<string, string>, files: Record<string, File>) {
    const body = new FormData();
    body.set('_csrf', this.cookies.get('accroche.csrf') ?? '');
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    for (const [k, f] of Object.entries(files)) body.append(k, f);
    const res = await this.app.request(path, {
      method: 'POST',
      headers: { origin: this.origin, cookie: this.cookieHeader() },
      body,
    });
    this.remember(res);
    return res;
  }
}
