import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize } from '../../core/authorize.ts';
import { badRequest } from '../../core/errors.ts';
import { catalogues, type Lang, negotiateLang } from '../../core/i18n/index.ts';
import {
  checkCsvUpload,
  importSchools,
  School,
  SchoolSearch,
  schoolPolicy,
  searchSchools,
} from '../../domain/schools/index.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../env.ts';
import { problemResponse } from '../problem.ts';
import { apiGuard, problem, security } from './guard.ts';
import { ApiReport, presentImportReport } from './presenters/schools.ts';

const tags = ['Schools'];

/** The search's query: the domain's own filters, documented here. */
const search = SchoolSearch.shape;
const SearchQuery = SchoolSearch.extend({
  q: search.q.openapi({ description: 'Part of the name, or the exact school number.' }),
  municipality: search.municipality.openapi({ example: '21015' }),
  limit: search.limit.openapi({ description: 'At most 100; 20 by default.' }),
});

const langOf = (c: Ctx): Lang => negotiateLang(c.req.header('accept-language')) ?? 'en';

/** The school registry: search for forms (signed-in people), CSV import for admins and officers. */
export function registerSchoolRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  // The only write is the import, for admins and officers.
  const guard = apiGuard(deps, { writers: ['officer', 'admin'] });
  api.use('/schools', guard);
  api.use('/schools/*', guard);

  api.openapi(
    createRoute({
      method: 'get',
      path: '/schools',
      tags,
      security,
      summary: 'Search the school registry by name or number, municipality, language system and level',
      request: { query: SearchQuery },
      responses: {
        200: {
          description: 'Closest names first (the exact number before all).',
          content: { 'application/json': { schema: z.object({ data: z.array(School) }).openapi('SchoolList') } },
        },
        400: problem('Malformed parameters.'),
        401: problem('Not signed in.'),
      },
    }),
    async (c) => c.json({ data: await searchSchools(domainContext(c, deps), c.req.valid('query')) }, 200),
    (result) => {
      if (result.success) return undefined;
      throw badRequest(
        'One or more parameters are not valid',
        result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/schools/import',
      tags,
      security,
      summary: 'Import the school registry from a CSV file (admins and officers)',
      description:
        'Comma or semicolon separated, UTF-8 or Windows-1252, headers and values in French, Dutch or English. ' +
        'Schools are matched by language system and number. Unless `skipInvalid=true`, one refused line means ' +
        'nothing is written.',
      request: {
        query: z.object({ skipInvalid: z.enum(['true', 'false']).optional() }),
        body: { required: true, content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } } },
      },
      responses: {
        200: { description: 'Imported.', content: { 'application/json': { schema: ApiReport } } },
        401: problem('Not signed in.'),
        403: problem('Not an admin or officer, or a foreign Origin.'),
        413: problem('Larger than 5 MB.'),
        415: problem('The body is not text/csv, or its content is not text.'),
        422: {
          description: 'Lines refused; nothing written (without skipInvalid).',
          content: { 'application/json': { schema: ApiReport } },
        },
      },
    }),
    async (c) => {
      const ctx = domainContext(c, deps);
      authorize(schoolPolicy.manage(ctx.actor));
      const lang = langOf(c);
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      const bytes = type === 'text/csv' ? new Uint8Array(await c.req.arrayBuffer()) : null;
      const trouble = type === 'text/csv' ? await checkCsvUpload(bytes) : 'notCsv';
      if (trouble || !bytes) {
        const status = trouble === 'tooLarge' ? 413 : trouble === 'missing' ? 400 : 415;
        return problemResponse(c, {
          type: 'about:blank',
          title: catalogues[lang]['problem.BAD_REQUEST'],
          status,
          code: status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST',
          detail: catalogues[lang][`schools.upload.${trouble ?? 'missing'}`],
          instance: c.req.path,
          requestId: c.get('requestId'),
        }) as never;
      }
      const report = await importSchools(ctx, bytes, { skipInvalid: c.req.query('skipInvalid') === 'true' });
      return c.json(presentImportReport(report, lang), report.applied ? 200 : 422);
    },
  );
}
