import { z } from '@hono/zod-openapi';
import { LocalizedText, Source } from '../sources/index.ts';
import { isBreakdown, isTerritory } from './territories.ts';

export const IndicatorCode = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, 'must be an indicator code such as early-leavers-18-24')
  .openapi({ param: { name: 'code', in: 'path' }, example: 'early-leavers-18-24' });

/** An indicator of the catalogue. */
export const Indicator = z
  .object({
    code: z.string().openapi({ example: 'early-leavers-18-24' }),
    name: LocalizedText,
    definition: LocalizedText,
    population: LocalizedText,
    unit: z.enum(['percent', 'count', 'eur']),
    periodKind: z.enum(['year', 'school_year']).openapi({
      description: 'year: calendar year; school_year: the value of year N is the school year N to N+1.',
    }),
    publisher: z.string(),
    firstYear: z.number().int().nullable(),
    lastYear: z.number().int().nullable(),
    territories: z.array(z.string()).openapi({ description: 'Territories with at least one value.' }),
    municipal: z.boolean().openapi({ description: 'Whether some values are given per municipality.' }),
  })
  .openapi('Indicator');
export type Indicator = z.infer<typeof Indicator>;

/** One value with its source. */
export const IndicatorValue = z
  .object({
    indicator: z.string(),
    territory: z.string().openapi({ example: 'BE10', description: 'BE10, BE2, BE3, BE, EU27_2020 or a NIS code.' }),
    year: z.number().int(),
    breakdown: z
      .string()
      .openapi({ example: 'total', description: 'total, or dim=value pairs: sex=F, lang=fr,level=primary' }),
    value: z.number(),
    preferred: z.boolean().openapi({ description: 'The value preferred where several sources give one.' }),
    note: z.string().nullable(),
    source: Source,
  })
  .openapi('IndicatorValue');
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const ValuesFilter = z.object({
  territory: z
    .string()
    .refine(isTerritory, 'must be BE10, BE2, BE3, BE, EU27_2020 or a Brussels NIS code')
    .optional()
    .openapi({ param: { name: 'territory', in: 'query' }, example: 'BE10' }),
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, example: 2024 }),
  breakdown: z
    .string()
    .refine(isBreakdown, 'must be total or dim=value pairs such as sex=F')
    .optional()
    .openapi({ param: { name: 'breakdown', in: 'query' }, example: 'total' }),
});
export type ValuesFilter = z.infer<typeof ValuesFilter>;
