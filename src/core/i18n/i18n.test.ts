import { describe, expect, it } from 'vitest';
import { catalogues, languages, negotiateLang, pick, translator } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const reference = Object.keys(catalogues.fr).sort();

  for (const lang of languages) {
    it(`has every key in ${lang}, and no other`, () => {
      const keys = Object.keys(catalogues[lang]).sort();
      expect(keys.filter((k) => !reference.includes(k))).toEqual([]);
      expect(reference.filter((k) => !keys.includes(k))).toEqual([]);
    });

    it(`has no empty message in ${lang} and the same placeholders as French`, () => {
      for (const key of reference) {
        const text = catalogues[lang][key as keyof (typeof catalogues)['fr']];
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(
          placeholders(catalogues.fr[key as keyof (typeof catalogues)['fr']]),
        );
      }
    });
  }

  it('really translates: Dutch and English differ from French for most keys', () => {
    const same = (lang: 'nl' | 'en') =>
      reference.filter((k) => catalogues[lang][k as 'nav.home'] === catalogues.fr[k as 'nav.home']).length;
    expect(same('nl')).toBeLessThan(reference.length / 10);
    expect(same('en')).toBeLessThan(reference.length / 10);
  });
});

describe('translation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('qualifier.more_than', { value: '440' })).toBe('more than 440');
    expect(t('qualifier.more_than')).toBe('more than {value}');
  });

  it('negotiates the language from Accept-Language with quality values', () => {
    expect(negotiateLang('nl-BE,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(negotiateLang('de-DE,de;q=0.9,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(negotiateLang('de, es')).toBeUndefined();
    expect(negotiateLang('en;q=0, nl;q=0.1')).toBe('nl');
    expect(negotiateLang(undefined)).toBeUndefined();
  });

  it('picks a stored text in the language asked, falling back to French', () => {
    expect(pick({ fr: 'Bonjour', nl: 'Hallo', en: 'Hello' }, 'nl')).toBe('Hallo');
    expect(pick({ fr: 'Bonjour', nl: '', en: '' }, 'en')).toBe('Bonjour');
    expect(pick(null, 'fr')).toBe('');
  });
});
