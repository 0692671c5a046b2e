import { z } from '@hono/zod-openapi';
import { LocalizedText, Qualifier, Source } from '../sources/index.ts';

/** A headline figure with the source it comes from. */
export const KeyFigure = z
  .object({
    code: z.string(),
    value: z.number(),
    unit: z.enum(['percent', 'eur', 'count']),
    qualifier: Qualifier,
    period: z.string().openapi({ example: '2019' }),
    label: LocalizedText,
    source: Source,
  })
  .openapi('KeyFigure');
export type KeyFigure = z.infer<typeof KeyFigure>;
