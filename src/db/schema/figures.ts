import {
  boolean,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { type LocalizedText, municipalities, sources } from './reference.ts';

/** The indicator catalogue: what each series measures, for whom, in which unit, published by whom. */
export const indicators = pgTable('indicators', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  definition: jsonb('definition').$type<LocalizedText>().notNull(),
  /** Age group or population covered, e.g. "people aged 18 to 24". */
  population: jsonb('population').$type<LocalizedText>().notNull(),
  unit: text('unit', { enum: ['percent', 'count', 'eur'] }).notNull(),
  /** `year` (calendar year) or `school_year` (a value for 2021 is the school year 2021-2022). */
  periodKind: text('period_kind', { enum: ['year', 'school_year'] }).notNull(),
  publisher: text('publisher').notNull(),
  sort: smallint('sort').notNull(),
});

/**
 * One value of an indicator: territory (BE10, BE2, BE3, BE, EU27_2020 or a municipality's NIS code), year,
 * breakdown (`total`, `sex=F`, `lang=fr,level=primary` ...) and the source that gives it. Where several sources
 * give a value for the same cell, each is kept and one is marked preferred.
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: serial('id').primaryKey(),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    territory: text('territory').notNull(),
    year: smallint('year').notNull(),
    breakdown: text('breakdown').notNull(),
    value: doublePrecision('value').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    preferred: boolean('preferred').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('indicator_values_cell_source_idx').on(t.indicatorCode, t.territory, t.year, t.breakdown, t.sourceId),
    index('indicator_values_territory_idx').on(t.territory),
  ],
);

/** Boundaries of the municipalities (GeoJSON geometry in WGS84), imported at run time. */
export const municipalityBoundaries = pgTable('municipality_boundaries', {
  nisCode: text('nis_code')
    .primaryKey()
    .references(() => municipalities.nisCode),
  geometry: jsonb('geometry').$type<{ type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }>().notNull(),
  credit: text('credit').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
});
