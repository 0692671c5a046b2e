import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { platformRoles, staffRoles } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { ProblemSchema } from './problem-schema.ts';

/** The signed-in person as the API describes them. */
export const Me = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    lang: z.enum(['fr', 'nl', 'en']),
    roles: z
      .array(z.enum(platformRoles))
      .openapi({ description: 'The roles that count now (staff roles only once two-step verification is on).' }),
    pendingRoles: z.array(z.enum(staffRoles)).openapi({
      description: 'Staff roles held but inactive until two-step verification is on; empty once it is.',
    }),
    municipality: z.string().nullable().openapi({ description: 'NIS code, for a coordinator.' }),
  })
  .openapi('Me');

/** `GET /api/v1/me`: who the session cookie belongs to; 401 problem details without one. */
export function registerMeRoutes(api: OpenAPIHono<AppEnv>): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Accounts'],
      summary: 'The signed-in person',
      description: 'Sign in through /api/auth/sign-in/email first; the session cookie identifies you.',
      responses: {
        200: { description: 'The signed-in person.', content: { 'application/json': { schema: Me } } },
        401: { description: 'Not signed in.', content: { 'application/problem+json': { schema: ProblemSchema } } },
      },
    }),
    (c) => {
      const user = c.get('user');
      if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
      const { sessionToken: _token, ...me } = user;
      return c.json(Me.parse(me), 200);
    },
  );
}
