import { DEMO_TOTP_KEY } from '../src/cli/demo-two-factor.ts';
import { totpCode } from '../test/totp-code.ts';

/** A client for a real server: cookies kept, forms posted with the CSRF token of the cookie, JSON for the API. */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  constructor(public base: string) {}

  private async send(pathname: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
    const res = await fetch(this.base + pathname, {
      ...init,
      redirect: 'manual',
      headers: {
        origin: this.base,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...init.headers,
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return res;
  }

  /**
   * A GET, sent again once when the connection it went out on was being closed by the server (a kept-alive
   * connection reaching its idle timeout as the request leaves), as browsers do for requests that change nothing.
   */
  get(pathname: string) {
    return this.send(pathname).catch((error: Error & { cause?: { code?: string } }) => {
      if (error.cause?.code !== 'ECONNRESET') throw error;
      return this.send(pathname);
    });
  }

  postForm(pathname: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ _csrf: this.cookies.get('accroche.csrf') ?? '', ...fields });
    return this.send(pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  postFile(pathname: string, fields: Record<string, string>, file: File) {
    const body = new FormData();
    body.set('_csrf', this.cookies.get('accroche.csrf') ?? '');
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append('file', file);
    return this.send(pathname, { method: 'POST', body });
  }

  json(method: 'POST' | 'PUT', pathname: string, value: unknown, headers: Record<string, string> = {}) {
    return this.send(pathname, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(value),
    });
  }

  /**
   * Signs in through the sign-in page, as a person does; staff demo accounts then give the code of the demo
   * two-step key, as the person's phone would.
   */
  async signIn(email: string, password: string): Promise<void> {
    await this.get('/en/sign-in');
    const res = await this.postForm('/en/sign-in', { email, password });
    if (res.status !== 303) throw new Error(`sign-in of ${email} answered ${res.status}`);
    const next = new URL(res.headers.get('location') ?? '', this.base || 'http://localhost');
    if (!next.pathname.endsWith('/sign-in/two-factor')) return;
    const step = `${next.pathname}${next.search}`;
    await this.get(step);
    const code = await this.postForm(step, { code: totpCode(DEMO_TOTP_KEY) });
    if (code.status !== 303) throw new Error(`two-step code of ${email} answered ${code.status}`);
  }
}

/**
 * Signs a staff member in through the pages and turns on two-step verification through the account pages, as a
 * person with an authenticator app would (staff roles count only with it on); returns the signed-in client.
 */
export async function signInTurningOnTwoFactor(base: string, email: string, password: string): Promise<HttpClient> {
  const client = new HttpClient(base);
  await client.get('/fr/sign-in');
  const signedIn = await client.postForm('/fr/sign-in', { email, password });
  if (signedIn.status !== 303) throw new Error(`sign-in of ${email} answered ${signedIn.status}`);
  await client.get('/fr/account');
  const setup = await client.postForm('/fr/account/two-factor/enable', { tfaPassword: password });
  const uri = (await setup.text()).match(/href="(otpauth:\/\/[^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
  const secret = uri ? new URL(uri).searchParams.get('secret') : null;
  if (!uri || !secret) throw new Error('two-step set-up page without its key');
  const verified = await client.postForm('/fr/account/two-factor/verify', { code: totpCode(secret), totpUri: uri });
  if (verified.status !== 303) throw new Error(`two-step confirmation answered ${verified.status}`);
  return client;
}

/** The client's cookies, for a browser context (`context.addCookies`). */
export const cookiesFor = (client: HttpClient) =>
  [...client.cookies].map(([name, value]) => ({ name, value, url: client.base }));
