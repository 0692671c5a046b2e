import { describe, expect, it } from 'vitest';
import { budgetTotals } from './budget.ts';
import { defaultForm } from './default-form.ts';
import type { Answers } from './definition.ts';
import { exportColumns, exportRecord, exportRow } from './flatten.ts';

const form = defaultForm();
const answers: Answers = {
  title: 'Devoirs ensemble',
  summary: 'Texte',
  aims: ['prevent', 'reengage'],
  parents: 'no',
  parentsHow: 'ignored because hidden',
  targetGroup: { ageBands: { '12-14': 40, '15-17': 5 }, levels: { secondary: 44 }, sexes: { girls: 20 } },
  schools: ['0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10'],
  municipalities: ['21004', '21009'],
  activities: [
    { activity: 'Ateliers', schedule: 'Mardi', place: '' },
    { activity: 'Théâtre', schedule: 'Mercredi', place: 'Salle' },
  ],
  budget: {
    lines: [
      { category: 'staff', label: 'A', amounts: { '2025': '1000050', '2026': '1000000' } },
      { category: 'equipment', label: 'B', amounts: { '2025': '25000' } },
    ],
    cofunding: [{ source: 'Commune', amounts: { '2026': '100000' } }],
  },
  budgetDetail: { fileId: 'f1', name: 'budget.pdf', size: 10, mime: 'application/pdf' },
};

describe('flattened export', () => {
  it('gives one column per scalar field and several for tables, with headers in the language asked', () => {
    const columns = exportColumns(form, 'en');
    const keys = columns.map((c) => c.key);
    expect(keys.slice(0, 5)).toEqual(['title', 'summary', 'aims', 'parents', 'parentsHow']);
    expect(keys).toContain('budget.requested');
    expect(keys).toContain('targetGroup.total');
    expect(keys).toContain('activities.count');
    expect(columns.find((c) => c.key === 'budget.staff')).toEqual({
      key: 'budget.staff',
      header: 'Project budget: Staff (EUR)',
      type: 'number',
    });
    expect(exportColumns(form, 'nl').find((c) => c.key === 'budget.requested')?.header).toBe(
      'Begroting van het project: gevraagd bedrag (EUR)',
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the values of an application, totals matching the budget', () => {
    const row = exportRow(form, answers);
    expect(row).toHaveLength(exportColumns(form, 'fr').length);
    const record = exportRecord(form, answers, 'fr');
    expect(record).toMatchObject({
      title: 'Devoirs ensemble',
      aims: 'Prévenir le décrochage scolaire; Raccrocher les jeunes sortis de l’école',
      parents: 'Non',
      parentsHow: null,
      municipalities: 'Bruxelles; Ixelles',
      'schools.count': 1,
      'activities.count': 2,
      activities: 'Ateliers – Mardi; Théâtre – Mercredi – Salle',
      'budget.staff': 20000.5,
      'budget.operating': 0,
      'budget.equipment': 250,
      'budget.total': 20250.5,
      'budget.cofunding': 1000,
      'budget.requested': 19250.5,
      'targetGroup.ageBands.12-14': 40,
      'targetGroup.levels.secondary': 44,
      'targetGroup.total': 45,
      budgetDetail: 'budget.pdf',
    });
    expect(record['budget.requested']).toBe(Number(budgetTotals(answers.budget).requested) / 100);
    expect(exportRecord(form, answers, 'nl').municipalities).toBe('Brussel; Elsene');
  });

  it('leaves an empty application empty, with zero totals', () => {
    const record = exportRecord(form, {});
    expect(record.title).toBeNull();
    expect(record['budget.requested']).toBe(0);
    expect(record['activities.count']).toBe(0);
  });
});
