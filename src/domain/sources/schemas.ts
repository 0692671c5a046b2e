import { z } from '@hono/zod-openapi';

/** A text in French, Dutch and English. */
export const LocalizedText = z
  .object({ fr: z.string(), nl: z.string(), en: z.string() })
  .openapi('LocalizedText', { description: 'The same text in French, Dutch and English.' });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Where a figure or a fact comes from. */
export const Source = z
  .object({
    id: z.string().openapi({ example: 'RTBF_2019' }),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    published: z.string().nullable().openapi({ description: 'Date or year printed by the source.' }),
  })
  .openapi('Source');
export type Source = z.infer<typeof Source>;

/** How a figure is qualified by its source. */
export const Qualifier = z
  .enum(['exact', 'approx', 'more_than'])
  .openapi('Qualifier', { description: 'exact; approx ("about"); more_than (a floor).' });
export type Qualifier = z.infer<typeof Qualifier>;
