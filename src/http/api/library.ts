import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  exportFiles,
  exportFormats,
  exportRecords,
  getRecord,
  LibraryRecord,
  libraryRecordTypes,
  SearchResult,
  sortOrders,
} from '../../domain/library/index.ts';
import { type AppDeps, type AppEnv, domainContext } from '../env.ts';
import { librarySearchOf } from '../library-search.ts';
import { exportLimit, searchParamsOf } from '../pages/library/form.ts';
import { busyResponse, problemResponses } from './problem-schema.ts';

const tags = ['Library'];
const many = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ description: `${description} Repeat for several (OR).` });

/** The query of a library search, as documented; the same parameters as the search page. */
const SearchQuery = z.object({
  q: z.string().optional().openapi({
    description: 'Web-search syntax: "a phrase", -excluded, or. Cut at 200 characters.',
    example: 'décrochage',
  }),
  category: many('Category code.'),
  author: many('Author as shown ("Van Damme, J.").'),
  keyword: many('Keyword.'),
  language: many('Language code (fr, nl, en ...).'),
  type: many(`Record type: ${libraryRecordTypes.join(', ')}.`),
  from: z.string().optional().openapi({ description: 'First year.', example: '2010' }),
  to: z.string().optional().openapi({ description: 'Last year.', example: '2020' }),
  sort: z.enum(sortOrders).optional(),
  page: z.string().optional().openapi({ description: 'Page of 20 results, from 1.' }),
});

const RecordId = z
  .string()
  .max(64)
  .openapi({ param: { name: 'id', in: 'path' }, example: '0b6a3c1e-8f0e-4b8e-9d39-6c1f0a2b9e11' });
const Format = z.enum(exportFormats).openapi({ param: { name: 'format', in: 'path' }, example: 'ris' });

const file = (description: string) => ({
  description,
  content: Object.fromEntries(
    exportFormats.map((f) => [exportFiles[f].type.split(';')[0] as string, { schema: z.string() }]),
  ),
});

/** The public library: search with facets, one record, exports of a record or of a search. */
export function registerLibraryRoutes(api: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const search = librarySearchOf(deps);
  api.openapi(
    createRoute({
      method: 'get',
      path: '/library/search',
      tags,
      summary: 'Search the library',
      description:
        'Full-text search (French, Dutch and English stemming, accents folded) with facets: filters combine with AND ' +
        'across facets and OR within one; each facet counts with every filter but its own. A repeated search is ' +
        'answered from memory until the library changes; when too many new searches wait, the answer is 503 ' +
        'with Retry-After.',
      request: { query: SearchQuery },
      responses: {
        200: {
          description: 'Total, facets and one page of results.',
          content: { 'application/json': { schema: SearchResult } },
        },
        ...problemResponses,
        ...busyResponse,
      },
    }),
    async (c) => c.json(await search.search(domainContext(c, deps), searchParamsOf(c.req.url)), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/library/records/{id}',
      tags,
      summary: 'One published record',
      request: { params: z.object({ id: RecordId }) },
      responses: {
        200: { description: 'The record.', content: { 'application/json': { schema: LibraryRecord } } },
        ...problemResponses,
      },
    }),
    async (c) => c.json(await getRecord(domainContext(c, deps), c.req.valid('param').id), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/library/records/{id}/export/{format}',
      tags,
      summary: 'One record as BibTeX, RIS or CSL-JSON',
      request: { params: z.object({ id: RecordId, format: Format }) },
      responses: { 200: file('The record in the format asked.'), ...problemResponses },
    }),
    async (c) => {
      const { id, format } = c.req.valid('param');
      const record = await getRecord(domainContext(c, deps), id);
      return c.body(exportRecords([record], format), 200, { 'content-type': exportFiles[format].type });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/library/export/{format}',
      tags,
      summary: 'The records of a search as BibTeX, RIS or CSL-JSON',
      description: `The same parameters as the search; at most ${exportLimit} records.`,
      request: { params: z.object({ format: Format }), query: SearchQuery },
      responses: { 200: file('The records in the format asked.'), ...problemResponses, ...busyResponse },
    }),
    async (c) => {
      const { format } = c.req.valid('param');
      const result = await search.search(
        domainContext(c, deps),
        { ...searchParamsOf(c.req.url), page: 1 },
        { pageSize: exportLimit },
      );
      return c.body(
        exportRecords(
          result.results.map((h) => h.record),
          format,
        ),
        200,
        { 'content-type': exportFiles[format].type },
      );
    },
  );
}
