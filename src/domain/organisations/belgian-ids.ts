/*
 * Belgian enterprise numbers (BCE/KBO) and IBANs: pure checks that say why a value is refused, so that a form can
 * tell people what to fix rather than only that something is wrong.
 */

/** Why an enterprise number is refused. */
export type EnterpriseNumberProblem = 'empty' | 'notDigits' | 'wrongLength' | 'wrongFirstDigit' | 'wrongCheckDigits';

/** Why an IBAN is refused. `wrongAccountCheck` is the Belgian account number's own check, inside the IBAN. */
export type IbanProblem =
  | 'empty'
  | 'invalidCharacters'
  | 'unknownCountry'
  | 'wrongLength'
  | 'notDigits'
  | 'wrongCheckDigits'
  | 'wrongAccountCheck';

/** The answer of a check: the normalised value, or the reason it was refused. */
export type IdCheck<P extends string> = { ok: true; value: string } | { ok: false; reason: P };

/** The check digits of a Belgian enterprise number: 97 minus the first eight digits modulo 97. */
export function enterpriseCheckDigits(firstEight: string): string {
  return String(97 - (Number(firstEight) % 97)).padStart(2, '0');
}

/**
 * Checks an enterprise number typed in any usual way (`0123.456.749`, `0123456749`, `BE 0123 456 749`) and gives
 * its ten digits. Enterprise numbers start with 0 or 1; numbers starting with 2 to 8 belong to establishment
 * units, not to enterprises.
 */
export function checkEnterpriseNumber(input: string): IdCheck<EnterpriseNumberProblem> {
  const compact = input.replace(/[\s.\-/]/g, '').replace(/^BE/i, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(compact)) return { ok: false, reason: 'notDigits' };
  if (compact.length !== 10) return { ok: false, reason: 'wrongLength' };
  if (compact[0] !== '0' && compact[0] !== '1') return { ok: false, reason: 'wrongFirstDigit' };
  if (enterpriseCheckDigits(compact.slice(0, 8)) !== compact.slice(8)) return { ok: false, reason: 'wrongCheckDigits' };
  return { ok: true, value: compact };
}

/** Ten digits written the official way: `0123.456.749`. */
export function formatEnterpriseNumber(digits: string): string {
  return digits.length === 10 ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;
}

/**
 * IBAN lengths by country (SWIFT IBAN registry): the EU and EEA, their European neighbours, and a few others
 * that grant holders might bank in. A country missing here is refused as unknown rather than checked loosely.
 */
// biome-ignore format: a table reads better in rows
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AL: 28,
  AT: 20,
  BA: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  RS: 22,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TR: 26,
  UA: 29,
  VA: 22,
  XK: 20,
};

/** ISO 7064 mod 97-10 of a string of digits and capital letters (A = 10 ... Z = 35), digit by digit. */
function mod97(text: string): number {
  let rest = 0;
  for (const char of text) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** The old Belgian account number's check: its last two digits are the first ten modulo 97 (97 for 0). */
function belgianAccountOk(bban: string): boolean {
  const expected = Number(bban.slice(0, 10)) % 97 || 97;
  return Number(bban.slice(10)) === expected;
}

/** Checks an IBAN (ISO 13616), typed with or without spaces, in any case, and gives it compact in capitals. */
export function checkIban(input: string): IdCheck<IbanProblem> {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^[A-Z0-9]+$/.test(compact)) return { ok: false, reason: 'invalidCharacters' };
  const country = compact.slice(0, 2);
  const length = /^[A-Z]{2}$/.test(country) ? ibanLengths[country] : undefined;
  if (!length) return { ok: false, reason: 'unknownCountry' };
  if (compact.length !== length) return { ok: false, reason: 'wrongLength' };
  if (!/^\d{2}$/.test(compact.slice(2, 4))) return { ok: false, reason: 'wrongCheckDigits' };
  const bban = compact.slice(4);
  if (country === 'BE' && !/^\d+$/.test(bban)) return { ok: false, reason: 'notDigits' };
  if (mod97(bban + compact.slice(0, 4)) !== 1) return { ok: false, reason: 'wrongCheckDigits' };
  if (country === 'BE' && !belgianAccountOk(bban)) return { ok: false, reason: 'wrongAccountCheck' };
  return { ok: true, value: compact };
}

/** An IBAN in groups of four, as printed on statements: `BE68 5390 0754 7034`. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
