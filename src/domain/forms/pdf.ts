import PDFDocument from 'pdfkit';
import { formatDate, formatInstant, formatMoney, formatNumber } from '../../core/format.ts';
import { type Lang, type MessageKey, pick, translator } from '../../core/i18n/index.ts';
import { asBudget, budgetTotals, lineTotal } from './budget.ts';
import {
  type Answers,
  ageBands,
  budgetCategories,
  type FieldDefinition,
  type FileAnswer,
  type FormDefinition,
  isShown,
  type ListAnswer,
  targetLevels,
  targetSexes,
} from './definition.ts';
import { formMunicipalities } from './reference.ts';

/** What the PDF of an application shows besides its answers. */
export interface ApplicationPdfInput {
  form: FormDefinition;
  answers: Answers;
  /** The years of the call's funding period (columns of the budget table). */
  years: readonly number[];
  lang: Lang;
  reference: string;
  callTitle: string;
  organisation: string;
  /** The state, already in words of the language. */
  state: string;
  submittedAt: Date | null;
  /** Names of schools by id, when the caller knows them (otherwise ids are printed). */
  schoolNames?: Readonly<Record<string, string>> | undefined;
}

/**
 * The built-in Helvetica of PDF readers is encoded in WinAnsi: Latin-1 plus typographic quotes, dashes, the euro
 * sign and a few letters. Number formatting uses narrow no-break spaces, which it lacks: they become no-break
 * spaces; any other character outside the encoding becomes a question mark rather than a wrong glyph.
 */
const winAnsiExtra = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\u202f\u2009\u2007]/g, '\u00a0').replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    out +=
      code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtra.has(code)
        ? ch
        : '?';
  }
  return out;
}

const margin = 50;

export function fileSizeText(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
}

