import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../test/db.ts';
import { listKeyFigures } from './indicators/index.ts';
import { getMunicipality, listMunicipalities } from './municipalities/index.ts';
import { listTimeline } from './timeline/index.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

describe('municipalities', () => {
  it('lists the 19 municipalities, NIS codes 21001 to 21019', async () => {
    const all = await listMunicipalities(visitorContext(database));
    expect(all).toHaveLength(19);
    expect(all.map((m) => m.nisCode)).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)));
  });

  it('gives Brussels City with its names and four postal codes', async () => {
    const city = await getMunicipality(visitorContext(database), '21004');
    expect(city).toEqual({
      nisCode: '21004',
      nameFr: 'Bruxelles',
      nameNl: 'Brussel',
      postalCodes: ['1000', '1020', '1120', '1130'],
    });
  });

  it('refuses an unknown NIS code with NOT_FOUND', async () => {
    await expect(getMunicipality(visitorContext(database), '21020')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('timeline', () => {
  it('runs from 2015 to 2024 in date order, each step with a source', async () => {
    const events = await listTimeline(visitorContext(database));
    expect(events[0]?.date.startsWith('2015')).toBe(true);
    expect(events.at(-1)?.date.startsWith('2024')).toBe(true);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(events.every((e) => e.source.id.length > 0)).toBe(true);
    expect(events.some((e) => e.date === '2020-07-07')).toBe(true);
  });

  it('keeps only the years asked for', async () => {
    const events = await listTimeline(visitorContext(database), { from: 2020, to: 2021 });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date >= '2020-01-01' && e.date < '2022-01-01')).toBe(true);
  });

  it('refuses a range whose start is after its end', async () => {
    await expect(listTimeline(visitorContext(database), { from: 2022, to: 2020 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('key figures', () => {
  it('include the 11.8% of 2019, each figure with its source', async () => {
    const figures = await listKeyFigures(visitorContext(database));
    const leavers = figures.find((f) => f.value === 11.8);
    expect(leavers).toMatchObject({ unit: 'percent', period: '2019' });
    expect(leavers?.source.id).toBe('CEDEFOP_2025');
    expect(figures.every((f) => f.source.publisher.length > 0)).toBe(true);
  });
});
