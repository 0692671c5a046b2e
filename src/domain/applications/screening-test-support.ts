import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/context.ts';
import { systemActor } from '../../core/context.ts';
import {
  type ApplicationState,
  applicationMunicipalities,
  applications,
  callFormVersions,
  organisationMembers,
} from '../../db/schema/index.ts';
import { createCall, publishCall } from '../calls/index.ts';
import { callInput } from '../calls/test-support.ts';
import { applicationAmounts, budgetField } from '../forms/budget.ts';
import type { Answers, BudgetAnswer, BudgetCategory, FormDefinition } from '../forms/definition.ts';
import { createOrganisation } from '../organisations/index.ts';
import { association, contextOf, enterpriseNumberFrom, type UserActor } from '../organisations/test-support.ts';

/** Tests and the benchmark only: calls, organisations and applications for the screening verbs. */

/** A published call (made and published by the system at `at`), with its form. */
export async function openCall(
  db: Db,
  options: { at: Date; opensAt: string; closesAt: string; code?: string },
): Promise<{ code: string; form: FormDefinition; formVersion: number }> {
  const ctx = contextOf(db, systemActor('test'), options.at);
  const call = await createCall(ctx, callInput({ opensAt: options.opensAt, closesAt: options.closesAt }));
  await publishCall(ctx, call.code);
  const [version] = await db.select().from(callFormVersions).where(eq(callFormVersions.callCode, call.code));
  if (!version) throw new Error('The call has no form version');
  return { code: call.code, form: version.form, formVersion: version.version };
}

let enterpriseSeed = 10_000_000;

/** An association owned by `owner`, with the other people as plain members. */
export async function organisationOf(
  db: Db,
  owner: UserActor,
  options: {
    members?: UserActor[];
    legalName?: string;
    type?: 'association' | 'school';
    municipalityNis?: string;
  } = {},
): Promise<string> {
  enterpriseSeed += 1;
  const created = await createOrganisation(
    contextOf(db, owner),
    association({
      legalName: options.legalName ?? `Association ${enterpriseSeed}`,
      enterpriseNumber: enterpriseNumberFrom(`0${String(enterpriseSeed).slice(1)}`),
      ...(options.municipalityNis ? { municipalityNis: options.municipalityNis } : {}),
    }),
  );
  for (const member of options.members ?? []) {
    await db.insert(organisationMembers).values({ organisationId: created.id, userId: member.id, role: 'member' });
  }
  return created.id;
}

/** A budget over the period's first year: one line per category given, and co-funding. Amounts in cents. */
export function budgetOf(lines: Partial<Record<BudgetCategory, number>>, cofunding = 0, year = '2027'): BudgetAnswer {
  return {
    lines: Object.entries(lines).map(([category, cents]) => ({
      category: category as BudgetCategory,
      label: `${category} line`,
      amounts: { [year]: String(cents) },
    })),
    cofunding: cofunding ? [{ source: 'Commune', amounts: { [year]: String(cofunding) } }] : [],
  };
}

let referenceSeed = 0;

/**
 * An application written straight into the database in a given state, with a title, a budget and municipalities
 * concerned; anything past the draft gets a frozen `submitted` copy and a submission instant.
 */
export async function insertApplication(
  db: Db,
  options: {
    call: { code: string; form: FormDefinition; formVersion: number };
    organisationId: string;
    state: ApplicationState;
    budget: BudgetAnswer;
    title?: string;
    municipalities?: string[];
    submittedAt?: Date;
    createdBy?: string;
  },
): Promise<{ id: string; reference: string }> {
  referenceSeed += 1;
  const reference = `${options.call.code}-${String(referenceSeed).padStart(4, '0')}`;
  const key = budgetField(options.call.form)?.key ?? 'budget';
  const answers: Answers = {
    title: options.title ?? `Projet ${referenceSeed}`,
    [key]: options.budget,
    ...(options.municipalities ? { municipalities: options.municipalities } : {}),
  };
  const submitted = options.state !== 'draft';
  const [row] = await db
    .insert(applications)
    .values({
      reference,
      callCode: options.call.code,
      formVersion: options.call.formVersion,
      organisationId: options.organisationId,
      state: options.state,
      title: String(answers.title),
      answers,
      ...applicationAmounts(options.call.form, answers),
      submitted: submitted ? answers : null,
      submittedAt: submitted ? (options.submittedAt ?? new Date('2026-11-20T10:00:00Z')) : null,
      createdBy: options.createdBy ?? null,
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('The application insert returned no row');
  if (options.municipalities?.length) {
    await db
      .insert(applicationMunicipalities)
      .values(options.municipalities.map((municipalityNis) => ({ applicationId: row.id, municipalityNis })));
  }
  return { id: row.id, reference };
}

/** The state of an application now. */
export async function stateOf(db: Db, id: string): Promise<ApplicationState | undefined> {
  const [row] = await db
    .select({ state: applications.state })
    .from(applications)
    .where(and(eq(applications.id, id)));
  return row?.state;
}
