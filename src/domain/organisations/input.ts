import type { z } from '@hono/zod-openapi';
import type { OrganisationRow } from '../../db/schema/index.ts';
import { type InputProblem, type InputReason, InvalidInput, reasonMessages } from './errors.ts';
import { InvitationInput, OrganisationRules } from './schemas.ts';

const isReason = (value: unknown): value is InputReason => typeof value === 'string' && value in reasonMessages;

/** Field problems from a zod failure, one per field (the first), each with its reason code. */
export function problemsOf(error: z.ZodError, raw: unknown): InputProblem[] {
  const values = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems = new Map<string, InputProblem>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '_form';
    if (problems.has(field)) continue;
    const typed = values[String(issue.path[0])];
    const blank = typed === undefined || typed === null || (typeof typed === 'string' && typed.trim() === '');
    const params = 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    let reason: InputReason;
    if (isReason(params?.reason)) reason = params.reason;
    else if (blank) reason = 'required';
    else if (isReason(issue.message)) reason = issue.message;
    else if (issue.code === 'too_big') reason = 'tooLong';
    else if (issue.code === 'invalid_value') reason = 'invalidChoice';
    else if (issue.code === 'invalid_format' && issue.format === 'email') reason = 'email';
    else reason = 'invalid';
    problems.set(field, { field, reason, message: reasonMessages[reason] });
  }
  return [...problems.values()];
}

/** An organisation's fields once checked: every field present, null when absent. */
export type OrganisationData = Omit<OrganisationRow, 'id' | 'enterpriseCheckedAt' | 'createdAt' | 'updatedAt'>;

/** The editable fields of an organisation, as forms and the API name them. */
export const organisationFieldNames = [
  'type',
  'legalName',
  'enterpriseNumber',
  'municipalityNis',
  'street',
  'postalCode',
  'city',
  'iban',
  'lang',
  'schoolNumber',
  'languageSystem',
  'schoolLevel',
  'educationType',
] as const satisfies readonly (keyof OrganisationData)[];

/** The editable fields of a stored organisation. */
export function dataOf(row: OrganisationRow): OrganisationData {
  return Object.fromEntries(organisationFieldNames.map((k) => [k, row[k]])) as OrganisationData;
}

/**
 * Checks and normalises an organisation's fields; throws `InvalidInput` naming every field at fault. School
 * fields are dropped for other types (the form always shows them, so that it works without JavaScript), and the
 * education type for schools that are not secondary.
 */
export function parseOrganisation(raw: unknown): OrganisationData {
  const parsed = OrganisationRules.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error, raw));
  const v = parsed.data;
  const school = v.type === 'school';
  return {
    type: v.type,
    legalName: v.legalName,
    enterpriseNumber: v.enterpriseNumber ?? null,
    municipalityNis: v.municipalityNis,
    street: v.street,
    postalCode: v.postalCode,
    city: v.city,
    iban: v.iban ?? null,
    lang: v.lang,
    schoolNumber: school ? (v.schoolNumber ?? null) : null,
    languageSystem: school ? (v.languageSystem ?? null) : null,
    schoolLevel: school ? (v.schoolLevel ?? null) : null,
    educationType: school && v.schoolLevel === 'secondary' ? (v.educationType ?? null) : null,
  };
}

/** Checks an invitation's address and role; the address comes back trimmed and in lower case. */
export function parseInvitation(raw: unknown): { email: string; role: 'owner' | 'member' } {
  const values = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : values.email;
  const parsed = InvitationInput.safeParse({ ...values, email });
  if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error, raw));
  return parsed.data;
}
