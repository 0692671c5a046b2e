import type { LibraryAuthor } from '../../db/schema/library.ts';

/** Lower case, accents and punctuation folded away, spaces collapsed: for sort keys and duplicate detection. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Particles written apart in lower case ("van den", "de", "d'") before a family name. */
const particlePattern = /^((?:(?:van|von|de|der|den|del|della|du|des|la|le|ten|ter|te|op|'t|in|het)\s+)+|d['’]\s*)/;

/**
 * Splits a lower-case particle from a family name: "van den Berg" gives particle "van den", family "Berg".
 * Capitalised particles ("Van Damme", "De Witte", the Belgian usage) stay part of the family name.
 */
export function splitParticle(family: string): { particle?: string; family: string } {
  const match = particlePattern.exec(family);
  if (!match?.[1] || match[1].length >= family.length) return { family };
  return { particle: match[1].trim(), family: family.slice(match[1].length).trim() };
}

/** "van den Berg, J." (persons) or the organisation's name: how an author is shown and faceted. */
export function authorName(author: LibraryAuthor): string {
  if (author.organisation) return author.family;
  const sep = author.particle && /['’]$/.test(author.particle) ? '' : ' ';
  const family = author.particle ? `${author.particle}${sep}${author.family}` : author.family;
  return author.given ? `${family}, ${author.given}` : family;
}

/** The sort key of an author: the family name first, particles in lower case after it ("berg j van den"). */
export function authorSortKey(author: LibraryAuthor): string {
  return fold([author.family, author.given ?? '', author.particle ?? ''].join(' '));
}

/** Title sort key: folded, leading articles in the three languages left out. */
export function titleSortKey(title: string): string {
  return fold(title).replace(/^(?:(?:le|la|les|l|un|une|de|het|een|the|a|an)\s+)/, '');
}

/** DOI in lower case, without resolver prefix; null when it does not look like one. */
export function normaliseDoi(doi: string | null | undefined): string | null {
  if (!doi) return null;
  const bare = doi
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? bare : null;
}

/** What recognises a record without a DOI: normalised title, year and first author's family name. */
export function matchKeyOf(title: string, year: number | null, authors: LibraryAuthor[]): string {
  const first = authors[0] ? fold(authors[0].family) : '';
  return `${fold(title)}|${year ?? ''}|${first}`;
}
