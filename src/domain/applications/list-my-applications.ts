import { desc, eq, inArray, or } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import type { Localized as LocalizedText } from '../../core/i18n/index.ts';
import {
  type ApplicationState,
  applicationCollaborators,
  applications,
  calls,
  informationRequests,
  organisationMembers,
  organisations,
} from '../../db/schema/index.ts';
import { type CallState, callState } from '../calls/index.ts';
import { signedInId } from '../organisations/index.ts';

/** What an applicant has to do next with a file. */
export type NextStep = 'complete' | 'too_late' | 'answer' | 'wait' | 'none';

export interface MyApplication {
  id: string;
  reference: string;
  title: string;
  state: ApplicationState;
  organisation: string;
  callCode: string;
  callTitle: LocalizedText;
  callState: CallState;
  closesAt: Date | null;
  submittedAt: Date | null;
  updatedAt: Date;
  requestedCents: bigint;
  next: NextStep;
  /** The deadline of the next step: the call's closing for a draft, the reply date of an open request. */
  deadline: Date | null;
  demo: boolean;
}

/**
 * The applicant's dashboard: every application of the actor's organisations and those they co-edit, newest
 * first, with what to do next and by when.
 */
export async function listMyApplications(ctx: Context): Promise<MyApplication[]> {
  const userId = signedInId(ctx, 'Sign in to see your applications');
  const memberOf = ctx.db
    .select({ id: organisationMembers.organisationId })
    .from(organisationMembers)
    .where(eq(organisationMembers.userId, userId));
  const coEdits = ctx.db
    .select({ id: applicationCollaborators.applicationId })
    .from(applicationCollaborators)
    .where(eq(applicationCollaborators.userId, userId));
  const rows = await ctx.db
    .select({ application: applications, organisation: organisations.legalName, call: calls })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(calls, eq(calls.code, applications.callCode))
    .where(or(inArray(applications.organisationId, memberOf), inArray(applications.id, coEdits)))
    .orderBy(desc(applications.updatedAt));
  const waiting = rows.filter((r) => r.application.state === 'info_requested').map((r) => r.application.id);
  const requests = waiting.length
    ? await ctx.db
        .select({ applicationId: informationRequests.applicationId, dueAt: informationRequests.dueAt })
        .from(informationRequests)
        .where(inArray(informationRequests.applicationId, waiting))
    : [];
  return rows.map(({ application: a, organisation, call }) => {
    const state = callState(call, ctx.now);
    let next: NextStep = 'none';
    let deadline: Date | null = null;
    if (a.state === 'draft') {
      next = state === 'open' ? 'complete' : 'too_late';
      deadline = state === 'open' ? call.closesAt : null;
    } else if (a.state === 'info_requested') {
      next = 'answer';
      deadline =
        requests
          .filter((r) => r.applicationId === a.id)
          .map((r) => r.dueAt)
          .sort((x, y) => y.getTime() - x.getTime())[0] ?? null;
    } else if (a.state === 'submitted') next = 'wait';
    return {
      id: a.id,
      reference: a.reference,
      title: a.title,
      state: a.state,
      organisation,
      callCode: call.code,
      callTitle: call.title,
      callState: state,
      closesAt: call.closesAt,
      submittedAt: a.submittedAt,
      updatedAt: a.updatedAt,
      requestedCents: a.requestedCents,
      next,
      deadline,
      demo: a.demo,
    };
  });
}
