import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { badRequest } from '../../core/errors.ts';
import {
  createOrganisation,
  getOrganisation,
  InvalidInput,
  Invitation,
  InvitationInput,
  inputProblems,
  inviteMember,
  leaveOrganisation,
  listMembers,
  listMyOrganisations,
  listOrganisations,
  Member,
  Organisation,
  OrganisationInput,
  OrganisationPatch,
  OrganisationSearch,
  organisationPolicy,
  removeMember,
  updateOrganisation,
} from '../../domain/organisations/index.ts';
import { type AppDeps, type AppEnv, domainContext } from '../env.ts';
import { apiGuard, body, json, problem, security } from './guard.ts';

const problems = {
  401: problem('Not signed in.'),
  403: problem('Signed in, but not allowed (for example a member who is not an owner), or a foreign Origin.'),
  404: problem('No such organisation, or the caller is not a member of it (the two look the same).'),
};
const tags = ['Organisations'];

const Id = z
  .string()
  .max(64)
  .openapi({ param: { name: 'id', in: 'path' }, example: '0b6a3c1e-8f0e-4b8e-9d39-6c1f0a2b9e11' });
const UserId = z
  .string()
  .max(64)
  .openapi({ param: { name: 'userId', in: 'path' } });

/**
 * Validation of a route's input: a body that fails its schema is refused like the verbs refuse it (422, every field
 * with its reason), malformed parameters with 400. The validator hands the raw value along (`data`) even though the
 * hook's type leaves it out, which tells a blank field from a wrong one.
 */
const validation = (result: { success: boolean; target: string; data?: unknown; error?: z.ZodError }): undefined => {
  if (result.success || !result.error) return undefined;
  if (result.target === 'json') throw new InvalidInput(inputProblems(result.error, result.data));
  const fields = result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  throw badRequest('One or more parameters are not valid', fields);
};

/** Organisations, their members and invitations: for signed-in people, through the session cookie. */
export function registerOrganisationRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'accroche.session_token',
    description: 'The session cookie set by signing in (/api/auth/sign-in/email).',
  });
  api.use('/organisations', apiGuard(deps));
  api.use('/organisations/*', apiGuard(deps));

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      tags,
      security,
      summary: 'The caller’s organisations; every organisation for officers and admins',
      request: { query: OrganisationSearch },
      responses: {
        200: json(z.object({ data: z.array(Organisation) }).openapi('OrganisationList'), 'By legal name.'),
        401: problems[401],
      },
    }),
    async (c) => {
      const ctx = domainContext(c, deps);
      const data = organisationPolicy.listAll(ctx.actor).ok
        ? await listOrganisations(ctx, c.req.valid('query'))
        : await listMyOrganisations(ctx);
      return c.json({ data }, 200);
    },
    validation,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      tags,
      security,
      summary: 'Register an organisation; the caller becomes its owner',
      request: { body: body(OrganisationInput) },
      responses: {
        201: json(Organisation, 'The organisation.'),
        401: problems[401],
        403: problems[403],
        422: problem('Fields at fault, each with its reason (for example a wrong enterprise number or IBAN).'),
      },
    }),
    async (c) => c.json(await createOrganisation(domainContext(c, deps), c.req.valid('json')), 201),
    validation,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}',
      tags,
      security,
      summary: 'One organisation',
      request: { params: z.object({ id: Id }) },
      responses: { 200: json(Organisation, 'The organisation.'), 401: problems[401], 404: problems[404] },
    }),
    async (c) => c.json(await getOrganisation(domainContext(c, deps), c.req.valid('param').id), 200),
    validation,
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      tags,
      security,
      summary: 'Change an organisation’s details (owners)',
      request: { params: z.object({ id: Id }), body: body(OrganisationPatch) },
      responses: {
        200: json(Organisation, 'The organisation as changed.'),
        ...problems,
        422: problem('Fields at fault, each with its reason.'),
      },
    }),
    async (c) => {
      const ctx = domainContext(c, deps);
      return c.json(await updateOrganisation(ctx, c.req.valid('param').id, c.req.valid('json')), 200);
    },
    validation,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}/members',
      tags,
      security,
      summary: 'The members of an organisation, owners first',
      request: { params: z.object({ id: Id }) },
      responses: {
        200: json(z.object({ data: z.array(Member) }).openapi('MemberList'), 'The members.'),
        401: problems[401],
        404: problems[404],
      },
    }),
    async (c) => c.json({ data: await listMembers(domainContext(c, deps), c.req.valid('param').id) }, 200),
    validation,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organisations/{id}/invitations',
      tags,
      security,
      summary: 'Invite someone by e-mail (owners); the link is mailed and valid for seven days',
      request: { params: z.object({ id: Id }), body: body(InvitationInput) },
      responses: {
        201: json(Invitation, 'The pending invitation (its token is only in the mail).'),
        ...problems,
        422: problem('A bad address, or the address of a member.'),
      },
    }),
    async (c) => {
      const origin = deps.config.baseUrl.replace(/\/$/, '');
      const invitation = await inviteMember(domainContext(c, deps), c.req.valid('param').id, c.req.valid('json'), {
        acceptUrl: (token, lang) => `${origin}/${lang}/invitations/${token}`,
      });
      deps.mailQueued?.();
      return c.json(invitation, 201);
    },
    validation,
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/organisations/{id}/members/{userId}',
      tags,
      security,
      summary: 'Remove a member (owners), or leave when userId is the caller’s own',
      description: 'The last owner cannot leave while other members remain (412): transfer ownership first.',
      request: { params: z.object({ id: Id, userId: UserId }) },
      responses: {
        204: { description: 'Removed.' },
        ...problems,
        412: problem('The last owner cannot leave while other members remain.'),
      },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      const ctx = domainContext(c, deps);
      if (ctx.actor.kind === 'user' && ctx.actor.id === userId) await leaveOrganisation(ctx, id);
      else await removeMember(ctx, id, userId);
      return c.body(null, 204);
    },
    validation,
  );
}
