import { z } from '@hono/zod-openapi';
import { registryEducationTypes, registryLevels, schoolNetworks } from '../../db/schema/schools.ts';

export { registryEducationTypes, registryLevels, schoolNetworks };
export const schoolLanguageSystems = ['fr', 'nl'] as const;

/** One school of the registry, as verbs hand it out. */
export const School = z
  .object({
    id: z.string(),
    schoolNumber: z.string().openapi({ example: '1234' }),
    name: z.string().openapi({ example: 'Athénée communal de la Senne' }),
    languageSystem: z.enum(schoolLanguageSystems),
    network: z.enum(schoolNetworks),
    level: z.enum(registryLevels),
    educationType: z.enum(registryEducationTypes),
    municipalityNis: z.string().openapi({ example: '21004' }),
    street: z.string(),
    postalCode: z.string(),
    updatedAt: z.string().openapi({ description: 'Last change, ISO 8601.' }),
  })
  .openapi('School');
export type School = z.infer<typeof School>;

/** What a search of the registry may filter on; `q` is a part of the name or an exact school number. */
export const SchoolSearch = z.object({
  q: z.string().trim().max(200).optional(),
  municipality: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  languageSystem: z.enum(schoolLanguageSystems).optional(),
  level: z.enum(registryLevels).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type SchoolSearch = z.input<typeof SchoolSearch>;

/** The admin list: a search and a page. */
export const SchoolListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  size: z.coerce.number().int().min(1).max(200).optional(),
});
export type SchoolListQuery = z.input<typeof SchoolListQuery>;

/** A reason a CSV line was refused: a message key of the schools catalogue and its parameters. */
export const RejectReason = z
  .object({
    key: z.string().openapi({ example: 'schools.reason.unknownMunicipality' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .openapi('SchoolImportReason');
export type RejectReason = { key: SchoolReasonKey; params?: Record<string, string | number> };

/** The outcome of an import: counts, and every refused line with its reasons. */
export const ImportReport = z
  .object({
    applied: z.boolean().openapi({ description: 'Whether anything was written (false: the file was refused).' }),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reasons: z.array(RejectReason) })),
  })
  .openapi('SchoolImportReport');
export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; reasons: RejectReason[] }[];
}

export interface ImportOptions {
  /** Write the valid lines and report the others, instead of refusing the whole file. */
  skipInvalid?: boolean;
}

export const schoolReasonKeys = [
  'schools.reason.empty',
  'schools.reason.missingColumn',
  'schools.reason.columnCount',
  'schools.reason.missing',
  'schools.reason.tooLong',
  'schools.reason.number',
  'schools.reason.languageSystem',
  'schools.reason.network',
  'schools.reason.level',
  'schools.reason.educationType',
  'schools.reason.unknownMunicipality',
  'schools.reason.unknownPostalCode',
  'schools.reason.duplicate',
  'schools.reason.unclosedQuote',
] as const;
export type SchoolReasonKey = (typeof schoolReasonKeys)[number];

/** The fields of a registry line, in the order of the columns of an exported file. */
export const schoolFields = [
  'schoolNumber',
  'name',
  'languageSystem',
  'network',
  'level',
  'educationType',
  'municipalityNis',
  'street',
  'postalCode',
] as const;
export type SchoolField = (typeof schoolFields)[number];
