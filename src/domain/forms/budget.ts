import {
  type Answers,
  allFields,
  type BudgetAnswer,
  type BudgetCategory,
  budgetCategories,
  type FieldDefinition,
  type FormDefinition,
} from './definition.ts';

/** The worked-out figures of a budget, all in integer cents. */
export interface BudgetTotals {
  /** Costs per category over the whole period. */
  byCategory: Record<BudgetCategory, bigint>;
  /** Costs per year (keys are the years of the period, plus any other year found in the lines). */
  costsByYear: Record<string, bigint>;
  /** Co-funding per year. */
  cofundingByYear: Record<string, bigint>;
  /** Requested amount per year (costs minus co-funding of that year). */
  requestedByYear: Record<string, bigint>;
  totalCosts: bigint;
  totalCofunding: bigint;
  /** Total costs minus total co-funding. Negative when co-funding exceeds costs (refused at submission). */
  requested: bigint;
}

/** Cents from a stored digit string; anything that is not a whole number of cents counts as zero. */
export function centsOf(value: unknown): bigint {
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  return 0n;
}

/** Reads a budget answer loosely: whatever is not a budget gives an empty one. */
export function asBudget(value: unknown): BudgetAnswer {
  const v = value as Partial<BudgetAnswer> | null | undefined;
  return {
    lines: Array.isArray(v?.lines) ? v.lines : [],
    cofunding: Array.isArray(v?.cofunding) ? v.cofunding : [],
  };
}

/** Totals per category, per year, co-funding and requested amount of a budget answer. */
export function budgetTotals(value: unknown, years: readonly number[] = []): BudgetTotals {
  const budget = asBudget(value);
  const byCategory = Object.fromEntries(budgetCategories.map((c) => [c, 0n])) as Record<BudgetCategory, bigint>;
  const costsByYear: Record<string, bigint> = {};
  const cofundingByYear: Record<string, bigint> = {};
  for (const year of years) {
    costsByYear[String(year)] = 0n;
    cofundingByYear[String(year)] = 0n;
  }
  let totalCosts = 0n;
  let totalCofunding = 0n;
  for (const line of budget.lines) {
    for (const [year, amount] of Object.entries(line?.amounts ?? {})) {
      const cents = centsOf(amount);
      if ((budgetCategories as readonly string[]).includes(line.category)) byCategory[line.category] += cents;
      costsByYear[year] = (costsByYear[year] ?? 0n) + cents;
      totalCosts += cents;
    }
  }
  for (const line of budget.cofunding) {
    for (const [year, amount] of Object.entries(line?.amounts ?? {})) {
      const cents = centsOf(amount);
      cofundingByYear[year] = (cofundingByYear[year] ?? 0n) + cents;
      totalCofunding += cents;
    }
  }
  const requestedByYear: Record<string, bigint> = {};
  for (const year of new Set([...Object.keys(costsByYear), ...Object.keys(cofundingByYear)])) {
    requestedByYear[year] = (costsByYear[year] ?? 0n) - (cofundingByYear[year] ?? 0n);
  }
  return {
    byCategory,
    costsByYear,
    cofundingByYear,
    requestedByYear,
    totalCosts,
    totalCofunding,
    requested: totalCosts - totalCofunding,
  };
}

/** A line's total over the years, in cents. */
export function lineTotal(line: { amounts?: Record<string, unknown> }): bigint {
  return Object.values(line.amounts ?? {}).reduce<bigint>((sum, v) => sum + centsOf(v), 0n);
}

/** The budget field of a form (a valid definition has exactly one). */
export function budgetField(form: FormDefinition): FieldDefinition | undefined {
  return allFields(form).find((f) => f.field.type === 'budget')?.field;
}

/**
 * The three amounts an application row keeps next to its answers: `total_cents`, `cofunding_cents`,
 * `requested_cents`.
 */
export function applicationAmounts(
  form: FormDefinition,
  answers: Answers,
): { totalCents: bigint; cofundingCents: bigint; requestedCents: bigint } {
  const field = budgetField(form);
  const totals = budgetTotals(field ? answers[field.key] : undefined);
  return { totalCents: totals.totalCosts, cofundingCents: totals.totalCofunding, requestedCents: totals.requested };
}

/**
 * Euros typed by a person (`1 234,56`, `1234.56`, `1.234,56`, `1,234.56`, `€ 12`, `-5`) into a cents digit string,
 * or `null` when it is not an amount. More than two decimals is not an amount.
 */
export function parseEuros(input: string): string | null {
  let s = input.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^€|€$|eur$/gi, '');
  let negative = false;
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  let whole: string;
  let decimals = '';
  const grouped = (text: string, sep: string) =>
    new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(text) ? text.split(sep).join('') : null;
  if (/^\d+$/.test(s)) {
    whole = s;
  } else if (grouped(s, '.') !== null || grouped(s, ',') !== null) {
    // 1.234 or 1,234 or 1.234.567: thousands separators only.
    whole = (grouped(s, '.') ?? grouped(s, ',')) as string;
  } else {
    const match = /^(.*)([.,])(\d{1,2})$/.exec(s);
    if (!match) return null;
    const [, before = '', sep, after = ''] = match;
    const other = sep === ',' ? '.' : ',';
    const plain = /^\d+$/.test(before) ? before : grouped(before, other);
    if (plain === null) return null;
    whole = plain;
    decimals = after;
  }
  if (whole.length > 13) return null;
  const cents = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
  return (negative && cents !== 0n ? '-' : '') + cents.toString();
}

/** Cents as euros for an input box, without thousands separators: `123456` gives `1234,56` (or `1234.56` in English). */
export function centsToInput(cents: string | bigint, lang: 'fr' | 'nl' | 'en'): string {
  const value = typeof cents === 'bigint' ? cents : centsOf(cents);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = (abs / 100n).toString();
  const rest = abs % 100n;
  const sign = negative ? '-' : '';
  if (rest === 0n) return sign + whole;
  return `${sign}${whole}${lang === 'en' ? '.' : ','}${rest.toString().padStart(2, '0')}`;
}

/** Cents as a number of euros (for spreadsheets). */
export function centsToEuros(cents: bigint): number {
  return Number(cents) / 100;
}
