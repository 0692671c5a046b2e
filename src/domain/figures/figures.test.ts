import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { type Context, systemActor } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { fromRoot } from '../../core/paths.ts';
import { auditLog, indicatorValues } from '../../db/schema/index.ts';
import {
  checkBoundaries,
  GeoJsonRejected,
  getIndicator,
  ImportRejected,
  importBoundaries,
  importIndicatorValues,
  listBoundaries,
  listIndicators,
  listTerritoryValues,
  listValues,
  parseCsv,
  toCsv,
} from './index.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

const now = new Date('2026-01-15T10:00:00Z');
const system = (): Context => ({ actor: systemActor('test'), db: database.db, requestId: 'test', now });
const admin = (): Context => ({
  actor: { kind: 'user', id: 'admin-1', roles: ['admin'], municipality: null },
  db: database.db,
  requestId: 'test',
  now,
});
const officer = (): Context => ({
  actor: { kind: 'user', id: 'officer-1', roles: ['officer'], municipality: null },
  db: database.db,
  requestId: 'test',
  now,
});
const valueCount = async () => (await database.db.select({ n: count() }).from(indicatorValues))[0]?.n ?? 0;

const sharedData = path.resolve(fromRoot('.'), '..', 'shared', 'data');
const wgs84File = path.join(sharedData, 'brussels-municipalities.geojson');
const lambertFile = path.join(sharedData, 'brussels-municipalities.lambert72.geojson');

describe('the seeded catalogue', () => {
  it('lists the indicators with their coverage; the disadvantaged share covers all 19 municipalities', async () => {
    const indicators = await listIndicators(visitorContext(database));
    expect(indicators.map((i) => i.code)).toContain('early-leavers-18-24');
    const esl = await getIndicator(visitorContext(database), 'early-leavers-18-24');
    expect(esl.territories).toEqual(['BE', 'BE10', 'BE2', 'BE3', 'EU27_2020']);
    expect(esl.municipal).toBe(false);
    const isef = indicators.find((i) => i.code === 'disadvantaged-first-secondary');
    expect(isef?.territories.filter((t) => t.startsWith('21'))).toHaveLength(19);
    expect(isef?.municipal).toBe(true);
  });

  it('gives the latest Brussels rate with its source, and one preferred value per cell', async () => {
    const values = await listValues(visitorContext(database), 'early-leavers-18-24', { territory: 'BE10', year: 2024 });
    const total = values.find((v) => v.breakdown === 'total' && v.preferred);
    expect(total?.value).toBe(9.8);
    expect(total?.source.id).toBe('FPB_2025');
    const all = await listValues(visitorContext(database), 'early-leavers-18-24');
    const preferredPerCell = new Map<string, number>();
    for (const v of all.filter((x) => x.preferred)) {
      const key = `${v.territory}|${v.year}|${v.breakdown}`;
      preferredPerCell.set(key, (preferredPerCell.get(key) ?? 0) + 1);
    }
    expect([...preferredPerCell.values()].every((n) => n === 1)).toBe(true);
  });

  it('keeps both school-delay figures (25 % and 28 %), each with its own source', async () => {
    const values = await listValues(visitorContext(database), 'pupils-two-years-behind', {
      territory: 'BE10',
      year: 2019,
    });
    expect(values.map((v) => [v.value, v.source.id]).sort()).toEqual([
      [25, 'CEDEFOP_2025'],
      [28, 'RTBF_2019'],
    ]);
  });

  it("gives a municipality's values across indicators", async () => {
    const values = await listTerritoryValues(visitorContext(database), '21014');
    expect(values.map((v) => v.indicator)).toContain('disadvantaged-first-secondary');
    expect(values.find((v) => v.indicator === 'disadvantaged-first-secondary')?.value).toBe(90.1);
  });
});

describe('CSV', () => {
  it('reads quoted fields, doubled quotes and CRLF, and writes them back', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        [1.5, '=cmd'],
      ],
    );
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x,y', 'say "hi"'],
      ['1.5', "'=cmd"],
    ]);
  });
});

