import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './reference.ts';

/** Organising networks: Community education (WBE / GO!), official subsidised (municipal), free subsidised. */
export const schoolNetworks = ['community', 'official', 'free'] as const;
export const registryLevels = ['nursery', 'primary', 'fundamental', 'secondary'] as const;
export const registryEducationTypes = ['mainstream', 'special'] as const;

/**
 * The school registry: every school of the Region, imported from the Communities' lists. Applications name the
 * schools they work with from here. The school number is the Community's (FASE number or Flemish
 * instellingsnummer), unique within its language system.
 */
export const schools = pgTable(
  'schools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolNumber: text('school_number').notNull(),
    name: text('name').notNull(),
    languageSystem: text('language_system', { enum: ['fr', 'nl'] }).notNull(),
    network: text('network', { enum: schoolNetworks }).notNull(),
    level: text('level', { enum: registryLevels }).notNull(),
    educationType: text('education_type', { enum: registryEducationTypes }).notNull(),
    municipalityNis: text('municipality_nis')
      .notNull()
      .references(() => municipalities.nisCode),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('schools_number_idx').on(t.languageSystem, t.schoolNumber),
    index('schools_municipality_idx').on(t.municipalityNis),
    index('schools_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);
export type SchoolRow = typeof schools.$inferSelect;
