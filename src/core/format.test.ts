import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatMoney, formatNumber, formatPercent, formatPeriod } from './format.ts';

// Intl uses narrow no-break spaces in French and Dutch; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('formats euro cents as euros in each language', () => {
    expect(plain(formatMoney(735_000_000n, 'fr'))).toBe('7 350 000 €');
    expect(plain(formatMoney(735_000_000n, 'nl'))).toBe('€ 7.350.000');
    expect(formatMoney(735_000_000n, 'en')).toBe('€7,350,000');
    expect(plain(formatMoney(190_090_050n, 'fr'))).toBe('1 900 900,50 €');
  });

  it('formats percentages and counts', () => {
    expect(plain(formatPercent(11.8, 'fr'))).toBe('11,8 %');
    expect(formatPercent(11.8, 'en')).toBe('11.8%');
    expect(plain(formatNumber(261124, 'fr'))).toBe('261 124');
  });

  it('formats dates only as precisely as they are known', () => {
    expect(formatDate('2020-07-07', 'fr', 'day')).toBe('7 juillet 2020');
    expect(formatDate('2020-07-07', 'nl', 'day')).toBe('7 juli 2020');
    expect(formatDate('2021-07-01', 'en', 'month')).toBe('July 2021');
    expect(formatDate('2016-01-01', 'en', 'year')).toBe('2016');
  });

  it('shows a period of years with a dash, or a single year', () => {
    expect(formatPeriod(2019, 2021)).toBe('2019–2021');
    expect(formatPeriod(2017, 2017)).toBe('2017');
  });
});

describe('instants', () => {
  it('shows an instant in Brussels time, as precisely as asked', () => {
    const at = new Date('2026-07-01T12:30:00Z'); // 14:30 in Brussels (summer time)
    expect(formatInstant(at, 'en', { date: 'long', time: 'short' })).toBe('1 July 2026 at 14:30');
    expect(formatInstant(at, 'nl', { date: 'long' })).toBe('1 juli 2026');
    expect(formatInstant(new Date('2026-12-31T23:30:00Z'), 'fr', { date: 'long' })).toBe('1 janvier 2027');
  });
});
