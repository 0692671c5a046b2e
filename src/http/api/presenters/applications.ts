import { z } from '@hono/zod-openapi';
import {
  type ApplicationView,
  applicationActions,
  applicationStates,
  type MyApplication as MyApplicationRow,
} from '../../../domain/applications/index.ts';
import { callStates } from '../../../domain/calls/index.ts';

const Localized = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** One line of the applicant's list, as the API sends it. */
export const MyApplication = z
  .object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    state: z.enum(applicationStates),
    organisation: z.string(),
    callCode: z.string(),
    callTitle: Localized,
    callState: z.enum(callStates),
    closesAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    requestedCents: z.number().int(),
    next: z.enum(['complete', 'too_late', 'answer', 'wait', 'none']).openapi({ description: 'What to do next.' }),
    deadline: z.string().nullable().openapi({ description: 'When the next step is due.' }),
    demo: z.boolean(),
  })
  .openapi('MyApplication');

const ApplicationFile = z.object({
  id: z.string(),
  fieldKey: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
});

/** One application with its answers, files, requests for information and form, as the API sends it. */
export const ApplicationDetail = z
  .object({
    id: z.string(),
    reference: z.string(),
    callCode: z.string(),
    callState: z.enum(callStates),
    formVersion: z.number().int(),
    organisationId: z.string(),
    state: z.enum(applicationStates),
    title: z.string(),
    answers: z.record(z.string(), z.unknown()).openapi({ description: 'Answers by field key of the form version.' }),
    submitted: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The frozen submitted answers.' }),
    sectionVersions: z.record(z.string(), z.number().int()).openapi({
      description: 'Version of each section: send it back when saving (a different one means a conflict).',
    }),
    totalCents: z.number().int(),
    cofundingCents: z.number().int(),
    requestedCents: z.number().int(),
    submittedAt: z.string().nullable(),
    editable: z.boolean(),
    actions: z.array(z.enum(applicationActions)),
    files: z.array(ApplicationFile),
    informationRequests: z.array(
      z.object({
        id: z.string(),
        message: z.string(),
        dueAt: z.string(),
        requestedAt: z.string(),
        answer: z.string().nullable(),
        answeredAt: z.string().nullable(),
      }),
    ),
    form: z.unknown().openapi({ description: 'The form definition (sections and fields) this application uses.' }),
  })
  .openapi('Application');

/** A line of the applicant's list: instants as ISO 8601, cents as numbers. */
export const presentMyApplication = (a: MyApplicationRow) => ({
  ...a,
  closesAt: iso(a.closesAt),
  submittedAt: iso(a.submittedAt),
  updatedAt: undefined,
  deadline: iso(a.deadline),
  requestedCents: Number(a.requestedCents),
});

/** An application as the API describes it (`ApplicationDetail`). */
export function presentApplication(app: ApplicationView): z.infer<typeof ApplicationDetail> {
  const a = app.application;
  return {
    id: a.id,
    reference: a.reference,
    callCode: a.callCode,
    callState: app.callState,
    formVersion: a.formVersion,
    organisationId: a.organisationId,
    state: a.state,
    title: a.title,
    answers: a.answers as Record<string, unknown>,
    submitted: a.submitted as Record<string, unknown> | null,
    sectionVersions: a.sectionVersions,
    totalCents: Number(a.totalCents),
    cofundingCents: Number(a.cofundingCents),
    requestedCents: Number(a.requestedCents),
    submittedAt: iso(a.submittedAt),
    editable: app.editable,
    actions: app.actions,
    files: app.files.map((f) => ({ id: f.id, fieldKey: f.fieldKey, fileName: f.fileName, mime: f.mime, size: f.size })),
    informationRequests: app.informationRequests.map((r) => ({
      id: r.id,
      message: r.message,
      dueAt: r.dueAt.toISOString(),
      requestedAt: r.requestedAt.toISOString(),
      answer: r.answer,
      answeredAt: iso(r.answeredAt),
    })),
    form: app.form.form as unknown,
  };
}
