import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { badRequest } from '../../core/errors.ts';
import { negotiateLang } from '../../core/i18n/index.ts';
import {
  applicationPdf,
  getApplication,
  getApplicationFile,
  listMyApplications,
  StartInput,
  saveSection,
  startApplication,
  submitApplication,
  withdrawApplication,
} from '../../domain/applications/index.ts';
import type { Answers } from '../../domain/forms/index.ts';
import { type AppDeps, type AppEnv, domainContext, uploads } from '../env.ts';
import { apiGuard, body, json, problem, security } from './guard.ts';
import {
  ApplicationDetail,
  MyApplication,
  presentApplication,
  presentMyApplication,
} from './presenters/applications.ts';

const problems = {
  401: problem('Not signed in.'),
  403: problem('Signed in, but not allowed, or a foreign Origin.'),
  404: problem('No such application, or the caller has no access to it (the two look the same).'),
};
const tags = ['Applications'];

const Id = z
  .string()
  .max(64)
  .openapi({ param: { name: 'id', in: 'path' }, example: '0b6a3c1e-8f0e-4b8e-9d39-6c1f0a2b9e11' });
/** The start of an application: the domain's own input (one organisation of the caller, one open call). */
const StartBody = StartInput.openapi('ApplicationStart');
const SectionBody = z
  .object({
    answers: z.record(z.string(), z.unknown()),
    sectionVersion: z.number().int().min(0),
  })
  .openapi('ApplicationSection');