/** An application as a PDF (A4), in one language: header, every section, budget and target group tables, files. */
export function applicationPdf(input: ApplicationPdfInput): Promise<Buffer> {
  const { form, answers, lang } = input;
  const t = translator(lang);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    info: { Title: pdfText(`${input.reference} – ${input.callTitle}`), Author: 'Accroche' },
    lang,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * margin;
  const write = (text: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(pdfText(text), options);
  const money = (cents: bigint) => formatMoney(cents, lang);
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';

  // Header
  doc.font('Helvetica-Bold').fontSize(16);
  write(input.callTitle);
  doc.moveDown(0.4).fontSize(10);
  const facts: [string, string][] = [
    [t('forms.pdf.reference'), input.reference],
    [t('forms.pdf.organisation'), input.organisation],
    [t('forms.pdf.state'), input.state],
    [
      t('forms.pdf.submittedAt'),
      input.submittedAt
        ? `${formatInstant(input.submittedAt, lang, { date: 'long', time: 'short' })} (Europe/Brussels)`
        : t('forms.pdf.notSubmitted'),
    ],
  ];
  for (const [label, value] of facts) {
    doc.font('Helvetica-Bold');
    write(`${label}${colon}`, { continued: true });
    doc.font('Helvetica');
    write(value);
  }
  doc
    .moveDown(0.5)
    .moveTo(margin, doc.y)
    .lineTo(margin + width, doc.y)
    .lineWidth(0.5)
    .stroke();

  /** A table with a header row; the first column is wide, the others are right-aligned numbers. */
  const table = (head: string[], rows: string[][], options: { boldLast?: number; firstWidth?: number } = {}) => {
    const first = options.firstWidth ?? Math.min(220, width * 0.4);
    const other = head.length > 1 ? (width - first) / (head.length - 1) : 0;
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      const heights = cells.map((cell, i) =>
        doc.heightOfString(pdfText(cell), { width: (i === 0 ? first : other) - 6 }),
      );
      const h = Math.max(...heights, 10) + 4;
      if (doc.y + h > doc.page.height - margin - 20) doc.addPage();
      const y = doc.y;
      cells.forEach((cell, i) => {
        const x = i === 0 ? margin : margin + first + (i - 1) * other;
        doc.text(pdfText(cell), x + 3, y + 2, {
          width: (i === 0 ? first : other) - 6,
          align: i === 0 ? 'left' : 'right',
          lineBreak: true,
        });
      });
      doc
        .moveTo(margin, y + h)
        .lineTo(margin + width, y + h)
        .lineWidth(0.3)
        .strokeColor('#999999')
        .stroke()
        .strokeColor('#000000');
      doc.x = margin;
      doc.y = y + h;
    };
    drawRow(head, true);
    rows.forEach((row, i) => {
      drawRow(row, options.boldLast !== undefined && i >= rows.length - options.boldLast);
    });
    doc.moveDown(0.5);
    doc.fontSize(10).font('Helvetica');
  };

  const answerText = (field: FieldDefinition): string | null => {
    const value = answers[field.key];
    const none = t('forms.noAnswer');
    switch (field.type) {
      case 'text':
      case 'longText':
        return typeof value === 'string' && value.trim() ? value : none;
      case 'number':
        return typeof value === 'number' ? formatNumber(value, lang, 2) : none;
      case 'money':
        return typeof value === 'string' && /^\d+$/.test(value) ? money(BigInt(value)) : none;
      case 'date':
        return typeof value === 'string' && value ? formatDate(value, lang) : none;
      case 'choice':
      case 'multiChoice': {
        const values = Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? [value] : [];
        if (!values.length) return none;
        return values
          .map((v) => {
            const option = field.options?.find((o) => o.value === v);
            return option ? pick(option.label, lang) : v;
          })
          .join(', ');
      }
      case 'municipality': {
        const values = Array.isArray(value) ? (value as string[]) : [];
        if (!values.length) return none;
        return values
          .map((code) => {
            const m = formMunicipalities.find((x) => x.nisCode === code);
            return m ? (lang === 'nl' ? m.nameNl : m.nameFr) : code;
          })
          .join(', ');
      }
      case 'school': {
        const values = Array.isArray(value) ? (value as string[]) : [];
        return values.length ? values.map((id) => input.schoolNames?.[id] ?? id).join('\n') : none;
      }
      case 'file': {
        const file = value as FileAnswer | null | undefined;
        return file?.name ? `${file.name} (${fileSizeText(file.size, lang)})` : none;
      }
      case 'list': {
        const rows = Array.isArray(value) ? (value as ListAnswer) : [];
        return rows.length ? null : none;
      }
      default:
        return null;
    }
  };

  for (const section of form.sections) {
    if (doc.y > doc.page.height - margin - 80) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13);
    write(pick(section.title, lang));
    doc.moveDown(0.3);
    for (const field of section.fields) {
      if (!isShown(field, answers)) continue;
      if (doc.y > doc.page.height - margin - 50) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(10);
      write(pick(field.label, lang));
      doc.font('Helvetica').fontSize(10);
      const text = answerText(field);
      if (text !== null) write(text);
      else if (field.type === 'list') {
        const columns = field.columns ?? [];
        const rows = answers[field.key] as ListAnswer;
        table(
          columns.map((c) => pick(c.label, lang)),
          rows.map((row) => columns.map((c) => row[c.key] ?? '')),
          { firstWidth: width / Math.max(1, columns.length) },
        );
      } else if (field.type === 'budget') {
        const budget = asBudget(answers[field.key]);
        const years = input.years.map(String);
        const totals = budgetTotals(budget, input.years);
        const cents = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? money(BigInt(v)) : '');
        const category = (c: string) =>
          (budgetCategories as readonly string[]).includes(c) ? t(`forms.budget.cat.${c}` as MessageKey) : c;
        doc.moveDown(0.3);
        table(
          [t('forms.budget.costs'), ...years, t('forms.budget.total')],
          [
            ...budget.lines.map((line) => [
              `${category(line.category)} – ${line.label}`,
              ...years.map((y) => cents(line.amounts?.[y])),
              money(lineTotal(line)),
            ]),
            [
              t('forms.budget.totalCosts'),
              ...years.map((y) => money(totals.costsByYear[y] ?? 0n)),
              money(totals.totalCosts),
            ],
          ],
          { boldLast: 1 },
        );
        table(
          [t('forms.budget.category'), t('forms.budget.total')],
          budgetCategories.map((c) => [category(c), money(totals.byCategory[c])]),
        );
        if (budget.cofunding.length) {
          table(
            [t('forms.budget.cofunding'), ...years, t('forms.budget.total')],
            [
              ...budget.cofunding.map((line) => [
                line.source,
                ...years.map((y) => cents(line.amounts?.[y])),
                money(lineTotal(line)),
              ]),
              [
                t('forms.budget.totalCofunding'),
                ...years.map((y) => money(totals.cofundingByYear[y] ?? 0n)),
                money(totals.totalCofunding),
              ],
            ],
            { boldLast: 1 },
          );
        }
        doc.font('Helvetica-Bold').fontSize(11);
        write(`${t('forms.budget.requested')}${colon}${money(totals.requested)}`);
        doc.font('Helvetica').fontSize(10);
      } else if (field.type === 'targetGroup') {
        const value = (answers[field.key] ?? {}) as Record<string, Record<string, unknown>>;
        const count = (group: string, k: string) => {
          const n = value[group]?.[k];
          return typeof n === 'number' ? n : 0;
        };
        const groups: [string, string, readonly string[], (k: string) => string][] = [
          ['ageBands', t('forms.target.ageBands'), ageBands, (k) => t('forms.target.age', { band: k })],
          ['levels', t('forms.target.levels'), targetLevels, (k) => t(`forms.target.level.${k}` as MessageKey)],
          ['sexes', t('forms.target.sexes'), targetSexes, (k) => t(`forms.target.sex.${k}` as MessageKey)],
        ];
        doc.moveDown(0.3);
        for (const [group, title, keys, label] of groups) {
          const total = keys.reduce((sum, k) => sum + count(group, k), 0);
          table(
            [title, t('forms.target.count')],
            [
              ...keys.map((k) => [label(k), formatNumber(count(group, k), lang, 0)]),
              [t('forms.target.total'), formatNumber(total, lang, 0)],
            ],
            { boldLast: 1, firstWidth: width * 0.6 },
          );
        }
      }
      doc.moveDown(0.5);
    }
  }

  // Page numbers, written in the bottom margin of each page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8);
    doc.text(
      pdfText(`${input.reference} – ${t('forms.pdf.page', { n: i + 1, total: range.count })}`),
      margin,
      doc.page.height - margin + 15,
      { width, align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
