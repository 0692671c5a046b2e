import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../core/context.ts';
import { type Lang, translator } from '../../core/i18n/index.ts';
import { schools } from '../../db/schema/index.ts';
import type { Answers, FormDefinition } from '../forms/index.ts';
import { applicationPdf as renderPdf } from '../forms/pdf.ts';
import { type LoadedApplication, periodYears } from './access.ts';

/** The school ids an application's answers name, for printing their names. */
export function schoolIdsOf(form: FormDefinition, answers: Answers): string[] {
  const ids = new Set<string>();
  for (const section of form.sections) {
    for (const field of section.fields) {
      const value = answers[field.key];
      if (field.type === 'school' && Array.isArray(value)) for (const id of value) ids.add(String(id));
    }
  }
  return [...ids];
}

/** Names of schools by id, as `Name (number)`. */
export async function schoolNames(db: Db | Tx, ids: readonly string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const rows = await db
    .select({ id: schools.id, name: schools.name, number: schools.schoolNumber })
    .from(schools)
    .where(inArray(schools.id, [...ids]));
  return Object.fromEntries(rows.map((r) => [r.id, `${r.name} (${r.number})`]));
}

/**
 * An application as PDF in a language: the submitted version when there is one, else the current answers.
 * Used for the receipt, the applicant's download and the officers' download.
 */
export async function applicationPdf(
  loaded: Pick<LoadedApplication, 'application' | 'call' | 'form' | 'organisation'>,
  lang: Lang,
  db: Db | Tx,
): Promise<Buffer> {
  const { application, call, form, organisation } = loaded;
  const answers = application.submitted ?? application.answers;
  const t = translator(lang);
  return renderPdf({
    form: form.form,
    answers,
    years: periodYears(call),
    lang,
    reference: application.reference,
    callTitle: call.title[lang],
    organisation: organisation.legalName,
    state: t(`applications.state.${application.state}`),
    submittedAt: application.submittedAt,
    schoolNames: await schoolNames(db, schoolIdsOf(form.form, answers)),
  });
}
