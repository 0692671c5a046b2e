import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { KeyFigure, listKeyFigures } from '../../domain/indicators/index.ts';
import { getMunicipality, listMunicipalities, Municipality, NisCode } from '../../domain/municipalities/index.ts';
import {
  Call,
  CallFilter,
  getScheme,
  listCalls,
  listSchemes,
  Scheme,
  SchemeWithCalls,
} from '../../domain/programmes-calls/index.ts';
import { listTimeline, TimelineEvent, TimelineFilter } from '../../domain/timeline/index.ts';
import { type AppDeps, type AppEnv, domainContext } from '../env.ts';
import { problemResponses } from './problem-schema.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const list = <T extends z.ZodType>(name: string, item: T) => z.object({ data: z.array(item) }).openapi(name);

const SchemeCode = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'must be a scheme code such as das')
  .openapi({ param: { name: 'code', in: 'path' }, example: 'das' });

/** Reference data: schemes, calls, municipalities, timeline, key figures. All public, read-only. */
export function registerReferenceRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/schemes',
      tags: ['Schemes and calls'],
      summary: 'List the funding schemes',
      responses: { 200: json(list('SchemeList', Scheme), 'The schemes in display order.') },
    }),
    async (c) => c.json({ data: await listSchemes(domainContext(c, deps)) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/schemes/{code}',
      tags: ['Schemes and calls'],
      summary: 'One scheme with its calls',
      request: { params: z.object({ code: SchemeCode }) },
      responses: { 200: json(SchemeWithCalls, 'The scheme.'), ...problemResponses },
    }),
    async (c) => c.json(await getScheme(domainContext(c, deps), c.req.valid('param').code), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/calls',
      tags: ['Schemes and calls'],
      summary: 'List calls for projects, newest first',
      request: { query: CallFilter },
      responses: { 200: json(list('CallList', Call), 'The calls.'), 400: problemResponses[400] },
    }),
    async (c) => c.json({ data: await listCalls(domainContext(c, deps), c.req.valid('query')) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities',
      tags: ['Municipalities'],
      summary: 'List the 19 municipalities',
      responses: { 200: json(list('MunicipalityList', Municipality), 'By NIS code.') },
    }),
    async (c) => c.json({ data: await listMunicipalities(domainContext(c, deps)) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities/{nis}',
      tags: ['Municipalities'],
      summary: 'One municipality by NIS code',
      request: { params: z.object({ nis: NisCode }) },
      responses: { 200: json(Municipality, 'The municipality.'), ...problemResponses },
    }),
    async (c) => c.json(await getMunicipality(domainContext(c, deps), c.req.valid('param').nis), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/timeline',
      tags: ['Timeline'],
      summary: 'The policy timeline, oldest first',
      request: { query: TimelineFilter },
      responses: { 200: json(list('TimelineList', TimelineEvent), 'The events.'), 400: problemResponses[400] },
    }),
    async (c) => c.json({ data: await listTimeline(domainContext(c, deps), c.req.valid('query')) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/key-figures',
      tags: ['Indicators'],
      summary: 'Headline figures with their sources',
      responses: { 200: json(list('KeyFigureList', KeyFigure), 'The figures.') },
    }),
    async (c) => c.json({ data: await listKeyFigures(domainContext(c, deps)) }, 200),
  );
}
