import { Hono } from 'hono';
import { DomainError } from '../core/errors.ts';
import {
  authorName,
  type Category,
  getRecord,
  harvestRecords,
  type LibraryRecord,
  listCategories,
} from '../domain/library/index.ts';
import { xmlText as xml } from '../web/xml.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';

/** Records per page of ListRecords and ListIdentifiers; the rest follows with a resumption token. */
export const oaiPageSize = 100;
const idPrefix = 'oai:accroche:library/';

const stamp = (d: Date | string) => `${new Date(d).toISOString().slice(0, 19)}Z`;

interface Token {
  prefix: string;
  from?: string;
  until?: string;
  set?: string;
  offset: number;
}

const encodeToken = (t: Token) => Buffer.from(JSON.stringify(t)).toString('base64url');
const optionalText = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= 64);
/**
 * A token read back from a harvester: it is ours only if every part has the shape we write (a forged one with a
 * fractional or huge offset, or objects in place of dates, is a bad token, not a database error).
 */
function decodeToken(value: string): Token | null {
  try {
    const t = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Token;
    const ok =
      typeof t === 'object' &&
      t !== null &&
      t.prefix === 'oai_dc' &&
      Number.isSafeInteger(t.offset) &&
      t.offset >= 0 &&
      t.offset <= 1_000_000_000 &&
      optionalText(t.from) &&
      optionalText(t.until) &&
      optionalText(t.set);
    return ok ? t : null;
  } catch {
    return null;
  }
}

/** An OAI-PMH date argument: a day or a second in UTC; `until` of a day includes the whole day. */
function parseDate(value: string, end: boolean): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z`);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)) {
    const d = new Date(end ? value.replace('Z', '.999Z') : value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

class OaiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function dublinCore(r: LibraryRecord, categories: Category[], origin: string): string {
  const el = (name: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === ''
      ? ''
      : `\n      <dc:${name}>${xml(String(value))}</dc:${name}>`;
  const label = (code: string) => categories.find((c) => c.code === code)?.label.en ?? code;
  return `<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">${[
    el('title', r.title),
    ...r.translatedTitles.map((t) => el('title', t.title)),
    ...r.authors.map((a) => el('creator', authorName(a))),
    ...r.keywords.map((k) => el('subject', k)),
    ...r.categories.map((c) => el('subject', label(c))),
    el('description', r.abstract),
    el('publisher', r.publisher),
    el('date', r.year),
    el('type', r.type),
    el('identifier', `${origin}/en/library/records/${r.id}`),
    el('identifier', r.doi ? `https://doi.org/${r.doi}` : null),
    el('identifier', r.isbn ? `urn:isbn:${r.isbn}` : null),
    // The full text the library holds, when anyone may download it.
    el('identifier', r.file && r.access === 'open' ? `${origin}/en/library/records/${r.id}/file` : null),
    el('format', r.file?.mime),
    el('source', r.journal),
    ...r.languages.map((l) => el('language', l)),
    el('rights', r.licence),
    ...r.scope.map((s) => el('coverage', s)),
  ].join('')}
    </oai_dc:dc>`;
}

const header = (r: LibraryRecord, indent = '    ') =>
  `${indent}<header>
${indent}  <identifier>${idPrefix}${r.id}</identifier>
${indent}  <datestamp>${stamp(r.updatedAt)}</datestamp>
${r.categories.map((c) => `${indent}  <setSpec>${xml(c)}</setSpec>`).join('\n')}
${indent}</header>`;

/**
 * The OAI-PMH 2.0 data provider at `/oai` (GET and POST): Identify, ListMetadataFormats, ListSets (the
 * categories), ListIdentifiers, ListRecords and GetRecord in `oai_dc`, with resumption tokens, `from`/`until`
 * and the protocol's error codes. Only published records are exposed.
 */
export function createOaiRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const origin = deps.config.baseUrl.replace(/\/$/, '');
  const base = `${origin}/oai`;

  const answer = async (c: Ctx, args: Record<string, string>) => {
    const ctx = domainContext(c, deps);
    const now = stamp(new Date());
    const requestAttrs = (ok: boolean) =>
      ok
        ? Object.entries(args)
            .map(([k, v]) => ` ${k}="${xml(v)}"`)
            .join('')
        : '';
    const respond = (body: string, ok = true) =>
      c.body(
        `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
  <responseDate>${now}</responseDate>
  <request${requestAttrs(ok)}>${xml(base)}</request>
