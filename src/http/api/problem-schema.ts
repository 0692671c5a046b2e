import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details, as the API returns them for every error. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().openapi({ example: 'BAD_REQUEST' }),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem');

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

export const problemResponses = {
  400: { description: 'Malformed parameters.', content: problemContent },
  404: { description: 'Not found.', content: problemContent },
} as const;

/** The answer of a route whose work waits in a bounded queue: too busy now, try again after `Retry-After`. */
export const busyResponse = {
  503: {
    description: 'Too many requests are waiting; try again after the seconds in `Retry-After`.',
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait before trying again.' } },
    content: problemContent,
  },
} as const;
