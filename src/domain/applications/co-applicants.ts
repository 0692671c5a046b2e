import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { isLang } from '../../core/i18n/index.ts';
import {
  applicationCollaborators,
  applicationInvitations,
  applications,
  calls,
  organisations,
  users,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { hashToken, invitationLifetimeMs, newToken, signedInId } from '../organisations/index.ts';
import { loadApplication } from './access.ts';
import { ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';

const InviteInput = z.object({ email: z.email().max(254) });

/**
 * Invites someone outside the applying organisation (a partner) to co-edit an application. The link is mailed
 * in the inviter's language; only the token's hash is kept. Members only.
 */
export async function inviteCoApplicant(
  ctx: Context,
  id: string,
  input: { email: string },
  links: { acceptUrl: (token: string) => string },
): Promise<void> {
  const inviterId = signedInId(ctx, 'Sign in to invite');
  await ctx.db.transaction(async (tx) => {
    const { application, access, call, organisation } = await loadApplication(tx, ctx, id, { lock: true });
    authorize(applicationPolicy.invite(access));
    const parsed = InviteInput.safeParse({ email: input.email.trim().toLowerCase() });
    if (!parsed.success) throw new ApplicationError('answerRequired', {}, 'email');
    const token = newToken();
    const expiresAt = new Date(ctx.now.getTime() + invitationLifetimeMs);
    await tx.insert(applicationInvitations).values({
      applicationId: id,
      email: parsed.data.email,
      tokenHash: hashToken(token),
      invitedBy: inviterId,
      expiresAt,
      createdAt: ctx.now,
    });
    const [inviter] = await tx
      .select({ name: users.name, lang: users.lang })
      .from(users)
      .where(eq(users.id, inviterId));
    const lang = isLang(inviter?.lang) ? inviter.lang : 'fr';
    await enqueueMail(
      tx,
      {
        to: parsed.data.email,
        lang,
        template: 'co-applicant-invitation',
        params: {
          reference: application.reference,
          call: call.title[lang],
          organisation: organisation.legalName,
          inviter: inviter?.name ?? '',
          url: links.acceptUrl(token),
          expiresAt,
        },
        requestId: ctx.requestId,
      },
      ctx.now,
    );
    await recordAudit(tx, ctx, {
      action: 'application.invite_co_applicant',
      entityType: 'application',
      entityId: id,
      changes: { email: parsed.data.email },
    });
  });
}

/** What an invitation link names, if it can still be used. */
export async function getCoApplicantInvitation(ctx: Context, token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const [row] = await ctx.db
    .select({
      applicationId: applicationInvitations.applicationId,
      expiresAt: applicationInvitations.expiresAt,
      reference: applications.reference,
      organisation: organisations.legalName,
      callTitle: calls.title,
    })
    .from(applicationInvitations)
    .innerJoin(applications, eq(applications.id, applicationInvitations.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(calls, eq(calls.code, applications.callCode))
    .where(and(eq(applicationInvitations.tokenHash, hashToken(token)), isNull(applicationInvitations.acceptedAt)));
  if (!row || row.expiresAt.getTime() <= ctx.now.getTime()) return null;
  return row;
}

/**
 * Accepts an invitation: the signed-in person becomes a co-applicant of the application. A link works once
 * and until it expires; it is bound to the application, not to the address (partners often forward it within
 * their team), which is why it expires after a week and the members see who joined.
 */
export async function acceptCoApplicantInvitation(ctx: Context, token: string): Promise<{ applicationId: string }> {
  const userId = signedInId(ctx, 'Sign in to accept');
  if (!/^[\w-]{20,100}$/.test(token)) throw new ApplicationError('notEditable', {}, 'token');
  return ctx.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(applicationInvitations)
      .where(eq(applicationInvitations.tokenHash, hashToken(token)))
      .for('update');
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= ctx.now.getTime()) {
      throw new ApplicationError('notEditable', {}, 'token');
    }
    await tx
      .update(applicationInvitations)
      .set({ acceptedAt: ctx.now })
      .where(eq(applicationInvitations.id, invitation.id));
    await tx
      .insert(applicationCollaborators)
      .values({ applicationId: invitation.applicationId, userId, addedBy: invitation.invitedBy, createdAt: ctx.now })
      .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: 'application.accept_co_applicant',
      entityType: 'application',
      entityId: invitation.applicationId,
      changes: { user: userId },
    });
    return { applicationId: invitation.applicationId };
  });
}
