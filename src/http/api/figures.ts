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
import { problemResponses } from './problem-schema.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const licence = 'https://creativecommons.org/licenses/by/4.0/';

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
      const base = deps.config.baseUrl;
      const sourcesOf = async (code: string) => {
        const values = await listValues(ctx, code);
        return [...new Map(values.map((v) => [v.source.id, v.source])).values()];
      };
      const lang = (text: { fr: string; nl: string; en: string }) =>
        (['fr', 'nl', 'en'] as const).map((l) => ({ '@language': l, '@value': text[l] }));
      const publisher = {
        '@type': 'foaf:Agent',
        'foaf:name': 'perspective.brussels – Service École',
      };
      const distribution = (id: string, url: string, format: 'CSV' | 'JSON', title: string) => ({
        '@id': `${url}#distribution`,
        '@type': 'dcat:Distribution',
        'dct:title': `${title} (${format})`,
        'dcat:accessURL': { '@id': url },
        'dcat:downloadURL': { '@id': url },
        'dcat:mediaType': format === 'CSV' ? 'text/csv' : 'application/json',
        'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
        'dct:license': { '@id': licence },
        'dct:identifier': id,
      });
      const datasets = [];
      for (const i of indicators) {
        const sources = await sourcesOf(i.code);
        datasets.push({
          '@id': `${base}/api/v1/indicators/${i.code}`,
          '@type': 'dcat:Dataset',
          'dct:identifier': i.code,
          'dct:title': lang(i.name),
          'dct:description': lang(i.definition),
          'dct:publisher': publisher,
          'dct:creator': i.publisher,
          'dct:license': { '@id': licence },
          'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/place/BEL_BRU' },
          ...(i.firstYear !== null && i.lastYear !== null
            ? {
                'dct:temporal': {
                  '@type': 'dct:PeriodOfTime',
                  'dcat:startDate': { '@type': 'xsd:gYear', '@value': String(i.firstYear) },
                  'dcat:endDate': { '@type': 'xsd:gYear', '@value': String(i.lastYear) },
                },
              }
            : {}),
          'dcat:keyword': ['education', 'early school leaving', 'Brussels'],
          'dcat:landingPage': { '@id': `${base}/en/figures/${i.code}` },
          'dct:source': sources.map((s) => ({
            '@type': 'dct:BibliographicResource',
            'dct:title': s.title,
            'dct:publisher': s.publisher,
            ...(s.url ? { 'foaf:page': { '@id': s.url } } : {}),
            ...(s.published ? { 'dct:issued': s.published } : {}),
          })),
          'dcat:distribution': [
            distribution(`${i.code}-csv`, `${base}/en/figures/${i.code}.csv`, 'CSV', i.name.en),
            distribution(`${i.code}-json`, `${base}/en/figures/${i.code}.json`, 'JSON', i.name.en),
          ],
        });
      }
      const fundingSources = [
        ...new Map(calls.flatMap((call) => (call.source ? [[call.source.id, call.source] as const] : []))).values(),
      ];
      datasets.push({
        '@id': `${base}/en/funding`,
        '@type': 'dcat:Dataset',
        'dct:identifier': 'funding',
        'dct:title': lang({
          fr: 'Financements par dispositif',
          nl: 'Financiering per regeling',
          en: 'Funding by scheme',
        }),
        'dct:description': lang({
          fr: `Enveloppes et projets des ${schemes.length} dispositifs régionaux, par période.`,
          nl: `Budgetten en projecten van de ${schemes.length} gewestelijke regelingen, per periode.`,
          en: `Envelopes and projects of the ${schemes.length} regional schemes, by period.`,
        }),
        'dct:publisher': publisher,
        'dct:license': { '@id': licence },
        'dcat:landingPage': { '@id': `${base}/en/funding` },
        'dct:source': fundingSources.map((s) => ({
          '@type': 'dct:BibliographicResource',
          'dct:title': s.title,
          'dct:publisher': s.publisher,
          ...(s.url ? { 'foaf:page': { '@id': s.url } } : {}),
        })),
        'dcat:distribution': [
          distribution('funding-csv', `${base}/en/funding.csv`, 'CSV', 'Funding'),
          distribution('funding-json', `${base}/en/funding.json`, 'JSON', 'Funding'),
        ],
      });
      const doc = {
        '@context': {
          dcat: 'http://www.w3.org/ns/dcat#',
          dct: 'http://purl.org/dc/terms/',
          foaf: 'http://xmlns.com/foaf/0.1/',
          xsd: 'http://www.w3.org/2001/XMLSchema#',
        },
        '@id': `${base}/api/v1/catalogue.jsonld`,
        '@type': 'dcat:Catalog',
        'dct:title': lang({
          fr: 'Accroche : chiffres publics',
          nl: 'Accroche: publieke cijfers',
          en: 'Accroche: public figures',
        }),
        'dct:description': lang({
          fr: 'Indicateurs sur le décrochage scolaire à Bruxelles et financements régionaux, avec leurs sources.',
          nl: 'Indicatoren over schooluitval in Brussel en gewestelijke financiering, met hun bronnen.',
          en: 'Indicators on early school leaving in Brussels and regional funding, with their sources.',
        }),
        'dct:publisher': publisher,
        'dct:license': { '@id': licence },
        'dcat:dataset': datasets,
      };
      // JSON-LD has its own media type, which c.json would replace: the typed helper is bypassed on purpose.
      return c.body(JSON.stringify(doc), 200, { 'content-type': 'application/ld+json; charset=utf-8' }) as never;
    },
  );
}
