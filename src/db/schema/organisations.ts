import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { municipalities } from './reference.ts';

/** Kinds of organisation that apply for funding. `social_welfare_centre` is a CPAS/OCMW. */
export const organisationTypes = [
  'school',
  'association',
  'municipal_service',
  'social_welfare_centre',
  'other',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/** Roles inside an organisation: owners manage it and its members; members act for it. */
export const organisationRoles = ['owner', 'member'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export const languageSystems = ['fr', 'nl'] as const;
export const schoolLevels = ['nursery', 'primary', 'secondary'] as const;
export const educationTypes = ['general', 'technical', 'vocational'] as const;

/**
 * Organisations that apply for funding: schools, associations, municipal services, CPAS/OCMW and others.
 *
 * The enterprise number is nullable and not unique on its own. It is required (by the domain, not here) for every
 * type but `other`, since grants are paid to a legal entity and the public register names recipients by it
 * (`BE-BCE_KBO-<number>`); a de facto association has none. It cannot be unique for all: the services of one
 * municipality share the municipality's number, and the schools of one organising authority share that
 * authority's. Associations and CPAS are legal entities of their own, so two of them with one number are a
 * duplicate: the partial unique index refuses the second, whose people should ask to be invited instead.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: organisationTypes }).notNull(),
    legalName: text('legal_name').notNull(),
    /** Ten digits, without dots. */
    enterpriseNumber: text('enterprise_number'),
    municipalityNis: text('municipality_nis')
      .notNull()
      .references(() => municipalities.nisCode),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    /** Compact, in capitals; optional until the first payment. */
    iban: text('iban'),
    /** Language the organisation is written to in. */
    lang: text('lang', { enum: ['fr', 'nl', 'en'] }).notNull(),
    /** Schools only: the school number of their Community (FASE number, or Flemish instellingsnummer). */
    schoolNumber: text('school_number'),
    languageSystem: text('language_system', { enum: languageSystems }),
    schoolLevel: text('school_level', { enum: schoolLevels }),
    /** Secondary schools only. */
    educationType: text('education_type', { enum: educationTypes }),
    /** When an officer checked the enterprise number against the BCE/KBO register. */
    enterpriseCheckedAt: timestamp('enterprise_checked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_enterprise_idx').on(t.enterpriseNumber),
    uniqueIndex('organisations_legal_entity_uq')
      .on(t.enterpriseNumber)
      .where(sql`${t.type} IN ('association', 'social_welfare_centre')`),
    // The two Communities number their schools separately, so a number is unique within its language system.
    uniqueIndex('organisations_school_number_uq').on(t.languageSystem, t.schoolNumber),
    check(
      'organisations_type_check',
      sql`${t.type} IN ('school', 'association', 'municipal_service', 'social_welfare_centre', 'other')`,
    ),
    check(
      'organisations_school_fields_check',
      sql`${t.type} = 'school' OR (${t.schoolNumber} IS NULL AND ${t.languageSystem} IS NULL AND ${t.schoolLevel} IS NULL AND ${t.educationType} IS NULL)`,
    ),
  ],
);

/** Who belongs to an organisation, and as what. Deleting an account removes its memberships. */
export const organisationMembers = pgTable(
  'organisation_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: organisationRoles }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('organisation_members_user_idx').on(t.userId),
    check('organisation_members_role_check', sql`${t.role} IN ('owner', 'member')`),
  ],
);

/**
 * Invitations by e-mail. Only the SHA-256 of the token is stored: the token itself travels only in the mailed
 * link, so a copy of the database does not let anyone join. A row is used once (accepted) or revoked.
 */
export const organisationInvitations = pgTable(
  'organisation_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** In lower case, compared with the verified address of the person accepting. */
    email: text('email').notNull(),
    role: text('role', { enum: organisationRoles }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisation_invitations_token_uq').on(t.tokenHash),
    index('organisation_invitations_organisation_idx').on(t.organisationId),
    check('organisation_invitations_role_check', sql`${t.role} IN ('owner', 'member')`),
  ],
);

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInvitationRow = typeof organisationInvitations.$inferSelect;
