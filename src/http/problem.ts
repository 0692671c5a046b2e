import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldProblem } from '../core/errors.ts';
import { catalogues, type Lang, type MessageKey } from '../core/i18n/index.ts';

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Extension: a machine-readable code (NOT_FOUND, VALIDATION ...). */
  code: string;
  /** Extension: the fields at fault, for a 400 or 422. */
  errors?: FieldProblem[];
  requestId?: string;
}

/** A problem details response with its media type, built through the context so it keeps the common headers. */
export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}

/**
 * A problem details response in a language: the title from the catalogue, the request's path as its instance and
 * its request id.
 */
export function localizedProblem(
  c: Context,
  lang: Lang,
  problem: { status: number; code: string; title: MessageKey; detail?: string | undefined; errors?: FieldProblem[] },
): Response {
  return problemResponse(c, {
    type: 'about:blank',
    title: catalogues[lang][problem.title],
    status: problem.status,
    code: problem.code,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
    instance: c.req.path,
    requestId: c.get('requestId'),
  });
}
