import { bigint, date, index, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** A text stored in the three interface languages. */
export type LocalizedText = { fr: string; nl: string; en: string };

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
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [index('calls_scheme_idx').on(t.schemeCode, t.periodStart)],
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