${body}
</OAI-PMH>
`,
        200,
        { 'content-type': 'text/xml; charset=utf-8' },
      );
    const allowed: Record<string, { required: string[]; optional: string[]; exclusive?: string }> = {
      Identify: { required: [], optional: [] },
      ListMetadataFormats: { required: [], optional: ['identifier'] },
      ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
      GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
      ListIdentifiers: {
        required: ['metadataPrefix'],
        optional: ['from', 'until', 'set'],
        exclusive: 'resumptionToken',
      },
      ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
    };
    try {
      const verb = args.verb ?? '';
      const spec = allowed[verb];
      if (!spec) throw new OaiError('badVerb', 'Illegal or missing verb');
      const keys = Object.keys(args).filter((k) => k !== 'verb');
      if (spec.exclusive && args[spec.exclusive] !== undefined) {
        if (keys.length !== 1) throw new OaiError('badArgument', 'resumptionToken is an exclusive argument');
      } else {
        for (const k of keys) {
          if (!spec.required.includes(k) && !spec.optional.includes(k))
            throw new OaiError('badArgument', `Illegal argument ${k}`);
        }
        for (const k of spec.required) if (!args[k]) throw new OaiError('badArgument', `Missing argument ${k}`);
      }

      if (verb === 'Identify') {
        const { earliest } = await harvestRecords(ctx, { offset: 0, limit: 0 });
        return respond(`  <Identify>
    <repositoryName>Accroche library</repositoryName>
    <baseURL>${xml(base)}</baseURL>
    <protocolVersion>2.0</protocolVersion>
    <adminEmail>library@accroche.brussels</adminEmail>
    <earliestDatestamp>${stamp(earliest ?? new Date(0))}</earliestDatestamp>
    <deletedRecord>no</deletedRecord>
    <granularity>YYYY-MM-DDThh:mm:ssZ</granularity>
  </Identify>`);
      }
      if (verb === 'ListMetadataFormats') {
        if (args.identifier) await recordOf(args.identifier);
        return respond(`  <ListMetadataFormats>
    <metadataFormat>
      <metadataPrefix>oai_dc</metadataPrefix>
      <schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>
      <metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace>
    </metadataFormat>
  </ListMetadataFormats>`);
      }
      const categories = await listCategories(ctx);
      if (verb === 'ListSets') {
        if (args.resumptionToken) throw new OaiError('badResumptionToken', 'No such token');
        return respond(`  <ListSets>
${categories.map((cat) => `    <set><setSpec>${xml(cat.code)}</setSpec><setName>${xml(cat.label.en)}</setName></set>`).join('\n')}
  </ListSets>`);
      }
      if (verb === 'GetRecord') {
        if (args.metadataPrefix !== 'oai_dc') throw new OaiError('cannotDisseminateFormat', 'Only oai_dc');
        const record = await recordOf(args.identifier ?? '');
        return respond(`  <GetRecord>
    <record>
${header(record, '      ')}
      <metadata>
      ${dublinCore(record, categories, origin)}
      </metadata>
    </record>
  </GetRecord>`);
      }
      // ListIdentifiers and ListRecords.
      let token: Token;
      if (args.resumptionToken !== undefined) {
        const decoded = decodeToken(args.resumptionToken);
        if (!decoded) throw new OaiError('badResumptionToken', 'The resumption token is not valid');
        token = decoded;
      } else {
        if (args.metadataPrefix !== 'oai_dc') throw new OaiError('cannotDisseminateFormat', 'Only oai_dc');
        token = { prefix: 'oai_dc', offset: 0 };
        if (args.from) token.from = args.from;
        if (args.until) token.until = args.until;
        if (args.set) token.set = args.set;
      }
      const from = token.from ? parseDate(token.from, false) : undefined;
      const until = token.until ? parseDate(token.until, true) : undefined;
      if (from === null || until === null)
        throw new OaiError('badArgument', 'Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ');
      if (token.from && token.until && token.from.length !== token.until.length) {
        throw new OaiError('badArgument', 'from and until must have the same granularity');
      }
      if (from && until && from > until) throw new OaiError('badArgument', 'from is after until');
      if (token.set && !categories.some((cat) => cat.code === token.set)) {
        throw new OaiError('noRecordsMatch', 'No such set');
      }
      const page = await harvestRecords(ctx, {
        ...(from ? { from } : {}),
        ...(until ? { until } : {}),
        ...(token.set ? { set: token.set } : {}),
        offset: token.offset,
        limit: oaiPageSize,
      });
      if (page.total === 0) throw new OaiError('noRecordsMatch', 'No record matches');
      if (page.records.length === 0) throw new OaiError('badResumptionToken', 'The resumption token is past the end');
      const nextOffset = token.offset + page.records.length;
      const resumption =
        nextOffset < page.total || args.resumptionToken !== undefined
          ? `    <resumptionToken completeListSize="${page.total}" cursor="${token.offset}">${
              nextOffset < page.total ? encodeToken({ ...token, offset: nextOffset }) : ''
            }</resumptionToken>`
          : '';
      const items =
        verb === 'ListIdentifiers'
          ? page.records.map((r) => header(r))
          : page.records.map(
              (r) => `    <record>
${header(r, '      ')}
      <metadata>
      ${dublinCore(r, categories, origin)}
      </metadata>
    </record>`,
            );
      return respond(`  <${verb}>
${items.join('\n')}
${resumption}
  </${verb}>`);
    } catch (error) {
      if (error instanceof OaiError) {
        const ok = error.code !== 'badVerb' && error.code !== 'badArgument';
        return respond(`  <error code="${error.code}">${xml(error.message)}</error>`, ok);
      }
      throw error;
    }

    async function recordOf(identifier: string): Promise<LibraryRecord> {
      if (!identifier.startsWith(idPrefix)) throw new OaiError('idDoesNotExist', 'Unknown identifier');
      try {
        const record = await getRecord({ ...ctx, actor: { kind: 'visitor' } }, identifier.slice(idPrefix.length));
        return record;
      } catch (error) {
        if (error instanceof DomainError && error.code === 'NOT_FOUND')
          throw new OaiError('idDoesNotExist', 'Unknown identifier');
        throw error;
      }
    }
  };

  const argsOf = (entries: [string, string][]) => {
    const args: Record<string, string> = {};
    for (const [k, v] of entries) {
      // A repeated argument is a badArgument: marked so the checks refuse it.
      if (k in args) args.__repeated = k;
      args[k] = v;
    }
    return args;
  };
  routes.get('/oai', (c) => answer(c, argsOf([...new URL(c.req.url).searchParams.entries()])));
  routes.post('/oai', async (c) => {
    const body = await c.req.parseBody();
    return answer(c, argsOf(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string')));
  });
  return routes;
}
