import { z } from '@hono/zod-openapi';
import { callStates } from '../calls/index.ts';
import { LocalizedText, Qualifier, Source } from '../sources/index.ts';

export const SchemeKind = z.enum(['recurring', 'one_off', 'municipal']).openapi('SchemeKind', {
  description: 'recurring: calls every three years; one_off: a single call; municipal: granted to municipalities.',
});

/** A past or coming call for projects (or funding round) of a scheme. */
export const Call = z
  .object({
    code: z.string().openapi({ example: 'das-2019-2021' }),
    schemeCode: z.string().openapi({ example: 'das' }),
    title: LocalizedText,
    periodStart: z.number().int().openapi({ example: 2019 }),
    periodEnd: z.number().int().openapi({ example: 2021 }),
    launched: z.string().nullable().openapi({ description: 'YYYY, YYYY-MM or YYYY-MM-DD', example: '2024-05-16' }),
    envelope: z
      .object({
        amountCents: z.number().int().openapi({ description: 'Euro cents.', example: 585260900 }),
        currency: z.literal('EUR'),
        qualifier: Qualifier,
        basis: z.enum(['total', 'per_year']),
      })
      .nullable(),
    count: z
      .object({
        value: z.number().int(),
        qualifier: Qualifier,
        unit: z.enum(['projects', 'associations', 'plans', 'posts']),
      })
      .nullable(),
    note: LocalizedText.nullable(),
    source: Source.nullable(),
    state: z.enum(callStates).openapi({
      description:
        'draft, published (not open yet), open, closed (from its instants), in_evaluation, decided, archived.',
    }),
    /** Calls made in Accroche have a page (`/{lang}/calls/{code}`); past calls from the records do not. */
    hasPage: z.boolean(),
    demo: z.boolean(),
  })
  .openapi('Call');
export type Call = z.infer<typeof Call>;

/** A funding scheme with its texts and sources. */
export const Scheme = z
  .object({
    code: z.string().openapi({ example: 'dasc' }),
    kind: SchemeKind,
    shortName: LocalizedText,
    name: LocalizedText,
    summary: LocalizedText,
    funds: LocalizedText,
    eligibility: LocalizedText,
    beneficiaries: LocalizedText,
    sources: z.array(Source),
  })
  .openapi('Scheme');
export type Scheme = z.infer<typeof Scheme>;

/** A scheme with its calls, newest first. */
export const SchemeWithCalls = Scheme.extend({ calls: z.array(Call) }).openapi('SchemeWithCalls');
export type SchemeWithCalls = z.infer<typeof SchemeWithCalls>;

/** Filters of the call list. */
export const CallFilter = z.object({
  scheme: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'must be a scheme code such as das or dasc')
    .optional()
    .openapi({ param: { name: 'scheme', in: 'query' }, example: 'das' }),
  year: z.coerce
    .number()
    .int('must be a year')
    .min(1990, 'must be 1990 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, description: 'Calls whose funding period includes this year.' }),
});
export type CallFilter = z.infer<typeof CallFilter>;
