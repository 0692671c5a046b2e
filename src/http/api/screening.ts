import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { badRequest, DomainError } from '../../core/errors.ts';
import { negotiateLang } from '../../core/i18n/index.ts';
import {
  AnswerInformationInput,
  answerInformationRequest,
  applicantLinks,
  applicationStates,
  exportApplications,
  ListApplicationsQuery,
  listCallApplications,
  RequestInformationInput,
  requestInformation,
  ScreeningInput,
  screenApplication,
} from '../../domain/applications/index.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../env.ts';
import { apiGuard, body, json, problem, security } from './guard.ts';
import { ApplicationList, presentApplicationList } from './presenters/screening.ts';

const tags = ['Screening'];
const problems = {
  401: problem('Not signed in.'),
  403: problem(
    'Not allowed: not an officer (or without two-step verification), a step the workflow refuses now, or a foreign Origin.',
  ),
  404: problem('No such call or application, or the caller may not see it (the two look the same).'),
  422: problem('A field is missing or wrong (a blank message, a past reply date, an ineligibility without reason).'),
};

const Code = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/)
  .openapi({ param: { name: 'code', in: 'path' }, example: 'das-2027-2029' });
const Id = z
  .string()
  .max(64)
  .openapi({ param: { name: 'id', in: 'path' }, example: '0b6a3c1e-8f0e-4b8e-9d39-6c1f0a2b9e11' });
const RequestId = z
  .string()
  .max(64)
  .openapi({ param: { name: 'requestId', in: 'path' } });

const StateSchema = z.enum(applicationStates);

/** The list's query: the domain's own filters (documented here), and the export format and its language. */
const query = ListApplicationsQuery.shape;
const ListQuery = ListApplicationsQuery.extend({
  state: query.state.openapi({ description: 'Drafts are only counted.' }),
  municipality: query.municipality.openapi({
    description: 'NIS code: applications concerning it, or from an organisation established there.',
  }),
  q: query.q.openapi({ description: 'Words of the reference, title or organisation name.' }),
  format: z.enum(['json', 'csv', 'xlsx']).optional().openapi({ description: 'csv or xlsx: the export file instead.' }),
  lang: z.enum(['fr', 'nl', 'en']).optional().openapi({ description: 'Language of the export’s headers.' }),
});

/** The request bodies are the verbs' own inputs, named for the OpenAPI document. */
const RequestBody = RequestInformationInput.extend({
  dueDate: RequestInformationInput.shape.dueDate.openapi({
    example: '2026-12-01',
    description: 'Last day to reply; answers are expected before that day ends in Brussels. After today.',
  }),
}).openapi('InformationRequestInput');
const AnswerBody = AnswerInformationInput.omit({ requestId: true }).openapi('InformationAnswerInput');
const ScreeningBody = ScreeningInput.extend({
  reason: ScreeningInput.shape.reason.openapi({ description: 'Required when ineligible.' }),
}).openapi('ScreeningInput');

/** Bodies failing their schema: 422 naming each field, like the verbs; parameters: 400. */
const validation = (result: { success: boolean; target: string; error?: z.ZodError }): undefined => {
  if (result.success || !result.error) return undefined;
  const fields = result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  if (result.target === 'json') throw new DomainError('VALIDATION', 'Some fields are not valid', fields);
  throw badRequest('One or more parameters are not valid', fields);
};

async function sendExport(c: Ctx, deps: AppDeps, code: string, format: 'csv' | 'xlsx', lang?: 'fr' | 'nl' | 'en') {
  const file = await exportApplications(domainContext(c, deps), code, format, {
    lang: lang ?? negotiateLang(c.req.header('accept-language')) ?? 'fr',
  });
  return c.body(new Uint8Array(file.body), 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'cache-control': 'no-store',
  });
}

const fileResponse = {
  description: 'The export: one row per application past the draft, budget totals per category.',
  content: {
    'text/csv': { schema: z.string() },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: z.string().openapi({ format: 'binary' }),
    },
  },
};

