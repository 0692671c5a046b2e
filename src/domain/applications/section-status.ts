import type { Lang } from '../../core/i18n/index.ts';
import { answersIssues, checkAnswers, type SectionDefinition } from '../forms/index.ts';
import type { ApplicationView } from './get-application.ts';

/** One section of an application as its overview shows it. */
export interface SectionStatus {
  section: SectionDefinition;
  /** How many answers of the section a submission would still refuse. */
  problems: number;
  /** Whether anything in the section is answered. */
  answered: boolean;
}

/** The rules a submission of this application is checked against: its call's years and amounts. */
const submitRules = (app: ApplicationView) => ({
  mode: 'submit' as const,
  years: app.years,
  minCents: app.call.minPerProjectCents ?? undefined,
  maxCents: app.call.maxPerProjectCents ?? undefined,
});

/** Per section: how many answers a submission would still refuse, and whether anything is answered. */
export function sectionStatuses(app: ApplicationView): SectionStatus[] {
  const issues = answersIssues(app.form.form, app.application.answers, submitRules(app));
  return app.form.form.sections.map((section) => {
    const keys = new Set(section.fields.map((f) => f.key));
    const problems = issues.filter((i) => keys.has(String(i.path[0]))).length;
    const answered = section.fields.some((f) => {
      const v = app.application.answers[f.key];
      return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
    });
    return { section, problems, answered };
  });
}

/** What a submission would refuse now, by field key, in the reader's language (empty when it would pass). */
export function submissionProblems(app: ApplicationView, lang: Lang): Record<string, string> {
  const checked = checkAnswers(app.form.form, app.application.answers, submitRules(app), lang);
  return checked.ok ? {} : checked.errors;
}
