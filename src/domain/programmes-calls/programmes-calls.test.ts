import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { DomainError } from '../../core/errors.ts';
import { getScheme } from './get-scheme.ts';
import { listCalls } from './list-calls.ts';
import { listSchemes } from './list-schemes.ts';
import { Call, Scheme, SchemeWithCalls } from './schemas.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

describe('schemes', () => {
  it('lists the six schemes in display order, each with its sources', async () => {
    const schemes = await listSchemes(visitorContext(database));
    expect(schemes.map((s) => s.code)).toEqual([
      'das',
      'dasc',
      'municipal-prevention',
      'municipal-coordinator',
      'pasc',
      'vocational-pilot',
    ]);
    for (const scheme of schemes) {
      expect(Scheme.parse(scheme)).toEqual(scheme);
      expect(scheme.sources.length).toBeGreaterThan(0);
      for (const lang of ['fr', 'nl', 'en'] as const) expect(scheme.name[lang]).not.toBe('');
    }
  });

  it('gives a scheme with its calls, newest first, each citing its source', async () => {
    const das = await getScheme(visitorContext(database), 'das');
    expect(SchemeWithCalls.parse(das)).toEqual(das);
    const starts = das.calls.map((c) => c.periodStart);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const round = das.calls.find((c) => c.code === 'das-2019-2021');
    expect(round?.envelope?.amountCents).toBe(585_260_900);
    expect(round?.count).toEqual({ value: 384, qualifier: 'exact', unit: 'projects' });
    expect(round?.source?.id).toBe('RTBF_2019');
  });

  it('records the 2022 vocational pilot with its EUR 300,000 envelope', async () => {
    const pilot = await getScheme(visitorContext(database), 'vocational-pilot');
    expect(pilot.kind).toBe('one_off');
    expect(pilot.calls[0]?.envelope?.amountCents).toBe(30_000_000);
    expect(pilot.calls[0]?.periodEnd).toBe(2024);
  });

  it('refuses an unknown scheme with NOT_FOUND', async () => {
    await expect(getScheme(visitorContext(database), 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getScheme(visitorContext(database), 'nope')).rejects.toBeInstanceOf(DomainError);
  });
});

describe('calls', () => {
  it('filters calls by scheme and by a year inside their period', async () => {
    const ctx = visitorContext(database);
    const dasc = await listCalls(ctx, { scheme: 'dasc' });
    expect(dasc.length).toBeGreaterThanOrEqual(3);
    expect(dasc.every((c) => c.schemeCode === 'dasc')).toBe(true);
    expect(dasc[0]?.code).toBe('dasc-2025-2027');

    const in2023 = await listCalls(ctx, { year: 2023 });
    expect(in2023.length).toBeGreaterThan(0);
    expect(in2023.every((c) => c.periodStart <= 2023 && c.periodEnd >= 2023)).toBe(true);
    expect(in2023.map((c) => c.code)).not.toContain('das-2019-2021');
    for (const call of in2023) expect(Call.parse(call)).toEqual(call);
  });

  it('returns nothing for a year without calls', async () => {
    expect(await listCalls(visitorContext(database), { year: 1995 })).toEqual([]);
  });
});
