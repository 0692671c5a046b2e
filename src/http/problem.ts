import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldProblem } from '../core/errors.ts';

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
