import { and, eq } from 'drizzle-orm';
import { userIdOf } from '../../core/authorize.ts';
import type { Context, Db, Tx } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import {
  type ApplicationRow,
  applicationCollaborators,
  applications,
  type CallFormVersionRow,
  callFormVersions,
  calls,
  type OrganisationRow,
  organisations,
} from '../../db/schema/index.ts';
import type { CallRow } from '../calls/index.ts';
import { isUuid, membershipOf } from '../organisations/index.ts';
import { type ApplicationAccess, screensApplications } from './policy.ts';

/** An application with what every verb needs around it: the actor's access, its call, form and organisation. */
export interface LoadedApplication {
  application: ApplicationRow;
  access: Exclude<ApplicationAccess, null>;
  call: CallRow;
  form: CallFormVersionRow;
  organisation: OrganisationRow;
}

/** How the actor stands towards an application of an organisation. */
export async function accessOf(
  db: Db | Tx,
  ctx: Context,
  application: Pick<ApplicationRow, 'id' | 'organisationId'>,
): Promise<ApplicationAccess> {
  const userId = userIdOf(ctx.actor);
  if (userId) {
    if (await membershipOf(db, application.organisationId, userId)) return 'member';
    const [collaborator] = await db
      .select({ userId: applicationCollaborators.userId })
      .from(applicationCollaborators)
      .where(
        and(eq(applicationCollaborators.applicationId, application.id), eq(applicationCollaborators.userId, userId)),
      );
    if (collaborator) return 'collaborator';
  }
  return screensApplications(ctx.actor) ? 'staff' : null;
}

/**
 * Loads an application for the actor, or NOT_FOUND when it does not exist or the actor has no access to it:
 * both look the same from outside. With `lock`, the row stays locked until the transaction ends, so that two
 * saves, or a double-clicked submission, happen one after the other.
 */
export async function loadApplication(
  db: Db | Tx,
  ctx: Context,
  id: string,
  options: { lock?: boolean } = {},
): Promise<LoadedApplication> {
  if (!isUuid(id)) throw notFound('Application');
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [application] = options.lock ? await query.for('update') : await query;
  if (!application) throw notFound('Application');
  const access = await accessOf(db, ctx, application);
  if (!access) throw notFound('Application');
  const [call] = await db.select().from(calls).where(eq(calls.code, application.callCode));
  const [form] = await db
    .select()
    .from(callFormVersions)
    .where(
      and(eq(callFormVersions.callCode, application.callCode), eq(callFormVersions.version, application.formVersion)),
    );
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, application.organisationId));
  if (!call || !form || !organisation) throw new Error(`Application ${id} lost its call, form or organisation`);
  return { application, access, call, form, organisation };
}

/** The years of a call's funding period, for the budget table. */
export function periodYears(call: Pick<CallRow, 'periodStart' | 'periodEnd'>): number[] {
  const years: number[] = [];
  for (let y = call.periodStart; y <= call.periodEnd; y++) years.push(y);
  return years;
}
