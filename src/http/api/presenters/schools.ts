import { z } from '@hono/zod-openapi';
import type { Lang } from '../../../core/i18n/index.ts';
import { describeReason, type ImportReport } from '../../../domain/schools/index.ts';

/** The report of a registry import, as the API sends it: each refused line's reasons with a sentence. */
export const ApiReport = z
  .object({
    applied: z.boolean().openapi({ description: 'False when the file was refused and nothing was written.' }),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(
      z.object({
        line: z.number().int().openapi({ description: 'Line of the file, the header being line 1.' }),
        reasons: z.array(
          z.object({
            key: z.string().openapi({ example: 'schools.reason.unknownPostalCode' }),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
            message: z.string().openapi({ description: 'The reason in the language of Accept-Language.' }),
          }),
        ),
      }),
    ),
  })
  .openapi('SchoolImportReport');

/** The report with each reason also as a sentence in the client's language. */
export const presentImportReport = (report: ImportReport, lang: Lang) => ({
  ...report,
  rejected: report.rejected.map((r) => ({
    line: r.line,
    reasons: r.reasons.map((reason) => ({ ...reason, message: describeReason(lang, reason) })),
  })),
});
