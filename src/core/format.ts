import { type Lang, locales } from './i18n/index.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${lang}:${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${lang}:${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], { timeZone: 'Europe/Brussels', ...options });
    cache.set(key, f);
  }
  return f;
}

/** Formats a count or a plain number in the language's conventions (e.g. `7 350 000` in French). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** Formats integer euro cents as euros, without decimals when the amount is whole. */
export function formatMoney(cents: bigint, lang: Lang): string {
  const whole = cents % 100n === 0n;
  const euros = whole ? Number(cents / 100n) : Number(cents) / 100;
  return numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(euros);
}

/** Formats a percentage given as a number of percent (11.8 gives `11,8 %` in French). */
export function formatPercent(value: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/**
 * Formats an ISO date (`YYYY-MM-DD`) as precisely as it is known: a full date, a month and year, or a year.
 * Dates are read as calendar dates in Brussels.
 */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y = '1970', m = '01', d = '01'] = iso.split('-');
  // Noon UTC keeps the calendar day the same in Europe/Brussels whatever the season.
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
  if (precision === 'year') return y;
  if (precision === 'month') return dateFormat(lang, { year: 'numeric', month: 'long' }).format(date);
  return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** A period of years, e.g. `2019-2021`, or one year when both ends are the same. */
export function formatPeriod(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

/**
 * An instant as a Brussels date, and time when `time` is given, in the language's conventions
 * (`27 novembre 2026 à 14:30`). Formatters are made once per language and style.
 */
export function formatInstant(
  at: Date,
  lang: Lang,
  style: { date: 'short' | 'medium' | 'long'; time?: 'short' | 'medium' } = { date: 'long' },
): string {
  return dateFormat(lang, { dateStyle: style.date, ...(style.time ? { timeStyle: style.time } : {}) }).format(at);
}
