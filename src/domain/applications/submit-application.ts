import { and, eq, isNull } from 'drizzle-orm';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { isLang, type Lang } from '../../core/i18n/index.ts';
import { applications, callFormVersions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { callState } from '../calls/index.ts';
import { answersSchema } from '../forms/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { loadApplication, periodYears } from './access.ts';
import { AnswersError, ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';
import { applicationPdf } from './render-pdf.ts';

export interface SubmitResult {
  reference: string;
  submittedAt: Date;
  /** False when the application had already been submitted (a double click): nothing happened the second time. */
  submittedNow: boolean;
}

/**
 * Submits a draft: the declaration on honour ticked, every required answer valid, the requested amount within
 * the call's bounds, and strictly before the closing instant on the server's clock. The answers are frozen into
 * `submitted`, the form version is locked (from now on a change of form makes a new version), and a receipt with
 * the file as PDF is mailed to the person who submitted, in their language. Submitting again is harmless: the
 * row is locked, and the second request finds it submitted and returns the same receipt data.
 */
export async function submitApplication(
  ctx: Context,
  id: string,
  input: { declaration: boolean },
  links: { applicationUrl: (lang: Lang) => string },
): Promise<SubmitResult> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadApplication(tx, ctx, id, { lock: true });
    const { application, access, call, form, organisation } = loaded;
    if (application.state !== 'draft' && application.submittedAt && access !== 'staff') {
      return { reference: application.reference, submittedAt: application.submittedAt, submittedNow: false };
    }
    authorize(applicationPolicy.act(access, 'submit', application.state));
    const state = callState(call, ctx.now);
    if (state !== 'open') throw new ApplicationError(state === 'published' ? 'callNotOpen' : 'callClosed');
    if (!input.declaration) throw new ApplicationError('declarationRequired', {}, 'declaration');
    const parsed = answersSchema(form.form, {
      mode: 'submit',
      years: periodYears(call),
      minCents: call.minPerProjectCents ?? undefined,
      maxCents: call.maxPerProjectCents ?? undefined,
    }).safeParse(application.answers);
    if (!parsed.success) throw new AnswersError(parsed.error);

    const submitter = userIdOf(ctx.actor) ?? null;
    const [updated] = await tx
      .update(applications)
      .set({
        state: 'submitted',
        submitted: application.answers,
        submittedAt: ctx.now,
        submittedBy: submitter,
        updatedAt: ctx.now,
      })
      .where(eq(applications.id, id))
      .returning();
    if (!updated) throw new Error('The submission update returned no row');
    await tx
      .update(callFormVersions)
      .set({ lockedAt: ctx.now })
      .where(
        and(
          eq(callFormVersions.callCode, call.code),
          eq(callFormVersions.version, form.version),
          isNull(callFormVersions.lockedAt),
        ),
      );
    await recordAudit(tx, ctx, {
      action: 'application.submit',
      entityType: 'application',
      entityId: id,
      changes: { reference: application.reference, requestedCents: String(application.requestedCents) },
    });

    if (submitter) {
      const [person] = await tx
        .select({ name: users.name, email: users.email, lang: users.lang })
        .from(users)
        .where(eq(users.id, submitter));
      if (person) {
        const lang = isLang(person.lang) ? person.lang : 'fr';
        const pdf = await applicationPdf({ ...loaded, application: updated }, lang, tx);
        await enqueueMail(
          tx,
          {
            to: person.email,
            toName: person.name,
            lang,
            template: 'application-receipt',
            params: {
              name: person.name,
              reference: application.reference,
              call: call.title[lang],
              organisation: organisation.legalName,
              submittedAt: ctx.now,
              url: links.applicationUrl(lang),
            },
            requestId: ctx.requestId,
            attachments: [{ fileName: `${application.reference}.pdf`, mime: 'application/pdf', content: pdf }],
          },
          ctx.now,
        );
      }
    }
    return { reference: application.reference, submittedAt: ctx.now, submittedNow: true };
  });
}
