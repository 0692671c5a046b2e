import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { defaultForm } from './default-form.ts';
import type { Answers } from './definition.ts';
import { applicationPdf, pdfText } from './pdf.ts';

/** The text of each page of a PDF, read back with pdf.js, spaces normalised. */
async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/[\s\u00a0\u202f]+/g, ' '));
  }
  await pdf.destroy();
  return pages;
}

const answers: Answers = {
  title: 'Réussir ensemble à l’école',
  summary: 'Un “accompagnement” après l’école : devoirs, théâtre et rencontres avec les familles. Ça marche.',
  aims: ['prevent', 'reengage'],
  parents: 'yes',
  parentsHow: 'Une soirée par mois, à l’école.',
  targetGroup: { ageBands: { '12-14': 40, '15-17': 25 }, levels: { secondary: 65 }, sexes: { girls: 30, boys: 35 } },
  municipalities: ['21012', '21015'],
  schools: ['0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10'],
  activities: [
    { activity: 'Atelier de devoirs', schedule: 'Mardi et jeudi, 16 h', place: 'École n° 3' },
    { activity: 'Théâtre', schedule: 'Mercredi', place: '' },
  ],
  partners: [{ name: 'Maison de jeunes', role: 'Animation' }],
  budget: {
    lines: [
      { category: 'staff', label: 'Animatrice à mi-temps', amounts: { '2025': '1500000', '2026': '1500000' } },
      { category: 'operating', label: 'Matériel pédagogique', amounts: { '2025': '123456' } },
    ],
    cofunding: [{ source: 'Commune de Molenbeek', amounts: { '2025': '300000' } }],
  },
  budgetDetail: { fileId: 'f1', name: 'budget-détaillé.xlsx', size: 48_128, mime: 'application/vnd.ms-excel' },
};

describe('application PDF', () => {
  it('holds the header, every section, the budget with the requested amount, the target group and the files', async () => {
    const buffer = await applicationPdf({
      form: defaultForm(),
      answers,
      years: [2025, 2026, 2027],
      lang: 'fr',
      reference: 'DAS-2025-0042',
      callTitle: 'Appel « Dispositif d’accrochage scolaire » 2025–2027',
      organisation: 'ASBL Les Ponts',
      state: 'Déposé',
      submittedAt: new Date('2026-01-15T14:30:00Z'),
      schoolNames: { '0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10': 'Athénée Royal' },
    });
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfPages(buffer)).join(' ');
    expect(text).toContain('Appel « Dispositif d’accrochage scolaire » 2025–2027');
    expect(text).toContain('DAS-2025-0042');
    expect(text).toContain('ASBL Les Ponts');
    // 14:30 UTC is 15:30 in Brussels in January.
    expect(text).toContain('15 janvier 2026 à 15:30 (Europe/Brussels)');
    expect(text).toContain('Réussir ensemble à l’école');
    expect(text).toContain('Un “accompagnement” après l’école : devoirs, théâtre');
    expect(text).toContain('Ça marche.');
    expect(text).toContain('Prévenir le décrochage scolaire, Raccrocher les jeunes sortis de l’école');
    expect(text).toContain('Une soirée par mois');
    expect(text).toContain('Molenbeek-Saint-Jean, Schaerbeek');
    expect(text).toContain('Athénée Royal');
    expect(text).toContain('Atelier de devoirs');
    expect(text).toContain('Maison de jeunes');
    // 30 000 + 1 234,56 costs, 3 000 co-funding: 28 234,56 requested.
    expect(text).toContain('Coût total 16 234,56 € 15 000 € 0 € 31 234,56 €');
    expect(text).toContain('Montant demandé : 28 234,56 €');
    expect(text).toContain('Personnel 30 000 €');
    expect(text).toContain('Commune de Molenbeek');
    expect(text).toContain('12-14 ans 40');
    expect(text).toContain('Total 65');
    expect(text).toContain('budget-détaillé.xlsx (47 kB)');
    expect(text).toMatch(/Page 1 sur \d/);
  });

  it('speaks the language asked, and leaves out fields hidden by their condition', async () => {
    const buffer = await applicationPdf({
      form: defaultForm(),
      answers: { ...answers, parents: 'no' },
      years: [2025, 2026, 2027],
      lang: 'nl',
      reference: 'DAS-2025-0042',
      callTitle: 'Oproep 2025',
      organisation: 'vzw De Bruggen',
      state: 'Concept',
      submittedAt: null,
    });
    const text = (await pdfPages(buffer)).join(' ');
    expect(text).toContain('Nog niet ingediend');
    expect(text).toContain('Gevraagd bedrag: € 28.234,56');
    expect(text).toContain('Sint-Jans-Molenbeek, Schaarbeek');
    expect(text).not.toContain('Hoe nemen de ouders deel?');
    expect(text).not.toContain('Une soirée par mois');
  });

  it('keeps the characters the built-in font can show and marks the others', () => {
    expect(pdfText('é è ë ç “ ” ’ € œ')).toBe('é è ë ç “ ” ’ € œ');
    expect(pdfText('1\u202f000')).toBe('1\u00a0000');
    expect(pdfText('Łódź 😀')).toBe('?ód? ?');
  });
});
