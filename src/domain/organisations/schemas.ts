import { z } from '@hono/zod-openapi';
import { languages } from '../../core/i18n/index.ts';
import {
  educationTypes,
  languageSystems,
  organisationRoles,
  organisationTypes,
  schoolLevels,
} from '../../db/schema/index.ts';
import { checkEnterpriseNumber, checkIban } from './belgian-ids.ts';
import type { InputReason } from './errors.ts';

export { educationTypes, languageSystems, organisationRoles, organisationTypes, schoolLevels };

/** A refusal with its reason code, which `problemsOf` turns back into a field problem. */
const refuse = (ctx: z.RefinementCtx, reason: InputReason) =>
  ctx.addIssue({ code: 'custom', message: reason, params: { reason } });

// Blank optional fields mean "none": forms send empty strings, and so may API clients.
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

const EnterpriseNumber = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const checked = checkEnterpriseNumber(value);
    if (checked.ok) return checked.value;
    if (checked.reason === 'empty') return null;
    refuse(ctx, `enterprise.${checked.reason}`);
    return z.NEVER;
  })
  .openapi({
    description: 'BCE/KBO number, typed in any usual way (0123.456.749, BE0123456749); returned as ten digits.',
    example: '0123.456.749',
  });

const Iban = z
  .string()
  .max(50)
  .transform((value, ctx) => {
    const checked = checkIban(value);
    if (checked.ok) return checked.value;
    if (checked.reason === 'empty') return null;
    refuse(ctx, `iban.${checked.reason}`);
    return z.NEVER;
  })
  .openapi({ description: 'IBAN (ISO 13616), spaces allowed; returned compact.', example: 'BE68 5390 0754 7034' });

const required = (max: number) => z.string().trim().min(1).max(max);

const SchoolNumber = z
  .string()
  .max(20)
  .transform((value, ctx) => {
    const trimmed = blankToNull(value);
    if (trimmed !== null && !/^\d{1,6}$/.test(trimmed)) refuse(ctx, 'schoolNumber');
    return trimmed;
  })
  .openapi({ description: 'Schools only: FASE number or Flemish instellingsnummer.', example: '1234' });

/** The fields of an organisation as typed; school fields are ignored (stored empty) for other types. */
const fields = z.object({
  type: z.enum(organisationTypes).openapi({ description: 'social_welfare_centre is a CPAS/OCMW.' }),
  legalName: required(200).openapi({ example: 'Les Petits Riens ASBL' }),
  enterpriseNumber: EnterpriseNumber.nullable().optional(),
  municipalityNis: z
    .string()
    .trim()
    .regex(/^21\d{3}$/, 'unknownMunicipality')
    .openapi({
      description: 'NIS code of the Brussels municipality where the organisation is located.',
      example: '21009',
    }),
  street: required(200).openapi({ example: 'Rue Américaine 101' }),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'postalCode')
    .openapi({ example: '1050' }),
  city: required(100).openapi({ example: 'Ixelles' }),
  iban: Iban.nullable().optional(),
  lang: z.enum(languages).openapi({ description: 'Language the organisation is written to in.' }),
  schoolNumber: SchoolNumber.nullable().optional(),
  languageSystem: z.enum(languageSystems).nullable().optional().openapi({ description: 'Schools: fr or nl.' }),
  schoolLevel: z.enum(schoolLevels).nullable().optional(),
  educationType: z.enum(educationTypes).nullable().optional().openapi({ description: 'Secondary schools only.' }),
});

/** What creating an organisation takes. */
export const OrganisationInput = fields.openapi('OrganisationInput');
export type OrganisationInput = z.input<typeof OrganisationInput>;

/** What changing an organisation takes: any of its fields. */
export const OrganisationPatch = fields.partial().openapi('OrganisationPatch');
export type OrganisationPatch = z.input<typeof OrganisationPatch>;

const present = (value: unknown) => value !== null && value !== undefined;

/**
 * The full rules, across fields: an enterprise number for every type but `other`, and the school fields for
 * schools. They run even when a field failed, so a rejected form lists every problem at once.
 */
export const OrganisationRules = fields.superRefine(
  (v, ctx) => {
    const add = (field: string, reason: InputReason) =>
      ctx.addIssue({ code: 'custom', path: [field], message: reason, params: { reason } });
    if (!organisationTypes.includes(v.type)) return;
    if (v.type !== 'other' && !present(v.enterpriseNumber)) add('enterpriseNumber', 'required');
    if (v.type !== 'school') return;
    if (!present(v.schoolNumber)) add('schoolNumber', 'required');
    if (!present(v.languageSystem)) add('languageSystem', 'required');
    if (!present(v.schoolLevel)) add('schoolLevel', 'required');
    if (v.schoolLevel === 'secondary' && !present(v.educationType)) add('educationType', 'required');
  },
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

const stamp = z.date().openapi({ type: 'string', format: 'date-time' });

/** An organisation as its members, officers and admins see it. */
export const Organisation = z
  .object({
    id: z.uuid(),
    type: z.enum(organisationTypes),
    legalName: z.string(),
    enterpriseNumber: z.string().nullable().openapi({ description: 'Ten digits.', example: '0123456749' }),
    municipalityNis: z.string().openapi({ example: '21009' }),
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    iban: z.string().nullable().openapi({ example: 'BE68539007547034' }),
    lang: z.enum(languages),
    schoolNumber: z.string().nullable(),
    languageSystem: z.enum(languageSystems).nullable(),
    schoolLevel: z.enum(schoolLevels).nullable(),
    educationType: z.enum(educationTypes).nullable(),
    enterpriseCheckedAt: stamp.nullable().openapi({ description: 'When an officer checked the BCE/KBO number.' }),
    createdAt: stamp,
    updatedAt: stamp,
    myRole: z.enum(organisationRoles).nullable().openapi({ description: 'The caller’s role; null for officers.' }),
  })
  .openapi('Organisation');
export type Organisation = z.infer<typeof Organisation>;

/** A member of an organisation. Names and addresses are shown to fellow members, officers and admins only. */
export const Member = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(organisationRoles),
    joinedAt: stamp,
  })
  .openapi('Member');
export type Member = z.infer<typeof Member>;

/** What inviting someone takes. */
export const InvitationInput = z
  .object({
    email: z.email().max(254).openapi({ example: 'marie.dubois@example.be' }),
    role: z.enum(organisationRoles).default('member'),
  })
  .openapi('InvitationInput');
export type InvitationInput = z.input<typeof InvitationInput>;

/** A pending invitation; its token is never shown, only mailed. */
export const Invitation = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(organisationRoles),
    expiresAt: stamp,
    createdAt: stamp,
  })
  .openapi('Invitation');
export type Invitation = z.infer<typeof Invitation>;

/** Search among all organisations (officers and admins). */
export const OrganisationSearch = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ description: 'Officers and admins: part of the legal name or of the enterprise number.' }),
});
export type OrganisationSearch = z.infer<typeof OrganisationSearch>;
