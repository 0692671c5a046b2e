import { OpenAPIHono } from '@hono/zod-openapi';
import { catalogues, negotiateLang } from '../../core/i18n/index.ts';
import type { OpenApiDoc } from '../../web/pages/api-docs.tsx';
import type { AppDeps, AppEnv } from '../env.ts';
import { problemResponse } from '../problem.ts';
import { registerApplicationRoutes } from './applications.ts';
import { registerCallRoutes } from './calls.ts';
import { registerFiguresRoutes } from './figures.ts';
import { registerLibraryRoutes } from './library.ts';
import { registerMeRoutes } from './me.ts';
import { registerOrganisationRoutes } from './organisations.ts';
import { registerReferenceRoutes } from './reference.ts';
import { registerSchoolRoutes } from './schools.ts';
import { registerScreeningRoutes } from './screening.ts';

export const apiInfo = {
  title: 'Accroche API',
  version: '1.0.0',
  description:
    'Public and authenticated operations of Accroche, the Brussels platform against early school leaving. ' +
    'Errors are RFC 9457 problem details. Amounts are integer euro cents; texts come in French, Dutch and English.',
};

const apis = new WeakMap<AppDeps, OpenAPIHono<AppEnv>>();

/** The API of one application, built once from its deps: mounted by `createApp`, described by the docs page. */
export function apiOf(deps: AppDeps): OpenAPIHono<AppEnv> {
  let api = apis.get(deps);
  if (!api) {
    api = createApi(deps);
    apis.set(deps, api);
  }
  return api;
}

/** The OpenAPI 3.1 document of the application's API, for the page that shows it. */
export const openApiDocument = (deps: AppDeps): OpenApiDoc =>
  apiOf(deps).getOpenAPI31Document({ openapi: '3.1.0', info: apiInfo }) as unknown as OpenApiDoc;

/** The JSON API mounted at `/api/v1`, with its OpenAPI 3.1 description at `/api/v1/openapi.json`. */
export function createApi(deps: AppDeps): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    // Parameters that fail their zod schema: 400 problem details naming each field.
    defaultHook: (result, c) => {
      if (result.success) return;
      const lang = negotiateLang(c.req.header('accept-language')) ?? 'en';
      return problemResponse(c, {
        type: 'about:blank',
        title: catalogues[lang]['problem.BAD_REQUEST'],
        status: 400,
        code: 'BAD_REQUEST',
        detail: catalogues[lang]['problem.invalidParameters'],
        instance: c.req.path,
        errors: result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
        requestId: c.get('requestId'),
      });
    },
  });
  registerReferenceRoutes(api, deps);
  registerOrganisationRoutes(api, deps);
  registerMeRoutes(api);
  registerCallRoutes(api, deps);
  registerSchoolRoutes(api, deps);
  registerScreeningRoutes(api, deps);
  registerApplicationRoutes(api, deps);
  registerFiguresRoutes(api, deps);
  registerLibraryRoutes(api, deps);
  api.doc31('/openapi.json', () => ({
    openapi: '3.1.0',
    info: apiInfo,
    servers: [{ url: `${deps.config.baseUrl}/api/v1` }],
  }));
  return api;
}
