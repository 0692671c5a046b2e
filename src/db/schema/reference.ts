import { bigint, boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import type { EligibilityQuestion, LocalizedText } from './json-types.ts';

export type { LocalizedText } from './json-types.ts';

/** Publications and pages that figures come from: every figure shown cites one. */
export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  url: text('url'),
  published: text('published'),
});

/** The 19 municipalities of the Brussels-Capital Region, keyed by NIS code. */
export const municipalities = pgTable('municipalities', {
  nisCode: text('nis_code').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameNl: text('name_nl').notNull(),
  postalCodes: text('postal_codes').array().notNull(),
});

/** Funding schemes (programmes): DAS, DASC, pASc ... */
export const schemes = pgTable('schemes', {
  code: text('code').primaryKey(),
  kind: text('kind', { enum: ['recurring', 'one_off', 'municipal'] }).notNull(),
  shortName: jsonb('short_name').$type<LocalizedText>().notNull(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  summary: jsonb('summary').$type<LocalizedText>().notNull(),
  funds: jsonb('funds').$type<LocalizedText>().notNull(),
  eligibility: jsonb('eligibility').$type<LocalizedText>().notNull(),
  beneficiaries: jsonb('beneficiaries').$type<LocalizedText>().notNull(),
  sort: smallint('sort').notNull(),
  sourceIds: text('source_ids').array().notNull(),
});

export type Qualifier = 'exact' | 'approx' | 'more_than';

/** Phases stored for a call; `open` and `closed` are derived from the instants of a published call. */
export const callPhases = ['draft', 'published', 'in_evaluation', 'decided', 'archived'] as const;
export type CallPhase = (typeof callPhases)[number];

/** Calls for projects and funding rounds of a scheme, past and future. */
export const calls = pgTable(
  'calls',
  {
    code: text('code').primaryKey(),
    schemeCode: text('scheme_code')
      .notNull()
      .references(() => schemes.code),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    periodStart: smallint('period_start').notNull(),
    periodEnd: smallint('period_end').notNull(),
    launched: text('launched'),
    envelopeCents: bigint('envelope_cents', { mode: 'bigint' }),
    envelopeQualifier: text('envelope_qualifier').$type<Qualifier>().notNull(),
    envelopeBasis: text('envelope_basis', { enum: ['total', 'per_year'] }).notNull(),
    projectCount: integer('project_count'),
    projectCountQualifier: text('project_count_qualifier').$type<Qualifier>().notNull(),
    countedUnit: text('counted_unit', { enum: ['projects', 'associations', 'plans', 'posts'] }).notNull(),
    note: jsonb('note').$type<LocalizedText>(),
    /** Past calls cite where their figures come from; calls created in Accroche have none. */
    sourceId: text('source_id').references(() => sources.id),
    /**
     * The stored phase. `open` and `closed` are not stored: a published call is open from `opensAt` and closed
     * from `closesAt`, so that opening and closing happen on time without a job (see domain/calls/state.ts).
     */
    phase: text('phase', { enum: callPhases }).notNull().default('archived'),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** The call's texts: what it funds and how (long), and who may apply (short). */
    body: jsonb('body').$type<LocalizedText>(),
    whoMayApply: jsonb('who_may_apply').$type<LocalizedText>(),
    /** Envelope per year of the funding period, in cents as digit strings; empty when not split. */
    envelopeByYear: jsonb('envelope_by_year').$type<Record<string, string>>(),
    minPerProjectCents: bigint('min_per_project_cents', { mode: 'bigint' }),
    maxPerProjectCents: bigint('max_per_project_cents', { mode: 'bigint' }),
    eligibleTypes: text('eligible_types').array(),
    eligibilityQuestions: jsonb('eligibility_questions').$type<EligibilityQuestion[]>(),
    /** The version of form and rubric that new applications use (see call_form_versions). */
    formVersion: integer('form_version'),
    /** Demonstration data, shown as such; never created in production. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('calls_scheme_idx').on(t.schemeCode, t.periodStart), index('calls_phase_idx').on(t.phase, t.closesAt)],
);

/** The public policy timeline. */
export const timelineEvents = pgTable('timeline_events', {
  code: text('code').primaryKey(),
  date: date('date', { mode: 'string' }).notNull(),
  precision: text('precision', { enum: ['day', 'month', 'year'] }).notNull(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  body: jsonb('body').$type<LocalizedText>().notNull(),
  schemeCode: text('scheme_code').references(() => schemes.code),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
});

/** Headline figures shown on the home page, each with its source. */
export const keyFigures = pgTable('key_figures', {
  code: text('code').primaryKey(),
  value: text('value').notNull(),
  unit: text('unit', { enum: ['percent', 'eur', 'count'] }).notNull(),
  qualifier: text('qualifier').$type<Qualifier>().notNull(),
  period: text('period').notNull(),
  label: jsonb('label').$type<LocalizedText>().notNull(),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  sort: smallint('sort').notNull(),
});

/** Small key/value facts about the installation itself (e.g. the version of the reference data loaded). */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