describe('importing values', () => {
  const header = 'indicator,territory,year,breakdown,value,source,preferred,note';

  it('imports a valid file in one go, moves the preferred mark, and writes an audit row', async () => {
    const csv = [
      header,
      'disadvantaged-first-secondary,21001,2013,total,79.5,LESOIR_2014,1,test value',
      'pupils-two-years-behind,BE10,2019,total,26,RUDIVERVOORT_2015,1,',
    ].join('\n');
    const result = await importIndicatorValues(admin(), { csv, fileName: 'values.csv' });
    expect(result.imported).toBe(2);
    const v = await listValues(visitorContext(database), 'disadvantaged-first-secondary', {
      territory: '21001',
      year: 2013,
    });
    expect(v.map((x) => [x.value, x.preferred, x.note])).toEqual([[79.5, true, 'test value']]);
    const delay = await listValues(visitorContext(database), 'pupils-two-years-behind', {
      territory: 'BE10',
      year: 2019,
    });
    expect(delay.filter((x) => x.preferred).map((x) => x.source.id)).toEqual(['RUDIVERVOORT_2015']);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'indicator_values.import'), eq(auditLog.entityId, 'values.csv')));
    expect(audit).toHaveLength(1);
  });

  it('refuses a file with bad lines, naming each line and its reason, and writes nothing', async () => {
    const before = await valueCount();
    const csv = [
      header,
      'disadvantaged-first-secondary,21002,2013,total,7,LESOIR_2014,1,fine on its own',
      'no-such-indicator,BE10,2020,total,1,LESOIR_2014,1,',
      'early-leavers-18-24,XX99,2020,total,1,FPB_2025,1,',
      'early-leavers-18-24,BE10,2020,total,abc,FPB_2025,1,',
      'early-leavers-18-24,BE10,1850,total,3,FPB_2025,1,',
      'early-leavers-18-24,BE10,2099,total,3,FPB_2025,1,',
      'disadvantaged-first-secondary,21002,2013,total,8,LESOIR_2014,1,',
      'early-leavers-18-24,BE10,2020,sex=X,3,FPB_2025,1,',
      'early-leavers-18-24,BE10,2020,total,3,NOPE,1,',
    ].join('\n');
    const error = await importIndicatorValues(admin(), { csv }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as ImportRejected).rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'unknownIndicator'],
      [4, 'unknownTerritory'],
      [5, 'notANumber'],
      [6, 'yearOutOfRange'],
      [7, 'yearOutOfRange'],
      [8, 'duplicate'],
      [9, 'badBreakdown'],
      [10, 'unknownSource'],
    ]);
    expect(await valueCount()).toBe(before);
    const v = await listValues(visitorContext(database), 'disadvantaged-first-secondary', {
      territory: '21002',
      year: 2013,
    });
    expect(v).toEqual([]);
  });

  it('refuses a file without the expected header', async () => {
    const error = await importIndicatorValues(admin(), { csv: 'a,b\n1,2' }).catch((e: unknown) => e);
    expect((error as ImportRejected).rejected).toEqual([{ line: 1, reason: 'header', value: expect.any(String) }]);
  });

  it('is for administrators only', async () => {
    const error = await importIndicatorValues(officer(), { csv: header }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('FORBIDDEN');
  });
});

describe('boundaries', () => {
  const square = (nis: string, x = 4.35, y = 50.85) => ({
    type: 'Feature',
    properties: { nis_code: nis },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 0.01, y],
          [x + 0.01, y + 0.01],
          [x, y],
        ],
      ],
    },
  });
  const nineteen = Array.from({ length: 19 }, (_, i) => square(String(21001 + i), 4.3 + i * 0.01));
  const reasonOf = (text: string) => {
    try {
      checkBoundaries(text);
      return 'accepted';
    } catch (error) {
      return error instanceof GeoJsonRejected ? `${error.reason} ${error.detail}`.trim() : 'other';
    }
  };

  it('refuses what is not a FeatureCollection of the 19 municipalities in WGS84, with the reason', () => {
    expect(reasonOf('not json')).toBe('notJson');
    expect(reasonOf(JSON.stringify({ type: 'Feature' }))).toBe('notFeatureCollection');
    expect(reasonOf(JSON.stringify({ type: 'FeatureCollection', features: nineteen.slice(1) }))).toBe(
      'featureCount 18',
    );
    const noCode = nineteen.map((f, i) => (i === 3 ? { ...f, properties: {} } : f));
    expect(reasonOf(JSON.stringify({ type: 'FeatureCollection', features: noCode }))).toBe('missingNisCode #4');
    const foreign = nineteen.map((f, i) => (i === 0 ? square('11002') : f));
    expect(reasonOf(JSON.stringify({ type: 'FeatureCollection', features: foreign }))).toBe('unknownNisCode 11002');
    const twice = nineteen.map((f, i) => (i === 1 ? square('21001') : f));
    expect(reasonOf(JSON.stringify({ type: 'FeatureCollection', features: twice }))).toBe('duplicateNisCode 21001');
    const far = nineteen.map((f, i) => (i === 2 ? square('21003', 150000, 170000) : f));
    expect(reasonOf(JSON.stringify({ type: 'FeatureCollection', features: far }))).toBe('notWgs84 21003');
    expect(reasonOf(JSON.stringify({ type: 'FeatureCollection', features: nineteen }))).toBe('accepted');
  });

  it.skipIf(!fs.existsSync(lambertFile))('refuses the real Lambert 72 file as not WGS84', () => {
    expect(reasonOf(fs.readFileSync(lambertFile, 'utf8'))).toMatch(/^notWgs84 /);
  });

  it.skipIf(!fs.existsSync(wgs84File))('imports the real WGS84 boundaries (../shared/data), audited', async () => {
    const result = await importBoundaries(system(), {
      geojson: fs.readFileSync(wgs84File, 'utf8'),
      credit: 'Statbel',
      fileName: 'brussels-municipalities.geojson',
    });
    expect(result.imported).toBe(19);
    const rows = await listBoundaries(visitorContext(database));
    expect(rows.map((r) => r.nisCode)).toHaveLength(19);
    expect(rows.find((r) => r.nisCode === '21009')?.geometry.type).toBe('MultiPolygon');
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'boundaries.import'));
    expect(audit).toHaveLength(1);
  });

  it('is for administrators only', async () => {
    const error = await importBoundaries(officer(), { geojson: '{}', credit: '' }).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('FORBIDDEN');
  });
});
