import { eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context, Tx } from '../../core/context.ts';
import { isLang, type Lang } from '../../core/i18n/index.ts';
import {
  applicationCollaborators,
  applications,
  informationRequests,
  organisationMembers,
  users,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { brusselsToInstant, instantToBrussels } from '../calls/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { loadApplication } from './access.ts';
import { ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';
import { transitionOf } from './workflow.ts';

/** Where mails point to: the application's page for applicants, in a language. */
export interface ApplicantLinks {
  applicationUrl: (lang: Lang) => string;
}

/** The applicant page of an application, from the site's base address. */
export const applicantLinks = (baseUrl: string, id: string): ApplicantLinks => ({
  applicationUrl: (lang) => `${baseUrl.replace(/\/+$/, '')}/${lang}/applications/${id}`,
});

export const RequestInformationInput = z.object({
  message: z.string().max(5000),
  /** The last day to reply, `YYYY-MM-DD`: answers are expected before the end of that day, Brussels time. */
  dueDate: z.string().max(20),
});
export type RequestInformationInput = z.input<typeof RequestInformationInput>;

/** The day after a `YYYY-MM-DD` date, as `YYYY-MM-DD`, or undefined when it is not a real date. */
function nextDay(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return undefined;
  return new Date(at.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant a reply date ends: midnight at the start of the next day on the Brussels clock. Undefined for
 * something that is not a date.
 */
export function endOfBrusselsDay(date: string): Date | undefined {
  const next = nextDay(date);
  return next ? brusselsToInstant(`${next}T00:00`) : undefined;
}

/** The Brussels date (`YYYY-MM-DD`) of the last day before an instant that ends a day: the reply date shown. */
export const dueDateOf = (dueAt: Date): string => instantToBrussels(new Date(dueAt.getTime() - 1)).slice(0, 10);

/** The people who act for an application: members of its organisation and its co-applicants, with their language. */
export async function applicantsOf(
  tx: Tx,
  application: { id: string; organisationId: string },
  options: { collaborators: boolean },
): Promise<{ id: string; name: string; email: string; lang: Lang }[]> {
  const inOrganisation = sql`${users.id} in (select ${organisationMembers.userId} from ${organisationMembers} where ${organisationMembers.organisationId} = ${application.organisationId})`;
  const invited = sql`${users.id} in (select ${applicationCollaborators.userId} from ${applicationCollaborators} where ${applicationCollaborators.applicationId} = ${application.id})`;
  const rows = await tx
    .select({ id: users.id, name: users.name, email: users.email, lang: users.lang })
    .from(users)
    .where(options.collaborators ? or(inOrganisation, invited) : inOrganisation)
    .orderBy(users.email);
  return rows.map((r) => ({ ...r, lang: isLang(r.lang) ? r.lang : 'fr' }));
}

/**
 * An officer asks the applicants of a submitted application for more information, with a reply date. The
 * application goes to `info_requested`; every member of the organisation and every co-applicant gets the
 * message by e-mail in their own language, with a link to the application. The date is a Brussels calendar day
 * after today: the answer is expected before that day ends.
 */
export async function requestInformation(
  ctx: Context,
  id: string,
  input: RequestInformationInput,
  links: ApplicantLinks,
): Promise<{ requestId: string; dueAt: Date }> {
  const data = RequestInformationInput.parse(input);
  const message = data.message.trim();
  const dueAt = endOfBrusselsDay(data.dueDate);
  return ctx.db.transaction(async (tx) => {
    const { application, access, call } = await loadApplication(tx, ctx, id, { lock: true });
    authorize(applicationPolicy.act(access, 'request_information', application.state));
    if (!message) throw new ApplicationError('messageRequired', {}, 'message');
    // The reply date must be after today in Brussels: a reply window ending tonight is no window at all.
    const todayEnds = endOfBrusselsDay(instantToBrussels(ctx.now).slice(0, 10));
    if (!dueAt || !todayEnds || dueAt.getTime() <= todayEnds.getTime()) {
      throw new ApplicationError('dueDateInvalid', {}, 'dueDate');
    }
    const [request] = await tx
      .insert(informationRequests)
      .values({
        applicationId: id,
        message,
        dueAt,
        requestedBy: userIdOf(ctx.actor) ?? null,
        requestedAt: ctx.now,
      })
      .returning({ id: informationRequests.id });
    if (!request) throw new Error('The information request insert returned no row');
    await tx
      .update(applications)
      .set({ state: transitionOf('request_information').to, updatedAt: ctx.now })
      .where(eq(applications.id, id));
    await recordAudit(tx, ctx, {
      action: 'application.request_information',
      entityType: 'application',
      entityId: id,
      changes: { reference: application.reference, request: request.id, dueAt: dueAt.toISOString() },
    });
    for (const person of await applicantsOf(tx, application, { collaborators: true })) {
      await enqueueMail(
        tx,
        {
          to: person.email,
          toName: person.name,
          lang: person.lang,
          template: 'information-request',
          params: {
            name: person.name,
            reference: application.reference,
            call: call.title[person.lang],
            message,
            // Shown as 23:59 of the reply day rather than 00:00 of the next one.
            dueAt: new Date(dueAt.getTime() - 60_000),
            url: links.applicationUrl(person.lang),
          },
          requestId: ctx.requestId,
        },
        ctx.now,
      );
    }
    return { requestId: request.id, dueAt };
  });
}
