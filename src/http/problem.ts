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

/** A problem details response with its media type. */
export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}
