import { z } from '@hono/zod-openapi';
import { applicationStates, type CallApplicationList, organisationTypes } from '../../../domain/applications/index.ts';

const StateSchema = z.enum(applicationStates);

/** One application of a call's list, as the API sends it. */
export const ApplicationRow = z
  .object({
    id: z.string(),
    reference: z.string().openapi({ example: 'das-2027-2029-0042' }),
    title: z.string(),
    organisation: z.object({ id: z.string(), name: z.string(), type: z.enum(organisationTypes) }),
    municipalities: z.array(z.object({ nis: z.string(), fr: z.string(), nl: z.string() })),
    state: StateSchema,
    submittedAt: z.string().nullable().openapi({ description: 'ISO 8601 instant.' }),
    totalCents: z.number().int(),
    cofundingCents: z.number().int(),
    requestedCents: z.number().int(),
    openRequestDueAt: z.string().nullable().openapi({ description: 'End of the reply date of an open request.' }),
  })
  .openapi('CallApplication');

/** A page of a call's applications, with the counts per state. */
export const ApplicationList = z
  .object({
    data: z.array(ApplicationRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: z.record(StateSchema, z.number().int()).openapi({ description: 'Per state, drafts included.' }),
  })
  .openapi('CallApplicationList');

/** The list as the API describes it: instants as ISO 8601, cents as numbers. */
export const presentApplicationList = (list: CallApplicationList): z.infer<typeof ApplicationList> => ({
  data: list.rows.map((r) => ({
    ...r,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    totalCents: Number(r.totalCents),
    cofundingCents: Number(r.cofundingCents),
    requestedCents: Number(r.requestedCents),
    openRequestDueAt: r.openRequestDueAt?.toISOString() ?? null,
  })),
  total: list.total,
  page: list.page,
  pageSize: list.pageSize,
  counts: list.counts,
});
