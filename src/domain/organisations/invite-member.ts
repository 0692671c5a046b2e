import { and, eq, isNull, sql } from 'drizzle-orm';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { isLang, type Lang } from '../../core/i18n/index.ts';
import { organisationInvitations, organisationMembers, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { loadOrganisation } from './access.ts';
import { invalidField } from './errors.ts';
import { parseInvitation } from './input.ts';
import { organisationPolicy } from './policy.ts';
import type { Invitation, InvitationInput } from './schemas.ts';
import { hashToken, invitationLifetimeMs, newToken } from './tokens.ts';

export interface InviteOptions {
  /** The page where the invited person accepts, for the mailed link: the token and the mail's language. */
  acceptUrl: (token: string, lang: Lang) => string;
}

/**
 * Invites someone by e-mail (owners). The invitation and its mail are written in one transaction, with the audit
 * row; the caller then tells the outbox worker that mail is waiting. Inviting an address again replaces its earlier
 * pending invitation, so that only the newest link works. The mail is in the language of the invited person's
 * account when they have one, else in the organisation's.
 */
export async function inviteMember(
  ctx: Context,
  organisationId: string,
  input: InvitationInput | { email: string; role?: string | undefined },
  options: InviteOptions,
): Promise<Invitation> {
  const { email, role: invitedRole } = parseInvitation(input);
  return ctx.db.transaction(async (tx) => {
    const { organisation, role } = await loadOrganisation(tx, ctx, organisationId, { lock: true });
    authorize(organisationPolicy.invite(ctx.actor, role));
    const [account] = await tx
      .select({ id: users.id, name: users.name, lang: users.lang })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    if (account) {
      const [member] = await tx
        .select({ role: organisationMembers.role })
        .from(organisationMembers)
        .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, account.id)));
      if (member) throw invalidField('email', 'alreadyMember');
    }
    const i = organisationInvitations;
    const replaced = await tx
      .update(i)
      .set({ revokedAt: ctx.now })
      .where(and(eq(i.organisationId, organisationId), eq(i.email, email), isNull(i.acceptedAt), isNull(i.revokedAt)))
      .returning({ id: i.id });
    const token = newToken();
    const expiresAt = new Date(ctx.now.getTime() + invitationLifetimeMs);
    const inviterId = userIdOf(ctx.actor) ?? null;
    const [invitation] = await tx
      .insert(i)
      .values({
        organisationId,
        email,
        role: invitedRole,
        tokenHash: hashToken(token),
        invitedBy: inviterId,
        expiresAt,
        createdAt: ctx.now,
      })
      .returning({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt, createdAt: i.createdAt });
    if (!invitation) throw new Error('The invitation insert returned no row');
    const [inviter] = inviterId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, inviterId)) : [];
    const lang: Lang = isLang(account?.lang) ? account.lang : organisation.lang;
    await enqueueMail(
      tx,
      {
        to: email,
        lang,
        template: 'invitation',
        params: {
          ...(account?.name ? { name: account.name } : {}),
          organisation: organisation.legalName,
          inviter: inviter?.name ?? organisation.legalName,
          url: options.acceptUrl(token, lang),
          expiresAt,
        },
        requestId: ctx.requestId,
      },
      ctx.now,
    );
    await recordAudit(tx, ctx, {
      action: 'organisation.invite',
      entityType: 'organisation',
      entityId: organisationId,
      // The address is personal data: the trail keeps the invitation's id, which leads to it while it exists.
      changes: { invitationId: invitation.id, role: invitedRole, replaced: replaced.map((r) => r.id) },
    });
    return invitation;
  });
}
