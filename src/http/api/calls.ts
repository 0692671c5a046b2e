import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { badRequest } from '../../core/errors.ts';
import {
  CallDetail,
  CallInput,
  CallInputError,
  CallPatch,
  callInputProblems,
  changePhase,
  createCall,
  FormVersion,
  FormVersionError,
  FormVersionInput,
  getCall,
  getCurrentFormVersion,
  PhaseInput,
  saveFormVersion,
  updateCall,
} from '../../domain/calls/index.ts';
import { type AppDeps, type AppEnv, domainContext } from '../env.ts';
import { apiGuard, body, json, problem, security } from './guard.ts';

const tags = ['Calls'];
const writeProblems = {
  401: problem('Not signed in.'),
  403: problem('Not an officer or admin (or without two-step verification), or a foreign Origin.'),
  404: problem('No such call (drafts are not shown to people who may not see them).'),
};

const Code = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, 'a call code such as das-2027-2029')
  .openapi({ param: { name: 'code', in: 'path' }, example: 'das-2027-2029' });

const CallWithForm = CallDetail.extend({
  form: FormVersion.nullable().openapi({ description: 'The current form and rubric; null for past calls.' }),
}).openapi('CallWithForm');

/** A body that fails its schema is refused like the verbs refuse it (422, each field); parameters with 400. */
const validation = (result: { success: boolean; target: string; data?: unknown; error?: z.ZodError }): undefined => {
  if (result.success || !result.error) return undefined;
  if (result.target === 'json') {
    const fields = result.error.issues.map((i) => i.path.join('.'));
    if (fields.some((f) => f.startsWith('definition') || f.startsWith('rubric'))) {
      throw new FormVersionError(
        result.error.issues.map((i) => ({
          part: String(i.path[0]) === 'rubric' ? 'rubric' : 'definition',
          path: i.path.slice(1).join('.'),
          message: i.message,
        })),
      );
    }
    throw new CallInputError(callInputProblems(result.error, result.data));
  }
  throw badRequest(
    'One or more parameters are not valid',
    result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
  );
};

/** Calls: one call with its form (public once published), and the officers' operations. */
export function registerCallRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  // Writes need a session from this site, an officer or admin (with two-step verification on), and JSON.
  const staffWrites = apiGuard(deps, { signIn: 'writes', writers: ['officer', 'admin'], json: true });
  api.use('/calls', staffWrites);
  api.use('/calls/*', staffWrites);

  api.openapi(
    createRoute({
      method: 'get',
      path: '/calls/{code}',
      tags,
      summary: 'One call with its state, texts, amounts, eligibility, documents and current form and rubric',
      request: { params: z.object({ code: Code }) },
      responses: { 200: json(CallWithForm, 'The call.'), 404: writeProblems[404] },
    }),
    async (c) => {
      const ctx = domainContext(c, deps);
      const call = await getCall(ctx, c.req.valid('param').code);
      const form = call.formVersion === null ? null : await getCurrentFormVersion(ctx, call.code);
      return c.json({ ...call, form }, 200);
    },
    validation,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/calls',
      tags,
      security,
      summary: 'Create a call as a draft, with the standard form and rubric as version 1 (officers, admins)',
      description:
        'Opening and closing are Brussels wall-clock times (`YYYY-MM-DDTHH:MM`), stored as instants; amounts are ' +
        'euro cents. The code is made from the scheme and the funding period.',
      request: { body: body(CallInput) },
      responses: {
        201: json(CallDetail, 'The call, as a draft.'),
        401: writeProblems[401],
        403: writeProblems[403],
        422: problem('Fields at fault, each with its reason.'),
      },
    }),
    async (c) => c.json(await createCall(domainContext(c, deps), c.req.valid('json')), 201),
    validation,
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/calls/{code}',
      tags,
      security,
      summary: 'Change a call (officers, admins)',
      description: 'Texts change at any time; dates, amounts and eligibility only until the call opens (422 after).',
      request: { params: z.object({ code: Code }), body: body(CallPatch) },
      responses: {
        200: json(CallDetail, 'The call as changed.'),
        ...writeProblems,
        422: problem('Fields at fault, each with its reason.'),
      },
    }),
    async (c) => c.json(await updateCall(domainContext(c, deps), c.req.valid('param').code, c.req.valid('json')), 200),
    validation,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/calls/{code}/phase',
      tags,
      security,
      summary: 'Move a call one step: publish, unpublish, start_evaluation, decide, archive (officers, admins)',
      request: { params: z.object({ code: Code }), body: body(PhaseInput) },
      responses: {
        200: json(CallDetail, 'The call after the step.'),
        ...writeProblems,
        412: problem('The step is not allowed from the call’s state now.'),
      },
    }),
    async (c) =>
      c.json(await changePhase(domainContext(c, deps), c.req.valid('param').code, c.req.valid('json').action), 200),
    validation,
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/calls/{code}/form',
      tags,
      security,
      summary: 'Save the form and rubric of a call (officers, admins)',
      description:
        'While the current version is unlocked it is replaced; once the first application on it was submitted, ' +
        'the save creates the next version (`created: true`).',
      request: { params: z.object({ code: Code }), body: body(FormVersionInput) },
      responses: {
        200: json(FormVersion.extend({ created: z.boolean() }).openapi('SavedFormVersion'), 'The saved version.'),
        ...writeProblems,
        412: problem('The call is decided or archived.'),
        422: problem('Each problem of the definition or rubric at its path.'),
      },
    }),
    async (c) =>
      c.json(await saveFormVersion(domainContext(c, deps), c.req.valid('param').code, c.req.valid('json')), 200),
    validation,
  );
}
