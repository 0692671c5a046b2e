import { describe, expect, it } from 'vitest';
import { applicationAmounts, budgetTotals, centsToInput, lineTotal, parseEuros } from './budget.ts';
import { defaultForm } from './default-form.ts';
import type { BudgetAnswer } from './definition.ts';

describe('parseEuros', () => {
  it('reads amounts as people type them, in cents', () => {
    expect(parseEuros('1 234,56')).toBe('123456');
    expect(parseEuros('1234.56')).toBe('123456');
    expect(parseEuros('1.234,5')).toBe('123450');
    expect(parseEuros('1,234.56')).toBe('123456');
    expect(parseEuros('1.234')).toBe('123400');
    expect(parseEuros('12 000')).toBe('1200000');
    expect(parseEuros('€ 12')).toBe('1200');
    expect(parseEuros('0,5')).toBe('50');
    expect(parseEuros('-5')).toBe('-500');
    expect(parseEuros('1\u202f000\u00a0€')).toBe('100000');
  });

  it('refuses what is not an amount', () => {
    for (const typed of ['', 'abc', '12,345,6', '1.2.3', '1,2345', '--5', '1e5', '12.5.00']) {
      expect(parseEuros(typed), typed).toBeNull();
    }
    // A single separator followed by three digits groups thousands.
    expect(parseEuros('12,345')).toBe('1234500');
  });

  it('gives the input text back from cents', () => {
    expect(centsToInput('123456', 'fr')).toBe('1234,56');
    expect(centsToInput('123456', 'en')).toBe('1234.56');
    expect(centsToInput(120000n, 'nl')).toBe('1200');
    expect(centsToInput('5', 'fr')).toBe('0,05');
  });
});

describe('budget totals', () => {
  const budget: BudgetAnswer = {
    lines: [
      { category: 'staff', label: 'Animateur', amounts: { '2025': '1000000', '2026': '1200000' } },
      { category: 'operating', label: 'Fournitures', amounts: { '2025': '50050' } },
      { category: 'staff', label: 'Coordination', amounts: { '2027': '99' } },
    ],
    cofunding: [{ source: 'Commune', amounts: { '2025': '200000', '2026': '100000' } }],
  };

  it('adds up categories, years, co-funding and the requested amount in cents', () => {
    const totals = budgetTotals(budget, [2025, 2026, 2027]);
    expect(totals.byCategory).toEqual({ staff: 2200099n, operating: 50050n, equipment: 0n, other: 0n });
    expect(totals.costsByYear).toEqual({ '2025': 1050050n, '2026': 1200000n, '2027': 99n });
    expect(totals.cofundingByYear).toEqual({ '2025': 200000n, '2026': 100000n, '2027': 0n });
    expect(totals.requestedByYear).toEqual({ '2025': 850050n, '2026': 1100000n, '2027': 99n });
    expect(totals.totalCosts).toBe(2250149n);
    expect(totals.totalCofunding).toBe(300000n);
    expect(totals.requested).toBe(1950149n);
    expect(lineTotal(budget.lines[0] ?? { amounts: {} })).toBe(2200000n);
  });

  it('fills the three amounts of an application row from its answers', () => {
    expect(applicationAmounts(defaultForm(), { budget })).toEqual({
      totalCents: 2250149n,
      cofundingCents: 300000n,
      requestedCents: 1950149n,
    });
    expect(applicationAmounts(defaultForm(), {})).toEqual({ totalCents: 0n, cofundingCents: 0n, requestedCents: 0n });
  });

  it('is exact beyond what floating point numbers hold', () => {
    const big = { lines: [{ category: 'other', label: 'x', amounts: { '2025': '900719925474099', '2026': '3' } }] };
    expect(budgetTotals(big).totalCosts).toBe(900719925474102n);
  });
});
