import { describe, expect, it } from 'vitest';
import type { Answers, SectionDefinition } from '../../domain/forms/index.ts';
import { answersFromFormBody, checkAnswers, defaultForm } from '../../domain/forms/index.ts';
import { createView } from '../view.ts';
import { FormAnswersView, FormErrorSummary, FormSectionFields } from './form-definition.tsx';

const form = defaultForm();
const years = [2025, 2026, 2027];
const section = (key: string) => form.sections.find((s) => s.key === key) as SectionDefinition;
const render = (node: unknown) => String(node);

/** The name=value pairs an HTML form would post from rendered inputs (text inputs, checked boxes, selects). */
function inputsOf(html: string): Record<string, string | string[]> {
  const body: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = body[name];
    body[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<input ([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const type = /type="([^"]*)"/.exec(attrs)?.[1];
    const value = decode(/value="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (!name || type === 'file') continue;
    if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(attrs)) continue;
    add(name, value);
  }
  for (const m of html.matchAll(/<select [^>]*name="([^"]*)"[^>]*>(.*?)<\/select>/gs)) {
    const options = [...(m[2] ?? '').matchAll(/<option value="([^"]*)"( selected="")?/g)];
    const chosen = options.filter((o) => o[2]);
    const multiple = /\bmultiple\b/.test(m[0].slice(0, m[0].indexOf('>')));
    if (chosen.length) for (const o of chosen) add(m[1] ?? '', o[1] ?? '');
    else if (!multiple && options[0]) add(m[1] ?? '', options[0][1] ?? '');
  }
  for (const m of html.matchAll(/<textarea [^>]*name="([^"]*)"[^>]*>(.*?)<\/textarea>/gs))
    add(m[1] ?? '', decode(m[2] ?? ''));
  return body;
}

const answers: Answers = {
  title: 'Devoirs & co',
  summary: 'Un deux trois',
  aims: ['prevent'],
  parents: 'no',
  targetGroup: { ageBands: { '12-14': 40 }, levels: {}, sexes: { girls: 21 } },
  municipalities: ['21015'],
  schools: ['0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10'],
  activities: [{ activity: 'Ateliers', schedule: 'Mardi', place: '' }],
  budget: {
    lines: [{ category: 'staff', label: 'Animation', amounts: { '2025': '1234556', '2026': '100000' } }],
    cofunding: [{ source: 'Commune', amounts: { '2025': '300000' } }],
  },
  budgetDetail: { fileId: 'f1', name: 'budget détaillé.pdf', size: 24_576, mime: 'application/pdf' },
};

describe('form section fields', () => {
  it('renders the project section with labels, required markers, word counter and condition notes', () => {
    const view = createView('fr', '/x');
    const html = render(
      <FormSectionFields view={view} section={section('project')} answers={answers} errors={{}} years={years} />,
    );
    expect(html).toContain(
      '<label for="field-title">Titre du projet<span class="required"> (obligatoire)</span></label>',
    );
    expect(html).toContain('value="Devoirs &amp; co"');
    expect(html).toContain('3 mots sur 300 au maximum');
    expect(html).toContain('data-show-if="parents" data-show-if-values="yes"');
    expect(html).toContain('À remplir seulement si « Les parents participent-ils au projet ? » est « Oui ».');
    expect(html).toMatch(/<input type="checkbox" id="field-aims" name="f.aims" value="prevent" checked/);
    expect(html).toContain('<legend>Finalités du projet');
  });

  it('renders the budget table with euros, computed totals, empty rows and the add rows button', () => {
    const view = createView('en', '/x');
    const html = render(
      <FormSectionFields view={view} section={section('budget')} answers={answers} errors={{}} years={years} />,
    );
    expect(html).toContain('name="f.budget.lines.0.amounts.2025" value="12345.56"');
    expect(html).toContain('name="f.budget.lines.2.label"');
    expect(html).not.toContain('name="f.budget.lines.3.label"');
    expect(html).toContain('<th scope="col" class="num">2027</th>');
    expect(html).toContain('data-budget-total="costs">€13,345.56<');
    expect(html).toContain('data-budget-total="cofunding">€3,000<');
    expect(html).toContain('data-budget-total="requested" aria-live="polite">€10,345.56<');
    expect(html).toContain('name="addRows" value="budget"');
    const more = render(
      <FormSectionFields
        view={view}
        section={section('budget')}
        answers={answers}
        errors={{}}
        years={years}
        moreRows="budget"
      />,
    );
    expect(more).toContain('name="f.budget.lines.5.label"');
  });

  it('posts back what it shows: rendering then reading a section gives the same answers', () => {
    for (const key of ['project', 'people', 'activities', 'budget']) {
      const view = createView('nl', '/x');
      const html = render(
        <FormSectionFields
          view={view}
          section={section(key)}
          answers={answers}
          errors={{}}
          years={years}
          schools={[{ id: '0b7c6a52-3f41-4c1e-9d7a-2f4a1c9e8b10', label: 'Athénée' }]}
        />,
      );
      const back = answersFromFormBody(section(key), inputsOf(html), {});
      for (const field of section(key).fields)
        expect(back[field.key], `${key}.${field.key}`).toEqual(answers[field.key] ?? '');
    }
  });

  it('shows errors beside fields and in a summary linking to them', () => {
    const view = createView('en', '/x');
    const bad = {
      ...answers,
      title: '',
      budget: { lines: [{ category: 'staff' as const, label: 'x', amounts: { '2025': 'lots' } }], cofunding: [] },
    };
    const result = checkAnswers(form, bad, { mode: 'submit', years }, 'en');
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    const html = render(
      <FormSectionFields view={view} section={section('budget')} answers={bad} errors={errors} years={years} />,
    );
    expect(html).toContain('id="field-budget.lines.0.amounts.2025-error">Enter an amount in euros');
    expect(html).toContain('aria-invalid="true"');
    const summary = render(<FormErrorSummary view={view} form={form} errors={errors} />);
    expect(summary).toContain('<a href="#field-title">Project title: This field is required.</a>');
    expect(summary).toContain('<a href="#field-budget.lines.0.amounts.2025">Project budget, Row 1: Enter an amount');
  });

  it('shows a whole application for reading, without fields hidden by their condition', () => {
    const view = createView('nl', '/x');
    const html = render(
      <FormAnswersView view={view} form={form} answers={answers} years={years} files={{ f1: '/files/f1' }} />,
    );
    expect(html).toContain('<h2>Het project</h2>');
    expect(html).toContain('Schaarbeek');
    expect(html).not.toContain('Hoe nemen de ouders deel?');
    expect(html).toContain('<a href="/files/f1">budget détaillé.pdf (24 kB)</a>');
    expect(html).toMatch(/Gevraagd bedrag<\/dt><dd>€\s?10\.345,56<\/dd>/);
    expect(html).toContain('Ateliers');
  });
});
