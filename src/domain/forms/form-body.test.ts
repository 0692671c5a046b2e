import { describe, expect, it } from 'vitest';
import { answersSchema, describeIssues } from './answers-schema.ts';
import { defaultForm } from './default-form.ts';
import type { Answers, SectionDefinition } from './definition.ts';
import { addRowsRequested, answersFromFormBody, inputId, inputName } from './form-body.ts';

const form = defaultForm();
const section = (key: string) => form.sections.find((s) => s.key === key) as SectionDefinition;

describe('answers from a posted form', () => {
  it('reads scalar, choice and multiple fields, keeping the other sections', () => {
    const existing: Answers = { budget: { lines: [], cofunding: [] }, title: 'old' };
    const answers = answersFromFormBody(
      section('project'),
      {
        _csrf: 'x',
        'f.title': '  Devoirs ensemble ',
        'f.summary': 'Ligne 1\r\nLigne 2',
        'f.aims': ['prevent', 'reengage', 'prevent'],
        'f.parents': 'yes',
        'f.parentsHow': '',
      },
      existing,
    );
    expect(answers).toEqual({
      budget: { lines: [], cofunding: [] },
      title: 'Devoirs ensemble',
      summary: 'Ligne 1\nLigne 2',
      aims: ['prevent', 'reengage'],
      parents: 'yes',
      parentsHow: '',
    });
    // Unticked checkboxes send nothing: the answer becomes empty.
    expect(answersFromFormBody(section('project'), {}, answers).aims).toEqual([]);
  });

  it('reads the budget table, drops empty rows and turns euros into cents', () => {
    const body = {
      'f.budget.lines.0.category': 'staff',
      'f.budget.lines.0.label': 'Animation',
      'f.budget.lines.0.amounts.2025': '1 234,56',
      'f.budget.lines.0.amounts.2026': '',
      'f.budget.lines.1.category': 'staff',
      'f.budget.lines.1.label': '',
      'f.budget.lines.1.amounts.2025': '',
      'f.budget.lines.2.category': 'equipment',
      'f.budget.lines.2.label': 'Ordinateurs',
      'f.budget.lines.2.amounts.2026': 'beaucoup',
      'f.budget.cofunding.0.source': 'Commune',
      'f.budget.cofunding.0.amounts.2025': '500',
      'f.budget.cofunding.1.source': '',
      'f.budget.cofunding.1.amounts.2025': '',
    };
    const answers = answersFromFormBody(section('budget'), body, {});
    expect(answers.budget).toEqual({
      lines: [
        { category: 'staff', label: 'Animation', amounts: { '2025': '123456' } },
        { category: 'equipment', label: 'Ordinateurs', amounts: { '2026': 'beaucoup' } },
      ],
      cofunding: [{ source: 'Commune', amounts: { '2025': '50000' } }],
    });
    // What could not be read is refused with a message at the input's own path.
    const result = answersSchema(form, { mode: 'draft', years: [2025, 2026, 2027], sectionKey: 'budget' }).safeParse(
      answers,
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeIssues(result.error, 'fr')).toEqual({
        'budget.lines.1.amounts.2026': 'Indiquez un montant en euros, par exemple 1 234,56.',
      });
    }
    expect(inputName('budget', 'lines', 1, 'amounts', 2026)).toBe('f.budget.lines.1.amounts.2026');
    expect(inputId('budget', 'lines', 1, 'amounts', 2026)).toBe('field-budget.lines.1.amounts.2026');
  });

  it('reads target group counts, municipalities and schools', () => {
    const answers = answersFromFormBody(
      section('people'),
      {
        'f.targetGroup.ageBands.6-11': '12',
        'f.targetGroup.ageBands.12-14': '',
        'f.targetGroup.levels.primary': '12',
        'f.targetGroup.sexes.girls': 'sept',
        'f.municipalities': ['21001', '21015'],
        'f.schools': '0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10',
      },
      {},
    );
    expect(answers).toEqual({
      targetGroup: { ageBands: { '6-11': 12 }, levels: { primary: 12 }, sexes: { girls: 'sept' } },
      municipalities: ['21001', '21015'],
      schools: ['0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10'],
    });
  });

  it('reads list rows and keeps or removes an attached file', () => {
    const answers = answersFromFormBody(
      section('activities'),
      {
        'f.activities.rows.0.activity': 'Ateliers',
        'f.activities.rows.0.schedule': 'Mardi',
        'f.activities.rows.0.place': '',
        'f.activities.rows.1.activity': '',
        'f.activities.rows.1.schedule': '',
        'f.activities.rows.1.place': '',
        'f.activities.rows.7.activity': '',
        'f.activities.rows.7.schedule': '',
        'f.activities.rows.7.place': 'École 3',
        addRows: 'activities',
      },
      {},
    );
    expect(answers.activities).toEqual([
      { activity: 'Ateliers', schedule: 'Mardi', place: '' },
      { activity: '', schedule: '', place: 'École 3' },
    ]);
    expect(addRowsRequested(section('activities'), { addRows: 'activities' })).toBe('activities');
    expect(addRowsRequested(section('activities'), { addRows: 'budget' })).toBeUndefined();
    expect(addRowsRequested(section('activities'), {})).toBeUndefined();

    const file = { fileId: 'f1', name: 'budget.pdf', size: 10, mime: 'application/pdf' };
    expect(answersFromFormBody(section('attachments'), {}, { budgetDetail: file }).budgetDetail).toEqual(file);
    expect(
      answersFromFormBody(section('attachments'), { 'f.budgetDetail.remove': '1' }, { budgetDetail: file })
        .budgetDetail,
    ).toBeNull();
  });
});
