import { z } from '@hono/zod-openapi';
import { organisationTypes } from '../../db/schema/index.ts';
import { eligibilityQuestionSchema, formDefinitionSchema, rubricSchema } from '../forms/index.ts';
import { LocalizedText } from '../sources/index.ts';
import { callStates } from './state.ts';
import { localDateTimePattern } from './time.ts';
import { phaseActions } from './workflow.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
/** A text typed in the three languages, each required. */
const localized = (max: number) =>
  z.object({ fr: text(max), nl: text(max), en: text(max) }).openapi({ description: 'French, Dutch and English.' });

const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ description: 'Euro cents.' });
const localDateTime = z.string().regex(localDateTimePattern, 'a Brussels date and time as YYYY-MM-DDTHH:MM').openapi({
  description: 'Brussels wall-clock time (Europe/Brussels), `YYYY-MM-DDTHH:MM`; stored as an instant.',
  example: '2026-10-15T12:00',
});
const year = z.number().int().min(2000).max(2100);

export const SchemeCode = z.string().regex(/^[a-z0-9-]{1,40}$/, 'a scheme code such as das');
export const OrganisationTypeSchema = z.enum(organisationTypes);
// Built with plain zod (forms/definition.ts), so it is not named as an OpenAPI component.
export const EligibilityQuestionSchema = eligibilityQuestionSchema;

/** What an officer gives to create a call. The period ends three years on unless `periodEnd` says otherwise. */
export const CallInput = z
  .object({
    schemeCode: SchemeCode.openapi({ example: 'das' }),
    title: localized(200),
    body: localized(20_000),
    whoMayApply: localized(4000),
    periodStart: year.openapi({ example: 2027 }),
    periodEnd: year.optional().openapi({ description: 'Last year funded; `periodStart + 2` by default.' }),
    opensAt: localDateTime,
    closesAt: localDateTime,
    envelopeCents: cents.refine((v) => v > 0, 'must be above zero'),
    envelopeByYear: z
      .record(z.string().regex(/^\d{4}$/), cents)
      .nullable()
      .optional()
      .openapi({ description: 'Optional split of the envelope per year, in cents; it must add up to the envelope.' }),
    minPerProjectCents: cents,
    maxPerProjectCents: cents,
    eligibleTypes: z.array(OrganisationTypeSchema).min(1),
    eligibilityQuestions: z.array(EligibilityQuestionSchema).max(30).default([]),
  })
  .openapi('CallInput');
export type CallInput = z.input<typeof CallInput>;

/** A change to a call: any subset of the fields. Texts change at any time, the rest only before opening. */
export const CallPatch = CallInput.omit({ schemeCode: true }).partial().openapi('CallPatch');
export type CallPatch = z.input<typeof CallPatch>;

export const textFields = ['title', 'body', 'whoMayApply'] as const;

export const CallStateSchema = z.enum(callStates).openapi('CallState', {
  description:
    'draft, published (visible, not open yet), open, closed (from the instants), in_evaluation, decided, archived.',
});

export const CallDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    lang: z.enum(['fr', 'nl', 'en']).nullable(),
    fileName: z.string(),
    mime: z.string(),
    size: z.number().int(),
  })
  .openapi('CallDocument');
export type CallDocument = z.infer<typeof CallDocument>;

/** A call as listed: its state now, key instants, amounts. */
export const CallSummary = z
  .object({
    code: z.string().openapi({ example: 'das-2027-2029' }),
    schemeCode: z.string(),
    title: LocalizedText,
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    phase: z.enum(['draft', 'published', 'in_evaluation', 'decided', 'archived']),
    state: CallStateSchema,
    opensAt: z.string().nullable().openapi({ description: 'Instant (ISO 8601, UTC).' }),
    closesAt: z.string().nullable().openapi({ description: 'Instant (ISO 8601, UTC).' }),
    envelopeCents: z.number().int().nullable(),
    minPerProjectCents: z.number().int().nullable(),
    maxPerProjectCents: z.number().int().nullable(),
    demo: z.boolean(),
    /** Calls made in Accroche have a page of their own; past calls from the records do not. */
    hasPage: z.boolean(),
  })
  .openapi('CallSummary');
export type CallSummary = z.infer<typeof CallSummary>;

/** A call with everything an applicant reads before applying. */
export const CallDetail = CallSummary.extend({
  body: LocalizedText.nullable(),
  whoMayApply: LocalizedText.nullable(),
  envelopeByYear: z.record(z.string(), z.number().int()).nullable(),
  eligibleTypes: z.array(z.string()),
  eligibilityQuestions: z.array(EligibilityQuestionSchema),
  formVersion: z.number().int().nullable(),
  documents: z.array(CallDocument),
}).openapi('CallDetail');
export type CallDetail = z.infer<typeof CallDetail>;

export const FormVersion = z
  .object({
    version: z.number().int(),
    lockedAt: z.string().nullable().openapi({ description: 'When the first application on it was submitted.' }),
    createdAt: z.string(),
    definition: formDefinitionSchema,
    rubric: rubricSchema,
  })
  .openapi('CallFormVersion');
export type FormVersion = z.infer<typeof FormVersion>;

export const FormVersionInput = z
  .object({ definition: formDefinitionSchema, rubric: rubricSchema })
  .openapi('FormInput');
export type FormVersionInput = z.input<typeof FormVersionInput>;

export const PhaseInput = z.object({ action: z.enum(phaseActions) }).openapi('CallPhaseInput');

export const EligibilityInput = z.object({
  organisationType: z.string().max(40).optional(),
  answers: z.record(z.string(), z.enum(['yes', 'no'])).default({}),
});
export type EligibilityInput = z.input<typeof EligibilityInput>;
