import { describe, expect, it } from 'vitest';
import { defaultForm } from './default-form.ts';
import { defaultRubric } from './default-rubric.ts';
import { allFields, formDefinitionSchema, rubricSchema } from './definition.ts';

describe('the standard form and rubric', () => {
  it('pass the definition schemas', () => {
    expect(formDefinitionSchema.safeParse(defaultForm()).success).toBe(true);
    expect(rubricSchema.safeParse(defaultRubric()).success).toBe(true);
  });

  it('have the sections and fields the subsidy needs', () => {
    const form = defaultForm();
    expect(form.sections.map((s) => s.key)).toEqual([
      'project',
      'people',
      'activities',
      'partners',
      'budget',
      'attachments',
    ]);
    const types = Object.fromEntries(allFields(form).map(({ field }) => [field.key, field.type]));
    expect(types).toMatchObject({
      title: 'text',
      summary: 'longText',
      aims: 'multiChoice',
      parents: 'choice',
      parentsHow: 'longText',
      targetGroup: 'targetGroup',
      schools: 'school',
      municipalities: 'municipality',
      activities: 'list',
      partners: 'list',
      budget: 'budget',
      budgetDetail: 'file',
    });
    expect(allFields(form).find((f) => f.field.key === 'parentsHow')?.field.showIf).toEqual({
      field: 'parents',
      equals: ['yes'],
    });
  });

  it('weights the rubric criteria to 100 with thresholds within the scores', () => {
    const rubric = defaultRubric();
    expect(rubric.criteria.length).toBeGreaterThanOrEqual(4);
    expect(rubric.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    for (const c of rubric.criteria) expect(c.threshold ?? 0).toBeLessThanOrEqual(c.maxScore);
  });

  it('returns a fresh copy each time', () => {
    const a = defaultForm();
    a.sections.pop();
    expect(defaultForm().sections).toHaveLength(6);
  });
});
