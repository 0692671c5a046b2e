/** The kinds of failure a verb can report; `http/app.ts` maps each to an HTTP status in one place. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'VALIDATION'
  | 'PRECONDITION_FAILED'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAVAILABLE';

/** A field-level problem, e.g. from zod, kept so that forms and API clients can point at the field. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A failure that the domain expects and that the user can understand; everything else is a bug (500). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * The server is too busy to take this request now (a bounded queue is full, or the request waited in it too long);
 * the client may try again after `retryAfterSeconds` (sent as `Retry-After`).
 */
export class UnavailableError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('UNAVAILABLE', message);
    this.name = 'UnavailableError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
export const badRequest = (message: string, fields: FieldProblem[] = []) =>
  new DomainError('BAD_REQUEST', message, fields);

/** HTTP status of each domain error code. */
export const statusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 422 | 503> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  VALIDATION: 422,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
};