/** Screening: the officers' list and exports of a call's applications, requests for information, decisions. */
export function registerScreeningRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const officers = apiGuard(deps, { writers: ['officer', 'admin'], json: true, staff: ['officer', 'admin'] });
  api.use('/calls/:code/applications', officers);
  api.use('/calls/:code/applications.csv', officers);
  api.use('/calls/:code/applications.xlsx', officers);
  api.use('/applications/:id/information-requests', officers);
  api.use('/applications/:id/screening', officers);
  api.use('/applications/:id/information-requests/:requestId/answer', apiGuard(deps, { json: true }));

  api.openapi(
    createRoute({
      method: 'get',
      path: '/calls/{code}/applications',
      tags,
      security,
      summary: 'A call’s applications for officers: filters, sorting, paging, counts per state (or the export)',
      request: { params: z.object({ code: Code }), query: ListQuery },
      responses: {
        200: {
          description: 'The page of applications, or the CSV/XLSX export with `format`.',
          content: { ...json(ApplicationList, '').content, ...fileResponse.content },
        },
        400: problem('Malformed parameters (a draft state, an unknown sort).'),
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const { format, lang, ...query } = c.req.valid('query');
      if (format === 'csv' || format === 'xlsx') return sendExport(c, deps, code, format, lang);
      const list = await listCallApplications(domainContext(c, deps), code, query);
      return c.json(presentApplicationList(list), 200);
    },
    validation,
  );

  for (const format of ['csv', 'xlsx'] as const) {
    api.openapi(
      createRoute({
        method: 'get',
        path: `/calls/{code}/applications.${format}`,
        tags,
        security,
        summary: `Export of a call’s applications as ${format.toUpperCase()}`,
        request: {
          params: z.object({ code: Code }),
          query: z.object({ lang: z.enum(['fr', 'nl', 'en']).optional() }),
        },
        responses: { 200: fileResponse, 401: problems[401], 403: problems[403], 404: problems[404] },
      }),
      (c) => sendExport(c, deps, c.req.valid('param').code, format, c.req.valid('query').lang),
      validation,
    );
  }

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/information-requests',
      tags,
      security,
      summary: 'Ask the applicants of a submitted application for more information, with a reply date',
      description:
        'The application goes to `info_requested`; members of the organisation and co-applicants are mailed in their own language.',
      request: { params: z.object({ id: Id }), body: body(RequestBody) },
      responses: {
        201: json(z.object({ requestId: z.string(), dueAt: z.string() }).openapi('InformationRequestCreated'), 'Sent.'),
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const result = await requestInformation(
        domainContext(c, deps),
        id,
        input,
        applicantLinks(deps.config.baseUrl, id),
      );
      deps.mailQueued?.();
      return c.json({ requestId: result.requestId, dueAt: result.dueAt.toISOString() }, 201);
    },
    validation,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/information-requests/{requestId}/answer',
      tags,
      security,
      summary: 'Answer the open request for information (applicants); the application goes back to submitted',
      request: { params: z.object({ id: Id, requestId: RequestId }), body: body(AnswerBody) },
      responses: {
        200: json(
          z.object({ requestId: z.string(), answeredAt: z.string(), late: z.boolean() }).openapi('InformationAnswered'),
          'Answered.',
        ),
        ...problems,
      },
    }),
    async (c) => {
      const { id, requestId } = c.req.valid('param');
      const input = { ...c.req.valid('json'), requestId };
      const result = await answerInformationRequest(domainContext(c, deps), id, input);
      return c.json({ ...result, answeredAt: result.answeredAt.toISOString() }, 200);
    },
    validation,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/screening',
      tags,
      security,
      summary: 'Declare a submitted application eligible, or ineligible with a reason',
      request: { params: z.object({ id: Id }), body: body(ScreeningBody) },
      responses: {
        200: json(z.object({ state: StateSchema, screenedAt: z.string() }).openapi('ScreeningResult'), 'Recorded.'),
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const result = await screenApplication(domainContext(c, deps), id, input);
      return c.json({ state: result.state, screenedAt: result.screenedAt.toISOString() }, 200);
    },
    validation,
  );
}
