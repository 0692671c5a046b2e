import { describe, expect, it } from 'vitest';
import {
  checkEnterpriseNumber,
  checkIban,
  enterpriseCheckDigits,
  formatEnterpriseNumber,
  formatIban,
  ibanLengths,
} from './belgian-ids.ts';

describe('enterprise numbers (BCE/KBO)', () => {
  it('accepts the usual ways of writing one and gives its ten digits', () => {
    for (const typed of ['0123.456.749', '0123456749', 'BE0123456749', 'be 0123 456 749', ' 0123.456.749 ']) {
      expect(checkEnterpriseNumber(typed), typed).toEqual({ ok: true, value: '0123456749' });
    }
  });

  it('accepts real numbers, including check digits below ten and a number starting with 1', () => {
    // The Flemish Community, the City of Brussels, and a number whose check digits are 06.
    expect(checkEnterpriseNumber('0316.380.940').ok).toBe(true);
    expect(checkEnterpriseNumber('0207.373.429').ok).toBe(true);
    expect(checkEnterpriseNumber('0417.497.106').ok).toBe(true);
    const firstEight = '10000001';
    expect(checkEnterpriseNumber(`${firstEight}${enterpriseCheckDigits(firstEight)}`).ok).toBe(true);
  });

  it('says why a number is refused', () => {
    expect(checkEnterpriseNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkEnterpriseNumber(' . ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkEnterpriseNumber('0123.456.74a')).toEqual({ ok: false, reason: 'notDigits' });
    expect(checkEnterpriseNumber('123.456.749')).toEqual({ ok: false, reason: 'wrongLength' });
    expect(checkEnterpriseNumber('01234567490')).toEqual({ ok: false, reason: 'wrongLength' });
    // An establishment unit's number: its check digits are right, but it does not name an enterprise.
    const unit = `21234567${enterpriseCheckDigits('21234567')}`;
    expect(checkEnterpriseNumber(unit)).toEqual({ ok: false, reason: 'wrongFirstDigit' });
    expect(checkEnterpriseNumber('0123.456.748')).toEqual({ ok: false, reason: 'wrongCheckDigits' });
    // Two digits swapped: the check catches the usual typing slip.
    expect(checkEnterpriseNumber('0213.456.749')).toEqual({ ok: false, reason: 'wrongCheckDigits' });
  });

  it('computes the check digits as 97 minus the first eight digits modulo 97', () => {
    expect(enterpriseCheckDigits('01234567')).toBe('49');
    expect(enterpriseCheckDigits('04174971')).toBe('06');
  });

  it('formats ten digits the official way', () => {
    expect(formatEnterpriseNumber('0123456749')).toBe('0123.456.749');
  });
});

describe('IBAN', () => {
  it('accepts valid IBANs of several countries, typed with spaces and in lower case', () => {
    expect(checkIban('be68 5390 0754 7034')).toEqual({ ok: true, value: 'BE68539007547034' });
    expect(checkIban('BE71 0961 2345 6769').ok).toBe(true);
    expect(checkIban('NL91ABNA0417164300').ok).toBe(true);
    expect(checkIban('DE89 3704 0044 0532 0130 00').ok).toBe(true);
    expect(checkIban('FR14 2004 1010 0505 0001 3M02 606').ok).toBe(true);
    expect(checkIban('LU28 0019 4006 4475 0000').ok).toBe(true);
  });

  it('accepts a Belgian account whose first ten digits are a multiple of 97 (check 97, not 00)', () => {
    expect(checkIban('BE54 0097 0000 0097').ok).toBe(true);
  });

  it('says why an IBAN is refused', () => {
    expect(checkIban('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkIban('BE68 5390 0754 70!4')).toEqual({ ok: false, reason: 'invalidCharacters' });
    expect(checkIban('XX68539007547034')).toEqual({ ok: false, reason: 'unknownCountry' });
    expect(checkIban('1268539007547034')).toEqual({ ok: false, reason: 'unknownCountry' });
    expect(checkIban('BE6853900754703')).toEqual({ ok: false, reason: 'wrongLength' });
    expect(checkIban('BE68A39007547034')).toEqual({ ok: false, reason: 'notDigits' });
    expect(checkIban('BE68539007547035')).toEqual({ ok: false, reason: 'wrongCheckDigits' });
    expect(checkIban('NL91 ABNA 0417 1643 01')).toEqual({ ok: false, reason: 'wrongCheckDigits' });
  });

  it('refuses a Belgian IBAN whose IBAN check passes but whose account number check fails', () => {
    expect(checkIban('BE41 5390 0754 7035')).toEqual({ ok: false, reason: 'wrongAccountCheck' });
  });

  it('knows the length of every EU country', () => {
    const eu = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
    for (const country of eu) expect(ibanLengths[country], country).toBeGreaterThanOrEqual(15);
    expect(ibanLengths.BE).toBe(16);
  });

  it('formats an IBAN in groups of four', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(formatIban('FR1420041010050500013M02606')).toBe('FR14 2004 1010 0505 0001 3M02 606');
  });
});
