import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  getIndicator,
  Indicator,
  IndicatorCode,
  IndicatorValue,
  listIndicators,
  listValues,
  ValuesFilter,
} from '../../domain/figures/index.ts';
import { listCalls, listSchemes } from '../../domain/programmes-calls/index.ts';
import { type AppDeps, type AppEnv, domainContext } from '../env.ts';
import { dcatCatalogue, sourcesOf } from './presenters/figures.ts';
import { problemResponses } from './problem-schema.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Public figures: the indicator catalogue, values with their sources, and a DCAT-AP catalogue of the datasets. */
export function registerFiguresRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/indicators',
      tags: ['Indicators'],
      summary: 'The indicator catalogue',
      responses: {
        200: json(z.object({ data: z.array(Indicator) }).openapi('IndicatorList'), 'Indicators in display order.'),
      },
    }),
    async (c) => c.json({ data: await listIndicators(domainContext(c, deps)) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{code}',
      tags: ['Indicators'],
      summary: 'One indicator of the catalogue',
      request: { params: z.object({ code: IndicatorCode }) },
      responses: { 200: json(Indicator, 'The indicator.'), ...problemResponses },
    }),
    async (c) => c.json(await getIndicator(domainContext(c, deps), c.req.valid('param').code), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{code}/values',
      tags: ['Indicators'],
      summary: 'Values of an indicator, with their sources',
      description:
        'Territories: BE10 (Brussels-Capital Region), BE2 (Flemish Region), BE3 (Walloon Region), BE, EU27_2020, ' +
        'and NIS codes 21001 to 21019 for the municipalities. Where several sources give a value, each is listed ' +
        'and one is marked preferred.',
      request: { params: z.object({ code: IndicatorCode }), query: ValuesFilter },
      responses: {
        200: json(
          z.object({ indicator: Indicator, data: z.array(IndicatorValue) }).openapi('IndicatorValueList'),
          'The values.',
        ),
        ...problemResponses,
      },
    }),
    async (c) => {
      const ctx = domainContext(c, deps);
      const { code } = c.req.valid('param');
      const indicator = await getIndicator(ctx, code);
      return c.json({ indicator, data: await listValues(ctx, code, c.req.valid('query')) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/catalogue.jsonld',
      tags: ['Indicators'],
      summary: 'DCAT-AP catalogue of the open datasets (JSON-LD)',
      responses: {
        200: {
          description: 'A dcat:Catalog with one dcat:Dataset per indicator and one for funding.',
          content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()).openapi('DcatCatalogue') } },
        },
      },
    }),
    async (c) => {
      const ctx = domainContext(c, deps);
      const [indicators, schemes, calls] = await Promise.all([listIndicators(ctx), listSchemes(ctx), listCalls(ctx)]);
      const withSources = [];
      for (const indicator of indicators) {
        withSources.push({ indicator, sources: sourcesOf(await listValues(ctx, indicator.code)) });
      }
      const doc = dcatCatalogue(deps.config.baseUrl, withSources, schemes, calls);
      // JSON-LD has its own media type, which c.json would replace: the typed helper is bypassed on purpose.
      return c.body(JSON.stringify(doc), 200, { 'content-type': 'application/ld+json; charset=utf-8' }) as never;
    },
  );
}
