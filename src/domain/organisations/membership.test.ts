import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { addUser, association, auditOf, contextOf, type UserActor } from '../../../test/factories.ts';
import { organisationMembers } from '../../db/schema/index.ts';
import {
  createOrganisation,
  leaveOrganisation,
  listMembers,
  organisationPolicy,
  removeMember,
  transferOwnership,
} from './index.ts';

let database: TestDatabase;
let owner: UserActor;
let alice: UserActor;
let bob: UserActor;
let stranger: UserActor;
let admin: UserActor;
let organisationId: string;

beforeAll(async () => {
  database = await freshDatabase();
  owner = await addUser(database.db, { name: 'Owen Owner', email: 'owen@example.be' });
  alice = await addUser(database.db, { name: 'Alice Member', email: 'alice@example.be' });
  bob = await addUser(database.db, { name: 'Bob Member', email: 'bob@example.be' });
  stranger = await addUser(database.db, { name: 'Tom Stranger', email: 'tom@example.be' });
  admin = await addUser(database.db, { name: 'Ada Admin', email: 'ada@example.be', roles: ['admin'] });
  organisationId = (await createOrganisation(contextOf(database.db, owner), association())).id;
  await database.db.insert(organisationMembers).values([
    { organisationId, userId: alice.id, role: 'member' },
    { organisationId, userId: bob.id, role: 'member' },
  ]);
});
afterAll(() => database.dispose());

const ctx = (actor: UserActor) => contextOf(database.db, actor);
const roleOf = async (userId: string) => {
  const [row] = await database.db
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
  return row?.role ?? null;
};

describe('members', () => {
  it('lists members, owners first, to members and admins; strangers get NOT_FOUND', async () => {
    const members = await listMembers(ctx(alice), organisationId);
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ['Owen Owner', 'owner'],
      ['Alice Member', 'member'],
      ['Bob Member', 'member'],
    ]);
    expect(await listMembers(ctx(admin), organisationId)).toHaveLength(3);
    await expect(listMembers(ctx(stranger), organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('removing a member', () => {
  it('refuses a member (FORBIDDEN), a stranger (NOT_FOUND) and an owner removing themselves', async () => {
    await expect(removeMember(ctx(alice), organisationId, bob.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeMember(ctx(stranger), organisationId, bob.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeMember(ctx(owner), organisationId, owner.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await roleOf(bob.id)).toBe('member');
  });

  it('lets an owner remove a member, with the audit row', async () => {
    const c = ctx(owner);
    await removeMember(c, organisationId, bob.id);
    expect(await roleOf(bob.id)).toBeNull();
    expect((await auditOf(database.db, c))[0]).toMatchObject({
      action: 'organisation.remove_member',
      changes: { userId: bob.id, role: 'member' },
    });
    await expect(removeMember(c, organisationId, bob.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('leaving and transferring ownership', () => {
  it('keeps the last owner from leaving while others remain, and the policy says so to the page', async () => {
    await expect(leaveOrganisation(ctx(owner), organisationId)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(organisationPolicy.leave(owner, 'owner', { owners: 1, members: 2 }).ok).toBe(false);
    expect(organisationPolicy.leave(owner, 'owner', { owners: 1, members: 1 }).ok).toBe(true);
  });

  it('refuses a transfer by a member, and to someone outside the organisation', async () => {
    await expect(transferOwnership(ctx(alice), organisationId, alice.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(transferOwnership(ctx(owner), organisationId, stranger.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('hands ownership to a member, the old owner becoming a member, with the audit row', async () => {
    const c = ctx(owner);
    await transferOwnership(c, organisationId, alice.id);
    expect([await roleOf(alice.id), await roleOf(owner.id)]).toEqual(['owner', 'member']);
    expect((await auditOf(database.db, c))[0]).toMatchObject({
      action: 'organisation.transfer_ownership',
      changes: { from: owner.id, to: alice.id },
    });
  });

  it('lets a member leave, with the audit row; a stranger cannot', async () => {
    await expect(leaveOrganisation(ctx(stranger), organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const c = ctx(owner);
    await leaveOrganisation(c, organisationId);
    expect(await roleOf(owner.id)).toBeNull();
    expect((await auditOf(database.db, c))[0]).toMatchObject({ action: 'organisation.leave' });
  });

  it('lets the last owner leave once alone', async () => {
    await leaveOrganisation(ctx(alice), organisationId);
    expect(await roleOf(alice.id)).toBeNull();
  });
});
