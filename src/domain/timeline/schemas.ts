import { z } from '@hono/zod-openapi';
import { LocalizedText, Source } from '../sources/index.ts';

/** A dated step of the Region's policy against early school leaving. */
export const TimelineEvent = z
  .object({
    code: z.string().openapi({ example: '2020-recovery-plan' }),
    date: z
      .string()
      .openapi({ description: 'ISO date; `precision` says how much of it is known.', example: '2020-07-07' }),
    precision: z.enum(['day', 'month', 'year']),
    title: LocalizedText,
    body: LocalizedText,
    schemeCode: z.string().nullable(),
    source: Source,
  })
  .openapi('TimelineEvent');
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineFilter = z.object({
  from: z.coerce
    .number()
    .int('must be a year')
    .min(1900, 'must be 1900 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional()
    .openapi({ param: { name: 'from', in: 'query' }, description: 'First year, included.', example: 2019 }),
  to: z.coerce
    .number()
    .int('must be a year')
    .min(1900, 'must be 1900 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional()
    .openapi({ param: { name: 'to', in: 'query' }, description: 'Last year, included.', example: 2022 }),
});
export type TimelineFilter = z.infer<typeof TimelineFilter>;
