import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { addUser, association, auditOf, contextOf, type UserActor } from '../../../test/factories.ts';
import { visitor } from '../../core/context.ts';
import { mailOutbox, organisationInvitations, organisationMembers } from '../../db/schema/index.ts';
import {
  acceptInvitation,
  createOrganisation,
  getInvitation,
  InvalidInput,
  InvitationError,
  inviteMember,
  listInvitations,
  revokeInvitation,
} from './index.ts';

let database: TestDatabase;
let owner: UserActor;
let invitee: UserActor;
let stranger: UserActor;
let organisationId: string;
/** Tokens as the mailed links carry them. */
const tokens: string[] = [];
const options = {
  acceptUrl: (token: string, lang: string) => {
    tokens.push(token);
    return `https://accroche.example/${lang}/invitations/${token}`;
  },
};
const march = (day: number) => new Date(`2026-03-${String(day).padStart(2, '0')}T09:00:00Z`);

beforeAll(async () => {
  database = await freshDatabase();
  owner = await addUser(database.db, { name: 'Aïcha Benali', email: 'aicha@ateliers.example' });
  invitee = await addUser(database.db, { name: 'Lotte Janssens', email: 'Lotte.Janssens@example.be', lang: 'nl' });
  stranger = await addUser(database.db, { name: 'Tom Claes', email: 'tom@elders.example' });
  organisationId = (await createOrganisation(contextOf(database.db, owner), association())).id;
});
afterAll(() => database.dispose());

const ctx = (actor: Parameters<typeof contextOf>[1], day = 2) => contextOf(database.db, actor, march(day));
const invite = (email: string, actor: UserActor = owner, day = 2) =>
  inviteMember(ctx(actor, day), organisationId, { email }, options);
const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (e: unknown) => (e instanceof InvitationError ? e.reason : String(e)),
  );

describe('inviting someone', () => {
  it('stores the invitation with a hashed token, queues the mail in their language and writes the audit row', async () => {
    const c = ctx(owner);
    const invitation = await inviteMember(c, organisationId, { email: ' lotte.janssens@EXAMPLE.be ' }, options);
    expect(invitation).toMatchObject({ email: 'lotte.janssens@example.be', role: 'member', expiresAt: march(9) });
    const token = tokens.at(-1) as string;
    const [row] = await database.db
      .select()
      .from(organisationInvitations)
      .where(eq(organisationInvitations.id, invitation.id));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(token);
    const [mail] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.requestId, c.requestId));
    expect(mail).toMatchObject({ toAddress: 'lotte.janssens@example.be', lang: 'nl', template: 'invitation' });
    expect(mail?.textBody).toContain(`https://accroche.example/nl/invitations/${token}`);
    expect(mail?.textBody).toContain('Aïcha Benali');
    const [audit] = await auditOf(database.db, c);
    expect(audit).toMatchObject({ action: 'organisation.invite', entityId: organisationId });
    expect(JSON.stringify(audit?.changes)).not.toContain('lotte');
  });

  it('refuses a member who is not an owner (FORBIDDEN) and a stranger (NOT_FOUND), writing nothing', async () => {
    const member = await addUser(database.db, { name: 'Jules Member', email: 'jules@ateliers.example' });
    await database.db.insert(organisationMembers).values({ organisationId, userId: member.id, role: 'member' });
    const m = ctx(member);
    await expect(inviteMember(m, organisationId, { email: 'x@example.be' }, options)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(invite('x@example.be', stranger)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await auditOf(database.db, m)).toEqual([]);
  });

  it('refuses a bad address and the address of a member', async () => {
    const bad = await invite('not an address').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidInput);
    expect((bad as InvalidInput).problems).toEqual([expect.objectContaining({ field: 'email', reason: 'email' })]);
    const member = await invite('AICHA@ateliers.example').catch((e: unknown) => e);
    expect((member as InvalidInput).problems).toEqual([expect.objectContaining({ reason: 'alreadyMember' })]);
  });

  it('replaces an earlier pending invitation to the same address, so that only the newest link works', async () => {
    const first = await invite('nora@example.be');
    const firstToken = tokens.at(-1) as string;
    await invite('nora@example.be');
    const pending = await listInvitations(ctx(owner), organisationId);
    expect(pending.filter((i) => i.email === 'nora@example.be')).toHaveLength(1);
    expect(pending.map((i) => i.id)).not.toContain(first.id);
    const nora = await addUser(database.db, { name: 'Nora', email: 'nora@example.be' });
    expect(await reasonOf(getInvitation(ctx(nora), firstToken))).toBe('revoked');
  });

  it('shows pending invitations to owners only', async () => {
    await expect(listInvitations(ctx(stranger), organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('answering an invitation', () => {
  let token: string;
  beforeAll(async () => {
    await invite('lotte.janssens@example.be');
    token = tokens.at(-1) as string;
  });

  it('refuses a visitor, and someone signed in with another address', async () => {
    await expect(acceptInvitation(ctx(visitor), token)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await reasonOf(acceptInvitation(ctx(stranger), token))).toBe('wrongAddress');
  });

  it('refuses the invited address while it is not verified', async () => {
    const unverified = await addUser(database.db, { name: 'Sam', email: 'sam@example.be', verified: false });
    await invite('sam@example.be');
    expect(await reasonOf(acceptInvitation(ctx(unverified), tokens.at(-1) as string))).toBe('wrongAddress');
  });

  it('shows the invitation without using it, then lets the invited person join, with the audit row', async () => {
    expect(await getInvitation(ctx(invitee, 3), token)).toMatchObject({ organisationId, role: 'member' });
    const c = ctx(invitee, 3);
    expect(await acceptInvitation(c, token)).toEqual({ organisationId });
    const [member] = await database.db
      .select()
      .from(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, invitee.id)));
    expect(member).toMatchObject({ role: 'member', joinedAt: march(3) });
    const [audit] = await auditOf(database.db, c);
    expect(audit).toMatchObject({ action: 'organisation.accept_invitation', actor: `user:${invitee.id}` });
  });

  it('says a link was used, whoever opens it again', async () => {
    expect(await reasonOf(acceptInvitation(ctx(invitee, 4), token))).toBe('used');
    expect(await reasonOf(getInvitation(ctx(invitee, 20), token))).toBe('used');
  });

  it('says a link expired after seven days, and that an unknown link is unknown', async () => {
    const late = await addUser(database.db, { name: 'Late', email: 'late@example.be' });
    await invite('late@example.be');
    const lateToken = tokens.at(-1) as string;
    expect(await reasonOf(acceptInvitation(ctx(late, 9), lateToken))).toBe('expired');
    expect(await reasonOf(acceptInvitation(ctx(late), 'x'.repeat(43)))).toBe('unknown');
    expect(await reasonOf(acceptInvitation(ctx(late), '../../etc'))).toBe('unknown');
  });
});

describe('revoking an invitation', () => {
  it('lets an owner revoke a pending invitation, with the audit row, after which the link is refused', async () => {
    const rev = await addUser(database.db, { name: 'Rev', email: 'rev@example.be' });
    const invitation = await invite('rev@example.be');
    const c = ctx(owner);
    await revokeInvitation(c, organisationId, invitation.id);
    expect((await auditOf(database.db, c))[0]).toMatchObject({ action: 'organisation.revoke_invitation' });
    expect(await reasonOf(acceptInvitation(ctx(rev), tokens.at(-1) as string))).toBe('revoked');
    await expect(revokeInvitation(c, organisationId, invitation.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses members who are not owners', async () => {
    const invitation = await invite('someone@example.be');
    await expect(revokeInvitation(ctx(invitee), organisationId, invitation.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
