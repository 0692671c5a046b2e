import { describe, expect, it } from 'vitest';
import { answersSchema, checkAnswers, countWords, describeIssues } from './answers-schema.ts';
import { defaultForm } from './default-form.ts';
import type { Answers, FormDefinition } from './definition.ts';
import { formDefinitionSchema } from './definition.ts';

const years = [2025, 2026, 2027];
const form = defaultForm();
const schoolId = '0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10';

/** A complete, valid application of the standard form. */
function complete(): Answers {
  return {
    title: 'Devoirs ensemble',
    summary: 'Un accompagnement après l’école pour les élèves de première secondaire.',
    aims: ['prevent', 'reengage'],
    parents: 'no',
    targetGroup: { ageBands: { '12-14': 40 }, levels: { secondary: 40 }, sexes: {} },
    schools: [schoolId],
    municipalities: ['21012', '21015'],
    activities: [{ activity: 'Ateliers', schedule: 'Mardi et jeudi', place: '' }],
    partners: [],
    budget: {
      lines: [{ category: 'staff', label: 'Animation', amounts: { '2025': '2000000', '2026': '2000000' } }],
      cofunding: [{ source: 'Commune', amounts: { '2025': '500000' } }],
    },
    budgetDetail: null,
  };
}

function errorsOf(answers: Answers, options: Parameters<typeof answersSchema>[1], lang: 'fr' | 'nl' | 'en' = 'en') {
  const result = answersSchema(form, options).safeParse(answers);
  return result.success ? {} : describeIssues(result.error, lang);
}

