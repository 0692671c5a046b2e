import type { LibraryAuthor } from '../../db/schema/library.ts';
import { fold, normaliseDoi, splitParticle } from './names.ts';
import { type RecordData, recordLanguages } from './schemas.ts';

const typesFromCsl: Record<string, RecordData['type']> = {
  'article-journal': 'article',
  article: 'article',
  'paper-conference': 'article',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  thesis: 'thesis',
  legislation: 'regulation',
  legal_case: 'regulation',
  bill: 'regulation',
  'article-magazine': 'professional_article',
  'article-newspaper': 'professional_article',
  dataset: 'dataset',
  motion_picture: 'audiovisual',
  broadcast: 'audiovisual',
  webpage: 'guide',
};

const languageNames: Record<string, string> = {
  french: 'fr',
  francais: 'fr',
  dutch: 'nl',
  nederlands: 'nl',
  neerlandais: 'nl',
  english: 'en',
  anglais: 'en',
  engels: 'en',
  german: 'de',
  spanish: 'es',
  italian: 'it',
};

function languageOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;/]/)
    .map((v) => fold(v))
    .filter(Boolean)
    .map((v) => languageNames[v] ?? v.slice(0, 2))
    .map((v) => ((recordLanguages as readonly string[]).includes(v) ? v : 'other'))
    .filter((v, i, all) => all.indexOf(v) === i);
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

const termsOf = (v: unknown) =>
  text(v)
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);

/** The keywords and categories an entry of a file carries, as written there (candidates for the category mapping). */
export function sourceTermsOf(csl: Record<string, unknown>): { keywords: string[]; sourceCategories: string[] } {
  return { keywords: termsOf(csl.keyword), sourceCategories: termsOf(csl.categories) };
}

/** A CSL-JSON item as the library's record input (before validation). */
export function recordFromCsl(
  csl: Record<string, unknown>,
  categories: Map<string, string>,
): Record<string, unknown> & { title: string } {
  const authors = (Array.isArray(csl.author) ? csl.author : []).flatMap(
    (a: Record<string, unknown>): LibraryAuthor[] => {
      if (a.literal) return [{ family: text(a.literal), organisation: true }];
      if (!a.family) return [];
      const particle = text(a['non-dropping-particle']) || text(a['dropping-particle']);
      const split = particle ? { family: text(a.family), particle } : splitParticle(text(a.family));
      return [{ ...split, ...(a.given ? { given: text(a.given) } : {}) }];
    },
  );
  const issued = csl.issued as { 'date-parts'?: unknown[][]; raw?: string } | undefined;
  const yearPart = issued?.['date-parts']?.[0]?.[0] ?? issued?.raw;
  const year = Number.parseInt(text(yearPart), 10);
  const { keywords, sourceCategories } = sourceTermsOf(csl);
  const mapped = [...keywords, ...sourceCategories]
    .map((k) => categories.get(fold(k)))
    .filter((c): c is string => c !== undefined);
  return {
    type: typesFromCsl[text(csl.type)] ?? 'report',
    title: text(csl.title),
    authors,
    year: Number.isFinite(year) ? year : null,
    languages: languageOf(csl.language),
    abstract: text(csl.abstract) || null,
    keywords: [...new Set(keywords)].slice(0, 100),
    categories: [...new Set(mapped)],
    publisher: text(csl.publisher) || null,
    place: text(csl['publisher-place']) || null,
    journal: text(csl['container-title']) || null,
    volume: text(csl.volume) || null,
    issue: text(csl.issue) || null,
    pages: text(csl.page) || null,
    doi: normaliseDoi(text(csl.DOI)) ?? (text(csl.DOI) || null),
    isbn: text(csl.ISBN) || null,
    issn: text(csl.ISSN) || null,
    url: /^https?:\/\//i.test(text(csl.URL)) ? text(csl.URL) : null,
  };
}
