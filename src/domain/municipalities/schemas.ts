import { z } from '@hono/zod-openapi';

/** One of the 19 municipalities of the Brussels-Capital Region. */
export const Municipality = z
  .object({
    nisCode: z
      .string()
      .regex(/^\d{5}$/)
      .openapi({ description: 'NIS/INS code (Statbel).', example: '21004' }),
    nameFr: z.string().openapi({ example: 'Bruxelles' }),
    nameNl: z.string().openapi({ example: 'Brussel' }),
    postalCodes: z.array(z.string()).openapi({ example: ['1000', '1020', '1120', '1130'] }),
  })
  .openapi('Municipality');
export type Municipality = z.infer<typeof Municipality>;

/** A NIS code in a path: five digits. */
export const NisCode = z
  .string()
  .regex(/^\d{5}$/, 'must be a five-digit NIS code such as 21004')
  .openapi({ param: { name: 'nis', in: 'path' }, example: '21004' });
