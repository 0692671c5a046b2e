import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import type { Answers, FormDefinition, Rubric } from './json-types.ts';
import { organisations } from './organisations.ts';
import { calls, municipalities } from './reference.ts';

/**
 * Versions of a call's application form and evaluation rubric. A version is locked when the first application
 * using it is submitted; changing the form after that writes a new version (audited), and applications keep the
 * version they were started on.
 */
export const callFormVersions = pgTable(
  'call_form_versions',
  {
    callCode: text('call_code')
      .notNull()
      .references(() => calls.code),
    version: integer('version').notNull(),
    form: jsonb('form').$type<FormDefinition>().notNull(),
    rubric: jsonb('rubric').$type<Rubric>().notNull(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callCode, t.version] })],
);
export type CallFormVersionRow = typeof callFormVersions.$inferSelect;

/** Documents attached to a call (its full text, templates), in one language or for all. */
export const callDocuments = pgTable(
  'call_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callCode: text('call_code')
      .notNull()
      .references(() => calls.code),
    title: text('title').notNull(),
    lang: text('lang', { enum: ['fr', 'nl', 'en'] }),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('call_documents_call_idx').on(t.callCode)],
);
export type CallDocumentRow = typeof callDocuments.$inferSelect;

export const applicationStates = [
  'draft',
  'submitted',
  'withdrawn',
  'info_requested',
  'eligible',
  'ineligible',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

/**
 * An organisation's application to a call. Answers are stored by field key of the form version; each section
 * carries a version number for optimistic saving (two people saving one section: the second gets a conflict).
 * On submission, the answers are copied into `submitted` and never change again.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference, e.g. `DAS-2025-0042`. */
    reference: text('reference').notNull(),
    callCode: text('call_code')
      .notNull()
      .references(() => calls.code),
    formVersion: integer('form_version').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: text('state', { enum: applicationStates }).notNull().default('draft'),
    /** The project's title, copied from the answers for lists and sorting. */
    title: text('title').notNull().default(''),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    sectionVersions: jsonb('section_versions').$type<Record<string, number>>().notNull().default({}),
    eligibilityAnswers: jsonb('eligibility_answers').$type<Record<string, 'yes' | 'no'>>().notNull().default({}),
    /** Total cost, co-funding and requested amount in cents, kept in step with the budget answer. */
    totalCents: bigint('total_cents', { mode: 'bigint' }).notNull().default(sql`0`),
    cofundingCents: bigint('cofunding_cents', { mode: 'bigint' }).notNull().default(sql`0`),
    requestedCents: bigint('requested_cents', { mode: 'bigint' }).notNull().default(sql`0`),
    /** Frozen copy of the answers at submission. */
    submitted: jsonb('submitted').$type<Answers>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    screeningReason: text('screening_reason'),
    screenedAt: timestamp('screened_at', { withTimezone: true }),
    screenedBy: text('screened_by').references(() => users.id),
    demo: boolean('demo').notNull().default(false),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_reference_idx').on(t.reference),
    index('applications_call_idx').on(t.callCode, t.state),
    index('applications_organisation_idx').on(t.organisationId),
  ],
);
export type ApplicationRow = typeof applications.$inferSelect;

/** Municipalities an application concerns (copied from its answers, for filters and figures). */
export const applicationMunicipalities = pgTable(
  'application_municipalities',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    municipalityNis: text('municipality_nis')
      .notNull()
      .references(() => municipalities.nisCode),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.municipalityNis] })],
);

/** People invited to edit an application besides the members of the applying organisation. */
export const applicationCollaborators = pgTable(
  'application_collaborators',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedBy: text('added_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] })],
);

/** Invitations to co-edit an application, by e-mail; the token is mailed, only its hash is kept. */
export const applicationInvitations = pgTable(
  'application_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('application_invitations_token_idx').on(t.tokenHash)],
);

/** Files attached to an application, stored under `DATA_DIR/uploads` by the SHA-256 of their content. */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fieldKey: text('field_key').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: text('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_files_application_idx').on(t.applicationId)],
);
export type ApplicationFileRow = typeof applicationFiles.$inferSelect;

/** An officer's request for more information, answered by the applicant in the same file. */
export const informationRequests = pgTable(
  'information_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    requestedBy: text('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: text('answered_by').references(() => users.id),
  },
  (t) => [index('information_requests_application_idx').on(t.applicationId)],
);
export type InformationRequestRow = typeof informationRequests.$inferSelect;

/** Reminders sent before a call closes: one row per application and kind, so each is sent once. */
export const applicationReminders = pgTable(
  'application_reminders',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['closing_7d', 'closing_1d'] }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.kind] })],
);