describe('answers schema', () => {
  it('accepts a complete application for submission, and an empty draft', () => {
    expect(errorsOf(complete(), { mode: 'submit', years, minCents: 100000n, maxCents: 5000000n })).toEqual({});
    expect(errorsOf({}, { mode: 'draft', years })).toEqual({});
  });

  it('asks for the required fields only when submitting, and only those shown', () => {
    const errors = errorsOf({}, { mode: 'submit', years });
    expect(Object.keys(errors).sort()).toEqual(
      ['title', 'summary', 'aims', 'parents', 'targetGroup', 'municipalities', 'activities', 'budget.lines'].sort(),
    );
    expect(errors.title).toBe('This field is required.');
    expect(errors['budget.lines']).toBe('The budget needs at least one expense line.');
    // parentsHow is required, but only shown when parents answered yes.
    const withParents = { ...complete(), parents: 'yes' };
    expect(errorsOf(withParents, { mode: 'submit', years })).toEqual({ parentsHow: 'This field is required.' });
    expect(errorsOf({ ...withParents, parentsHow: 'Une soirée par mois.' }, { mode: 'submit', years })).toEqual({});
  });

  it('refuses bad formats even in a draft, with the message in the language asked', () => {
    const answers: Answers = {
      title: 'x'.repeat(301),
      summary: 'mot '.repeat(301),
      aims: ['prevent', 'conquer'],
      parents: 'maybe',
      municipalities: ['21001', '99999'],
      schools: ['not-a-uuid'],
      targetGroup: { ageBands: { '6-11': -1 }, levels: { secondary: 2.5 }, sexes: {} },
      budget: {
        lines: [
          { category: 'staff', label: 'A', amounts: { '2025': '-100' } },
          { category: 'travel' as 'staff', label: 'B', amounts: { '2025': 'abc', '2031': '100' } },
        ],
        cofunding: [],
      },
      activities: [{ activity: 'x', schedule: '', place: '', extra: 'y' }],
    };
    const errors = errorsOf(answers, { mode: 'draft', years });
    expect(errors).toEqual({
      title: 'At most 300 characters.',
      summary: 'At most 300 words (you have 301).',
      aims: 'Choose one of the options offered.',
      parents: 'Choose one of the options offered.',
      municipalities: 'Choose one of the 19 Brussels municipalities.',
      schools: 'Choose a school from the registry.',
      'targetGroup.ageBands.6-11': 'Enter a whole number, zero or more.',
      'targetGroup.levels.secondary': 'Enter a whole number, zero or more.',
      'budget.lines.0.amounts.2025': 'An amount cannot be negative.',
      'budget.lines.1.category': 'Choose an expense category.',
      'budget.lines.1.amounts.2025': 'Enter an amount in euros, for example 1234.56.',
      'budget.lines.1.amounts.2031': 'The year 2031 is not part of the funding period.',
      'activities.rows.0.extra': 'This answer is not valid.',
    });
    expect(errorsOf({ title: 'x'.repeat(301) }, { mode: 'draft', years }, 'fr').title).toBe('Au plus 300 caractères.');
    expect(errorsOf({ title: 'x'.repeat(301) }, { mode: 'draft', years }, 'nl').title).toBe('Hoogstens 300 tekens.');
  });

  it('checks the requested amount against the call, in euros in the message', () => {
    const options = { mode: 'submit' as const, years, minCents: 100000n, maxCents: 3000000n };
    // 40 000 € costs - 5 000 € co-funding = 35 000 € requested, above 30 000 €.
    expect(errorsOf(complete(), options)).toEqual({
      'budget.requested': 'The requested amount (€35,000) is above the call’s maximum (€30,000).',
    });
    expect(errorsOf(complete(), { ...options, minCents: 4000000n, maxCents: undefined }, 'fr')).toEqual({
      'budget.requested':
        'Le montant demandé (35\u202f000\u00a0€) est inférieur au minimum de l’appel (40\u202f000\u00a0€).',
    });
    const over = complete();
    over.budget = {
      lines: [{ category: 'staff', label: 'A', amounts: { '2025': '1000' } }],
      cofunding: [{ source: 'Commune', amounts: { '2025': '1001' } }],
    };
    expect(errorsOf(over, options)).toEqual({
      'budget.cofunding': 'The co-funding (€10.01) is above the total cost (€10).',
    });
    // A draft does not look at the bounds.
    expect(errorsOf(complete(), { ...options, mode: 'draft' })).toEqual({});
  });

  it('asks for labels of budget lines and co-funding sources, and required list columns, when submitting', () => {
    const answers = complete();
    answers.budget = {
      lines: [{ category: 'staff', label: ' ', amounts: { '2025': '100000' } }],
      cofunding: [{ source: '', amounts: { '2025': '100' } }],
    };
    answers.activities = [{ activity: 'Ateliers', schedule: '', place: '' }];
    expect(errorsOf(answers, { mode: 'submit', years })).toEqual({
      'budget.lines.0.label': 'Describe this expense line.',
      'budget.cofunding.0.source': 'Name the source of this co-funding.',
      'activities.rows.0.schedule': 'This field is required.',
    });
  });

  it('asks for at least one count in a required target group', () => {
    const answers = { ...complete(), targetGroup: { ageBands: { '6-11': 0 }, levels: {}, sexes: {} } };
    expect(errorsOf(answers, { mode: 'submit', years })).toEqual({
      targetGroup: 'Enter at least one number of people reached.',
    });
  });

  it('validates one section only, keeping the other answers as they are', () => {
    const answers = { ...complete(), title: '', summary: 'x', unknownKey: 'dropped' };
    const people = answersSchema(form, { mode: 'submit', years, sectionKey: 'people' }).safeParse(answers);
    expect(people.success).toBe(true);
    if (people.success) {
      expect(people.data.title).toBe('');
      expect(people.data).not.toHaveProperty('unknownKey');
    }
    const project = answersSchema(form, { mode: 'submit', years, sectionKey: 'project' }).safeParse(answers);
    expect(project.success).toBe(false);
    expect(() => answersSchema(form, { mode: 'draft', years, sectionKey: 'nope' })).toThrow();
  });

  it('checks numbers, money, dates, files and lists of other forms', () => {
    const custom: FormDefinition = formDefinitionSchema.parse({
      sections: [
        {
          key: 'main',
          title: { fr: 'P', nl: 'P', en: 'P' },
          fields: [
            { key: 'pupils', type: 'number', min: 1, max: 500, label: { fr: 'N', nl: 'N', en: 'N' } },
            { key: 'fee', type: 'money', max: 100, label: { fr: 'M', nl: 'M', en: 'M' } },
            { key: 'start', type: 'date', label: { fr: 'D', nl: 'D', en: 'D' } },
            { key: 'sheet', type: 'file', required: true, label: { fr: 'F', nl: 'F', en: 'F' } },
            {
              key: 'steps',
              type: 'list',
              maxRows: 1,
              label: { fr: 'L', nl: 'L', en: 'L' },
              columns: [
                { key: 'when', type: 'date', label: { fr: 'Q', nl: 'Q', en: 'Q' } },
                { key: 'count', type: 'number', label: { fr: 'C', nl: 'C', en: 'C' } },
              ],
            },
            { key: 'budget', type: 'budget', label: { fr: 'B', nl: 'B', en: 'B' } },
            { key: 'schoolIds', type: 'school', label: { fr: 'S', nl: 'S', en: 'S' } },
          ],
        },
      ],
    });
    const check = (answers: Answers, mode: 'draft' | 'submit' = 'draft') =>
      checkAnswers(custom, answers, { mode, years, schoolIds: [schoolId] }, 'en');
    expect(
      check({
        pupils: 0,
        fee: '10001',
        start: '2026-02-30',
        sheet: { fileId: 'x' } as never,
        steps: [
          { when: '2026-13-01', count: 'many' },
          { when: '', count: '2' },
        ],
        schoolIds: ['1b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10'],
      }),
    ).toEqual({
      ok: false,
      errors: {
        pupils: 'At least 1.',
        fee: 'At most 100.',
        start: 'Enter a date as yyyy-mm-dd, for example 2026-09-01.',
        sheet: 'This attached file is not valid.',
        steps: 'At most 1 rows.',
        'steps.rows.0.when': 'Enter a date as yyyy-mm-dd, for example 2026-09-01.',
        'steps.rows.0.count': 'Enter a number, for example 12 or 12.5.',
        schoolIds: 'Choose a school from the registry.',
      },
    });
    expect(check({ pupils: 'twelve' as never, fee: '12,5' }).ok).toBe(false);
    const good = check(
      {
        pupils: 12,
        fee: '9999',
        start: '2024-02-29',
        sheet: { fileId: 'f1', name: 'budget.pdf', size: 1200, mime: 'application/pdf' },
        schoolIds: [schoolId],
        budget: { lines: [{ category: 'other', label: 'x', amounts: { '2026': '100' } }], cofunding: [] },
      },
      'submit',
    );
    expect(good).toEqual({ ok: true, answers: expect.objectContaining({ pupils: 12 }) });
    expect(check({}, 'submit')).toEqual({
      ok: false,
      errors: { sheet: 'This field is required.', 'budget.lines': 'The budget needs at least one expense line.' },
    });
  });

  it('counts words as the word counter does', () => {
    expect(countWords('  un  deux\ntrois ')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
