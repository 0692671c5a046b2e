/**
 * A generated bibliography in CSL-JSON, as large as a test needs: every entry is new (its title carries the mark
 * and its number, so none is a duplicate of another or of the library), valid, and in one of the three languages.
 */
export function generatedBibliography(count: number, mark: string): Uint8Array {
  const words = {
    fr: ['décrochage', 'scolaire', 'accrochage', 'élèves', 'familles', 'quartier', 'remédiation', 'tutorat'],
    nl: ['schoolverzuim', 'leerlingen', 'ouders', 'begeleiding', 'wijk', 'spijbelen', 'onderwijs', 'klas'],
    en: ['dropout', 'school', 'engagement', 'pupils', 'families', 'mentoring', 'attendance', 'teachers'],
  } as const;
  const langs = ['fr', 'nl', 'en'] as const;
  const items = Array.from({ length: count }, (_, i) => {
    const lang = langs[i % 3] as (typeof langs)[number];
    const pick = (k: number) => words[lang][(i * 7 + k * 3) % words[lang].length];
    return {
      type: 'article-journal',
      title: `${mark} ${i + 1}: ${pick(1)} ${pick(2)} ${pick(3)}`,
      author: [{ family: `Auteur${(i % 997) + 1}`, given: 'A.' }],
      issued: { 'date-parts': [[1990 + (i % 35)]] },
      language: lang,
      'container-title': `Revue ${pick(4)}`,
      keyword: `${pick(5)}, ${pick(6)}`,
      abstract: `${pick(1)} ${pick(4)} ${pick(7)} ${pick(2)} ${pick(5)} ${pick(3)}.`,
    };
  });
  return new TextEncoder().encode(`[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`);
}
