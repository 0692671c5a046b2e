import { type Lang, type MessageKey, pick, translator } from '../../core/i18n/index.ts';
import { budgetTotals, centsToEuros } from './budget.ts';
import {
  type Answers,
  ageBands,
  allFields,
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

/**
 * One row per application for CSV and XLSX exports. Scalar answers are text, multiple answers are joined with
 * "; ", money is a number of euros, the budget gives its totals per category and the requested amount, the target
 * group its counts and total, lists their number of rows and their rows joined.
 */

export interface ExportColumn {
  /** Stable key: `<field>` or `<field>.<part>` (e.g. `budget.staff`, `activities.count`). */
  key: string;
  header: string;
  type: 'text' | 'number';
}

export type ExportCell = string | number | null;

const joiner = '; ';

interface Part {
  key: string;
  header: (lang: Lang) => string;
  type: 'text' | 'number';
  value: (answers: Answers, lang: Lang) => ExportCell;
}

const counts = (value: unknown, group: string, keys: readonly string[]): number[] =>
  keys.map((k) => {
    const n = (value as Record<string, Record<string, unknown>> | null | undefined)?.[group]?.[k];
    return typeof n === 'number' && Number.isFinite(n) ? n : 0;
  });

function partsOf(field: FieldDefinition): Part[] {
  const label = (lang: Lang) => pick(field.label, lang);
  const t = (lang: Lang) => translator(lang);
  const v = (answers: Answers) => answers[field.key];
  const text = (fn: (answers: Answers, lang: Lang) => ExportCell): Part[] => [
    { key: field.key, header: label, type: 'text', value: fn },
  ];
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'date':
      return text((a) => {
        const x = v(a);
        return typeof x === 'string' && x !== '' ? x : null;
      });
    case 'number':
      return [
        {
          key: field.key,
          header: label,
          type: 'number',
          value: (a) => (typeof v(a) === 'number' ? (v(a) as number) : null),
        },
      ];
    case 'money':
      return [
        {
          key: field.key,
          header: label,
          type: 'number',
          value: (a) => {
            const x = v(a);
            return typeof x === 'string' && /^\d+$/.test(x) ? centsToEuros(BigInt(x)) : null;
          },
        },
      ];
    case 'choice':
    case 'multiChoice':
      return text((a, lang) => {
        const x = v(a);
        const values = Array.isArray(x) ? (x as string[]) : typeof x === 'string' && x ? [x] : [];
        if (!values.length) return null;
        return values
          .map((value) => {
            const option = field.options?.find((o) => o.value === value);
            return option ? pick(option.label, lang) : value;
          })
          .join(joiner);
      });
    case 'municipality':
      return text((a, lang) => {
        const x = v(a);
        const values = Array.isArray(x) ? (x as string[]) : [];
        if (!values.length) return null;
        return values
          .map((code) => {
            const m = formMunicipalities.find((y) => y.nisCode === code);
            return m ? (lang === 'nl' ? m.nameNl : m.nameFr) : code;
          })
          .join(joiner);
      });
    case 'school':
      return [
        {
          key: `${field.key}.count`,
          header: (lang) => t(lang)('forms.export.count', { label: label(lang) }),
          type: 'number',
          value: (a) => (Array.isArray(v(a)) ? (v(a) as string[]).length : 0),
        },
        {
          key: field.key,
          header: label,
          type: 'text',
          value: (a) => (Array.isArray(v(a)) && (v(a) as string[]).length ? (v(a) as string[]).join(joiner) : null),
        },
      ];
    case 'file':
      return text((a) => (v(a) as FileAnswer | null | undefined)?.name ?? null);
    case 'budget':
      return [
        ...budgetCategories.map(
          (c): Part => ({
            key: `${field.key}.${c}`,
            header: (lang) =>
              t(lang)('forms.export.category', {
                label: label(lang),
                category: t(lang)(`forms.budget.cat.${c}` as MessageKey),
              }),
            type: 'number',
            value: (a) => centsToEuros(budgetTotals(v(a)).byCategory[c]),
          }),
        ),
        {
          key: `${field.key}.total`,
          header: (lang) => t(lang)('forms.export.totalCosts', { label: label(lang) }),
          type: 'number',
          value: (a) => centsToEuros(budgetTotals(v(a)).totalCosts),
        },
        {
          key: `${field.key}.cofunding`,
          header: (lang) => t(lang)('forms.export.cofunding', { label: label(lang) }),
          type: 'number',
          value: (a) => centsToEuros(budgetTotals(v(a)).totalCofunding),
        },
        {
          key: `${field.key}.requested`,
          header: (lang) => t(lang)('forms.export.requested', { label: label(lang) }),
          type: 'number',
          value: (a) => centsToEuros(budgetTotals(v(a)).requested),
        },
      ];
    case 'targetGroup': {
      const groups = [
        ['ageBands', ageBands, (k: string, lang: Lang) => t(lang)('forms.target.age', { band: k })],
        ['levels', targetLevels, (k: string, lang: Lang) => t(lang)(`forms.target.level.${k}` as MessageKey)],
        ['sexes', targetSexes, (k: string, lang: Lang) => t(lang)(`forms.target.sex.${k}` as MessageKey)],
      ] as const;
      const parts: Part[] = [];
      for (const [group, keys, name] of groups) {
        keys.forEach((k, i) => {
          parts.push({
            key: `${field.key}.${group}.${k}`,
            header: (lang) => `${label(lang)}: ${name(k, lang)}`,
            type: 'number',
            value: (a) => counts(v(a), group, keys)[i] ?? 0,
          });
        });
      }
      // The three tables count the same people in different ways: the total is the largest of their sums.
      parts.push({
        key: `${field.key}.total`,
        header: (lang) => t(lang)('forms.export.total', { label: label(lang) }),
        type: 'number',
        value: (a) =>
          Math.max(...groups.map(([group, keys]) => counts(v(a), group, keys).reduce((sum, n) => sum + n, 0))),
      });
      return parts;
    }
    case 'list': {
      const rows = (a: Answers) => (Array.isArray(v(a)) ? (v(a) as ListAnswer) : []);
      return [
        {
          key: `${field.key}.count`,
          header: (lang) => t(lang)('forms.export.count', { label: label(lang) }),
          type: 'number',
          value: (a) => rows(a).length,
        },
        {
          key: field.key,
          header: label,
          type: 'text',
          value: (a) =>
            rows(a).length
              ? rows(a)
                  .map((row) =>
                    (field.columns ?? [])
                      .map((c) => row[c.key] ?? '')
                      .filter(Boolean)
                      .join(' – '),
                  )
                  .join(joiner)
              : null,
        },
      ];
    }
  }
}

/** The export columns of a form, with headers in one language. */
export function exportColumns(form: FormDefinition, lang: Lang): ExportColumn[] {
  return allFields(form).flatMap(({ field }) =>
    partsOf(field).map((p) => ({ key: p.key, header: p.header(lang), type: p.type })),
  );
}

/**
 * One application's cells, in the order of `exportColumns`. Fields hidden by their condition are empty. Choice
 * labels and municipality names are given in `lang` (French by default).
 */
export function exportRow(form: FormDefinition, answers: Answers, lang: Lang = 'fr'): ExportCell[] {
  return allFields(form).flatMap(({ field }) => {
    const parts = partsOf(field);
    if (!isShown(field, answers)) return parts.map(() => null);
    return parts.map((p) => p.value(answers, lang));
  });
}

/** One application's cells by column key (the same values as `exportRow`). */
export function exportRecord(form: FormDefinition, answers: Answers, lang: Lang = 'fr'): Record<string, ExportCell> {
  const columns = exportColumns(form, lang);
  const row = exportRow(form, answers, lang);
  return Object.fromEntries(columns.map((c, i) => [c.key, row[i] ?? null]));
}
