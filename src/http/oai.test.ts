import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import type { TestDatabase } from '../../test/db.ts';
import { systemActor } from '../core/context.ts';
import { importRecords } from '../domain/library/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
  const items = Array.from({ length: 130 }, (_, i) => ({
    type: 'report',
    title: `Rapport de suivi numéro ${i + 1}`,
    author: [{ family: 'Auteur', given: `N${i}` }],
    issued: { 'date-parts': [[2000 + (i % 20)]] },
    categories: i % 2 ? 'statistics' : 'prevention',
  }));
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'oai', now: new Date() };
  await importRecords(ctx, new TextEncoder().encode(JSON.stringify(items)), { publish: true });
});
afterAll(() => database.dispose());

const oai = async (query: string) => {
  const res = await app.request(`/oai?${query}`);
  expect(res.headers.get('content-type')).toContain('text/xml');
  return res.text();
};
const errorCode = (body: string) => /<error code="(\w+)"/.exec(body)?.[1];

describe('OAI-PMH', () => {
  it('identifies the repository and lists formats and sets', async () => {
    const identify = await oai('verb=Identify');
    expect(identify).toContain('<protocolVersion>2.0</protocolVersion>');
    expect(identify).toMatch(/<earliestDatestamp>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/earliestDatestamp>/);
    expect(await oai('verb=ListMetadataFormats')).toContain('<metadataPrefix>oai_dc</metadataPrefix>');
    expect(await oai('verb=ListSets')).toContain('<setSpec>prevention</setSpec>');
  });

  it('pages through every record with resumption tokens', async () => {
    const seen = new Set<string>();
    let body = await oai('verb=ListRecords&metadataPrefix=oai_dc');
    let pages = 1;
    for (;;) {
      for (const m of body.matchAll(/<identifier>(oai:accroche:library\/[0-9a-f-]+)<\/identifier>/g))
        seen.add(m[1] as string);
      const token = /<resumptionToken completeListSize="(\d+)" cursor="\d+">([^<]*)<\/resumptionToken>/.exec(body);
      if (!token?.[2]) {
        expect(seen.size).toBe(Number(token?.[1]));
        break;
      }
      body = await oai(`verb=ListRecords&resumptionToken=${token[2]}`);
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen.size).toBe(130 + 19);
    expect(body).toContain('<dc:title>');
  });

  it('filters by set and dates, and gets one record', async () => {
    const set = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=statistics');
    const inSet = [...set.matchAll(/<setSpec>statistics<\/setSpec>/g)].length;
    expect(inSet).toBe([...set.matchAll(/<header>/g)].length);
    expect(inSet).toBeGreaterThanOrEqual(65);
    const id = /<identifier>(oai:accroche:library\/[0-9a-f-]+)<\/identifier>/.exec(set)?.[1] as string;
    const record = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id}`);
    expect(record).toContain('<dc:creator>');
    expect(errorCode(await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2100-01-01'))).toBe('noRecordsMatch');
    expect(errorCode(await oai('verb=ListRecords&metadataPrefix=oai_dc&until=2000-01-01'))).toBe('noRecordsMatch');
  });

  it('answers with the protocol error codes', async () => {
    expect(errorCode(await oai('verb=Nope'))).toBe('badVerb');
    expect(errorCode(await oai(''))).toBe('badVerb');
    expect(errorCode(await oai('verb=ListRecords'))).toBe('badArgument');
    expect(errorCode(await oai('verb=ListRecords&metadataPrefix=oai_dc&from=yesterday'))).toBe('badArgument');
    expect(errorCode(await oai('verb=Identify&verb=Identify'))).toBe('badArgument');
    expect(errorCode(await oai('verb=ListRecords&metadataPrefix=marc21'))).toBe('cannotDisseminateFormat');
    expect(errorCode(await oai('verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:other:1'))).toBe('idDoesNotExist');
    expect(errorCode(await oai('verb=ListRecords&resumptionToken=garbage'))).toBe('badResumptionToken');
  });

  it('calls a forged resumption token bad, whatever its offset or dates hold', async () => {
    const forge = (token: object) => Buffer.from(JSON.stringify(token)).toString('base64url');
    for (const token of [
      { prefix: 'oai_dc', offset: 1.5 },
      { prefix: 'oai_dc', offset: -1 },
      { prefix: 'oai_dc', offset: 1e300 },
      { prefix: 'oai_dc', offset: '10' },
      { prefix: 'oai_dc', offset: 0, from: { $gt: 1 } },
      { prefix: 'oai_dc', offset: 0, set: ['a'] },
    ]) {
      const res = await app.request(`/oai?verb=ListRecords&resumptionToken=${forge(token)}`);
      expect(res.status, JSON.stringify(token)).toBe(200);
      expect(errorCode(await res.text()), JSON.stringify(token)).toBe('badResumptionToken');
    }
  });
});