/** The applicant's operations on applications, through the session cookie; the same verbs as the pages. */
export function registerApplicationRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const store = deps.files;
  const files = uploads(deps);
  const links = (id: string) => ({
    applicationUrl: (lang: string) => `${deps.config.baseUrl}/${lang}/applications/${id}`,
  });
  // JSON bodies only, but for file uploads (multipart): anything else is refused before it is read.
  const jsonWrites = apiGuard(deps, { json: true });
  api.use('/applications', jsonWrites);
  api.use('/applications/:id/sections/*', jsonWrites);
  api.use('/applications/:id/submit', jsonWrites);
  api.use('/applications/*', apiGuard(deps));

  api.openapi(
    createRoute({
      method: 'get',
      path: '/applications',
      tags,
      security,
      summary: 'The caller’s applications (their organisations’ and those they co-edit), newest first',
      responses: {
        200: json(z.object({ data: z.array(MyApplication) }).openapi('MyApplicationList'), 'With the next step.'),
        401: problems[401],
      },
    }),
    async (c) => c.json({ data: (await listMyApplications(domainContext(c, deps))).map(presentMyApplication) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications',
      tags,
      security,
      summary: 'Start an application of one of the caller’s organisations to an open call',
      request: { body: body(StartBody) },
      responses: {
        201: json(z.object({ id: z.string(), reference: z.string() }), 'The new application.'),
        ...problems,
        409: problem('The organisation already has an application to this call (named in the detail).'),
        412: problem('The call is not open.'),
        422: problem('Not eligible (a blocking answer or organisation type), or a question left unanswered.'),
      },
    }),
    async (c) => c.json(await startApplication(domainContext(c, deps), c.req.valid('json')), 201),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}',
      tags,
      security,
      summary: 'One application with its answers, files, requests for information and form',
      request: { params: z.object({ id: Id }) },
      responses: { 200: json(ApplicationDetail, 'The application.'), ...problems },
    }),
    async (c) => c.json(presentApplication(await getApplication(domainContext(c, deps), c.req.valid('param').id)), 200),
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/applications/{id}/sections/{section}',
      tags,
      security,
      summary: 'Save one section of a draft (optimistic: send the section version you started from)',
      request: {
        params: z.object({
          id: Id,
          section: z
            .string()
            .max(40)
            .openapi({ param: { name: 'section', in: 'path' } }),
        }),
        body: body(SectionBody),
      },
      responses: {
        200: json(z.object({ sectionVersion: z.number().int() }), 'Saved; the section’s new version.'),
        ...problems,
        409: problem('Someone saved this section since the version sent: nothing was overwritten.'),
        412: problem('The application can no longer be changed (submitted, or the call closed).'),
        422: problem('Answers at fault, each with its path and reason.'),
      },
    }),
    async (c) => {
      const { id, section } = c.req.valid('param');
      const input = c.req.valid('json');
      const saved = await saveSection(
        domainContext(c, deps),
        id,
        section,
        { answers: input.answers as Answers, sectionVersion: input.sectionVersion },
        files,
      );
      return c.json(saved, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/files',
      tags,
      security,
      summary: 'Attach a file to a file field of a draft (multipart: section, sectionVersion, fieldKey, file)',
      request: {
        params: z.object({ id: Id }),
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: z.object({
                section: z.string(),
                sectionVersion: z.string(),
                fieldKey: z.string(),
                file: z.any().openapi({ type: 'string', format: 'binary' }),
              }),
            },
          },
        },
      },
      responses: {
        200: json(z.object({ sectionVersion: z.number().int() }), 'Attached; the section’s new version.'),
        ...problems,
        409: problem('Someone saved this section since the version sent.'),
        413: problem('The request is larger than allowed.'),
        422: problem('A file of a kind not accepted (read from its content) or too large.'),
      },
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File) || typeof form.section !== 'string' || typeof form.fieldKey !== 'string') {
        throw badRequest('section, fieldKey and file are required');
      }
      const saved = await saveSection(
        domainContext(c, deps),
        c.req.valid('param').id,
        form.section,
        {
          answers: {},
          sectionVersion: Number(form.sectionVersion),
          uploads: [{ fieldKey: form.fieldKey, name: file.name, content: new Uint8Array(await file.arrayBuffer()) }],
        },
        files,
      );
      return c.json(saved, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/files/{fileId}',
      tags,
      security,
      summary: 'Download an attached file',
      request: {
        params: z.object({
          id: Id,
          fileId: z
            .string()
            .max(64)
            .openapi({ param: { name: 'fileId', in: 'path' } }),
        }),
      },
      responses: { 200: { description: 'The file, with the type read from its content.' }, ...problems },
    }),
    async (c) => {
      const { id, fileId } = c.req.valid('param');
      const { file, content } = await getApplicationFile(domainContext(c, deps), id, fileId, store);
      c.header('content-type', file.mime);
      c.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return c.body(new Uint8Array(content), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/pdf',
      tags,
      security,
      summary: 'The application as PDF (the submitted version once submitted), in the Accept-Language language',
      request: { params: z.object({ id: Id }) },
      responses: { 200: { description: 'application/pdf' }, ...problems },
    }),
    async (c) => {
      const app = await getApplication(domainContext(c, deps), c.req.valid('param').id);
      const lang = negotiateLang(c.req.header('accept-language')) ?? 'fr';
      const pdf = await applicationPdf(app, lang, deps.db);
      c.header('content-type', 'application/pdf');
      c.header('content-disposition', `attachment; filename="${app.application.reference}.pdf"`);
      return c.body(new Uint8Array(pdf), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/submit',
      tags,
      security,
      summary: 'Submit a draft, strictly before the call closes; submitting again changes nothing',
      request: {
        params: z.object({ id: Id }),
        body: body(z.object({ declaration: z.literal(true) }).openapi('Declaration')),
      },
      responses: {
        200: json(
          z.object({ reference: z.string(), submittedAt: z.string(), submittedNow: z.boolean() }),
          'Submitted (submittedNow false when it already was); a receipt with the PDF is mailed.',
        ),
        ...problems,
        412: problem('The call is closed (or not open yet): nothing was submitted.'),
        422: problem('Answers missing or at fault, or the requested amount outside the call’s bounds.'),
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const result = await submitApplication(domainContext(c, deps), id, { declaration: true }, links(id));
      return c.json({ ...result, submittedAt: result.submittedAt.toISOString() }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/withdraw',
      tags,
      security,
      summary: 'Withdraw a submitted application while the call is open',
      request: { params: z.object({ id: Id }) },
      responses: { 204: { description: 'Withdrawn.' }, ...problems, 412: problem('The call is closed.') },
    }),
    async (c) => {
      await withdrawApplication(domainContext(c, deps), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
