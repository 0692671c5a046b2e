import type { MiddlewareHandler } from 'hono';
import type { FieldProblem } from '../../core/errors.ts';
import type { AppEnv, Ctx } from '../env.ts';

/** Why a request was refused before any route saw it. */
export interface InputRefusal {
  status: 400;
  /** `unreadable`: the body cannot be parsed; `character`: a field holds a NUL or an unpaired surrogate. */
  reason: 'unreadable' | 'character';
  fields: FieldProblem[];
}

/** NUL (PostgreSQL text cannot hold it) and UTF-16 halves without their pair (no valid UTF-8 exists for them). */
const unpaired = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const hasForbiddenCharacter = (text: string) => text.includes('\0') || unpaired.test(text);

const maxDepth = 64;

/** Every field whose name or text holds a forbidden character, by its dotted path; null past `maxDepth`. */
function badFields(value: unknown): string[] | null {
  const found: string[] = [];
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length) {
    const [item, path, depth] = stack.pop() as [unknown, string, number];
    if (depth > maxDepth) return null;
    if (typeof item === 'string') {
      if (hasForbiddenCharacter(item)) found.push(path || '(body)');
    } else if (Array.isArray(item)) {
      item.forEach((v, i) => {
        stack.push([v, path ? `${path}.${i}` : String(i), depth + 1]);
      });
    } else if (item instanceof File) {
      if (hasForbiddenCharacter(item.name)) found.push(path);
    } else if (item && typeof item === 'object') {
      for (const [k, v] of Object.entries(item)) {
        const at = path ? `${path}.${k}` : k;
        if (hasForbiddenCharacter(k)) found.push(at);
        else stack.push([v, at, depth + 1]);
      }
    }
  }
  return found.sort();
}

const mediaType = (c: Ctx) => (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
const isJson = (type: string) => type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
const isForm = (type: string) => type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded';
/** Whether the request carries a body (a `Content-Length: 0` counts as none). */
export const sendsBody = (c: Ctx) => c.req.raw.body !== null && c.req.header('content-length') !== '0';

/**
 * Refuses, before any route reads it, input that no route can use: a query or form field with a NUL byte or an
 * unpaired surrogate (PostgreSQL would fail on it), and a form or JSON body that cannot be parsed (truncated
 * multipart, malformed JSON, nesting past 64 levels). The parsed form is cached by Hono, so the CSRF check and the
 * handler read it without parsing again. (A body other than JSON on a JSON API route is the API guard's 415.)
 */
export function inputCheck(options: {
  /** API paths that take something other than JSON (file uploads, CSV): their bodies are the route's to read. */
  acceptsNonJson: (path: string) => boolean;
  refuse: (c: Ctx, refusal: InputRefusal) => Response | Promise<Response>;
}): MiddlewareHandler<AppEnv> {
  const character = (c: Ctx, names: string[]) =>
    options.refuse(c, {
      status: 400,
      reason: 'character',
      fields: names.map((field) => ({ field, message: 'forbidden character' })),
    });
  const unreadable = (c: Ctx) => options.refuse(c, { status: 400, reason: 'unreadable', fields: [] });
  return async (c, next) => {
    const query = c.req.url.indexOf('?');
    if (query >= 0) {
      const names: string[] = [];
      for (const [k, v] of new URLSearchParams(c.req.url.slice(query + 1))) {
        if (hasForbiddenCharacter(k) || hasForbiddenCharacter(v)) names.push(k);
      }
      if (names.length) return character(c, names);
    }
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) || !sendsBody(c)) return next();
    const type = mediaType(c);
    const uploadRoute = c.req.path.startsWith('/api/v1/') && options.acceptsNonJson(c.req.path);
    if (isJson(type) && !uploadRoute) {
      let parsed: unknown;
      try {
        const text = await c.req.text();
        // Hand the text back as the body, for handlers that read the raw request (better-auth).
        c.req.raw = new Request(c.req.raw, { body: text });
        // An empty body is left to the route: some take none, the others' validators refuse it.
        if (!text.trim()) return next();
        parsed = JSON.parse(text);
      } catch {
        return unreadable(c);
      }
      const names = badFields(parsed);
      if (names === null) return unreadable(c);
      if (names.length) return character(c, names);
    } else if (isForm(type)) {
      let form: unknown;
      try {
        form = await c.req.parseBody({ all: true });
      } catch {
        return unreadable(c);
      }
      const names = badFields(form);
      if (names === null) return unreadable(c);
      if (names.length) return character(c, names);
    }
    return next();
  };
}
