import { en } from './messages/en.ts';
import { fr, type MessageKey } from './messages/fr.ts';
import { nl } from './messages/nl.ts';

export type { MessageKey };

/** The interface languages, in the order the language switch shows them. */
export const languages = ['fr', 'nl', 'en'] as const;
export type Lang = (typeof languages)[number];

export const defaultLang: Lang = 'fr';

/** A text stored in the three languages. */
export type Localized = Record<Lang, string>;

export const catalogues: Record<Lang, Record<MessageKey, string>> = { fr, nl, en };

/** BCP 47 locale used for numbers, money and dates. */
export const locales: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The translation function of one language: `{name}` in a message is replaced by `params.name`. */
export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, params) => {
    const message = catalogue[key];
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/**
 * Picks the best language from an `Accept-Language` header (quality values honoured), or `undefined`
 * when none of ours is acceptable.
 */
export function negotiateLang(header: string | undefined | null): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLang(primary)) return primary;
  }
  return undefined;
}

/** The value of a stored multilingual text in one language, falling back to French then any. */
export function pick(text: Partial<Localized> | null | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.fr || text.nl || text.en || '';
}
