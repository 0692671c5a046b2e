import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import {
  addUser,
  association,
  auditOf,
  contextOf,
  enterpriseNumberFrom,
  type UserActor,
} from '../../../test/factories.ts';
import { systemActor, visitor } from '../../core/context.ts';
import { organisationMembers, organisations } from '../../db/schema/index.ts';
import { isUniqueViolation } from './access.ts';
import {
  createOrganisation,
  getOrganisation,
  InvalidInput,
  listMyOrganisations,
  listOrganisations,
  updateOrganisation,
} from './index.ts';

let database: TestDatabase;
let owner: UserActor;
let stranger: UserActor;
let officer: UserActor;
let organisationId: string;
beforeAll(async () => {
  database = await freshDatabase();
  owner = await addUser(database.db, { name: 'Aïcha Benali', email: 'aicha@ateliers.example' });
  stranger = await addUser(database.db, { name: 'Tom Claes', email: 'tom@elders.example' });
  officer = await addUser(database.db, { name: 'Inès Officer', email: 'ines@perspective.example', roles: ['officer'] });
});
afterAll(() => database.dispose());

const ctx = (actor: Parameters<typeof contextOf>[1]) => contextOf(database.db, actor);

/** The reasons of a refused input, by field. */
async function reasonsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof InvalidInput)) throw new Error(`expected InvalidInput, got ${String(error)}`);
  return Object.fromEntries(error.problems.map((p) => [p.field, p.reason]));
}

describe('creating an organisation', () => {
  it('creates it with normalised numbers, makes the creator its owner and writes the audit row', async () => {
    const c = ctx(owner);
    const created = await createOrganisation(c, association());
    organisationId = created.id;
    expect(created).toMatchObject({ enterpriseNumber: '0123456749', iban: 'BE68539007547034', myRole: 'owner' });
    const members = await database.db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, created.id));
    expect(members).toEqual([expect.objectContaining({ userId: owner.id, role: 'owner' })]);
    const [audit] = await auditOf(database.db, c);
    expect(audit).toMatchObject({
      action: 'organisation.create',
      actor: `user:${owner.id}`,
      entityId: created.id,
      ip: '192.0.2.10',
    });
  });

  it('refuses a visitor and a system process, which cannot become owners', async () => {
    await expect(createOrganisation(ctx(visitor), association())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createOrganisation(ctx(systemActor('cli')), association())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('names every field at fault with its reason, at once', async () => {
    const reasons = await reasonsOf(
      createOrganisation(
        ctx(owner),
        association({
          type: 'school',
          legalName: ' ',
          enterpriseNumber: '0123.456.748',
          iban: 'BE68 5390 0754 7035',
          postalCode: '10500',
          schoolLevel: 'secondary',
        }),
      ),
    );
    expect(reasons).toEqual({
      legalName: 'required',
      enterpriseNumber: 'enterprise.wrongCheckDigits',
      iban: 'iban.wrongCheckDigits',
      postalCode: 'postalCode',
      schoolNumber: 'required',
      languageSystem: 'required',
      educationType: 'required',
    });
  });

  it('asks for an enterprise number except from "other" organisations', async () => {
    expect(await reasonsOf(createOrganisation(ctx(owner), association({ enterpriseNumber: '' })))).toEqual({
      enterpriseNumber: 'required',
    });
    const other = await createOrganisation(
      ctx(owner),
      association({ type: 'other', legalName: 'Collectif de parents', enterpriseNumber: null, iban: '' }),
    );
    expect(other).toMatchObject({ enterpriseNumber: null, iban: null });
  });

  it('refuses a second association with the same number, but lets municipal services share one', async () => {
    expect(await reasonsOf(createOrganisation(ctx(stranger), association({ legalName: 'Copie' })))).toEqual({
      enterpriseNumber: 'enterpriseTaken',
    });
    const city = { type: 'municipal_service' as const, enterpriseNumber: '0207.373.429', iban: null };
    await createOrganisation(ctx(owner), association({ ...city, legalName: 'Service de prévention' }));
    await createOrganisation(ctx(stranger), association({ ...city, legalName: 'Service de l’instruction publique' }));
  });

  it('recognises the unique index when two registrations race past the check, on either engine', async () => {
    const duplicate = { ...association(), enterpriseNumber: '0123456749', iban: null, type: 'association' as const };
    const error = await database.db
      .insert(organisations)
      .values(duplicate)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(error, 'organisations_legal_entity_uq')).toBe(true);
    expect(isUniqueViolation(error, 'organisations_school_number_uq')).toBe(false);
  });

  it('stores school fields for schools only, and the education type for secondary schools only', async () => {
    const school = await createOrganisation(
      ctx(owner),
      association({
        type: 'school',
        legalName: 'Athénée Royal Leonardo',
        enterpriseNumber: enterpriseNumberFrom('02123456'),
        schoolNumber: '1234',
        languageSystem: 'fr',
        schoolLevel: 'primary',
        educationType: 'vocational',
      }),
    );
    expect(school).toMatchObject({ schoolNumber: '1234', schoolLevel: 'primary', educationType: null });
    const other = await createOrganisation(
      ctx(owner),
      association({
        legalName: 'Maison de quartier Bonnevie',
        enterpriseNumber: enterpriseNumberFrom('04445556'),
        schoolNumber: '99',
        languageSystem: 'nl',
      }),
    );
    expect(other).toMatchObject({ schoolNumber: null, languageSystem: null });
  });

  it('refuses a municipality outside Brussels', async () => {
    const input = association({ enterpriseNumber: enterpriseNumberFrom('05556667'), municipalityNis: '21099' });
    expect(await reasonsOf(createOrganisation(ctx(owner), input))).toEqual({ municipalityNis: 'unknownMunicipality' });
  });
});

describe('reading organisations', () => {
  it('shows an organisation to its members, officers and admins', async () => {
    expect(await getOrganisation(ctx(owner), organisationId)).toMatchObject({ myRole: 'owner' });
    expect(await getOrganisation(ctx(officer), organisationId)).toMatchObject({ myRole: null });
  });

  it('answers NOT_FOUND to anyone else, as for an id that does not exist', async () => {
    await expect(getOrganisation(ctx(stranger), organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrganisation(ctx(visitor), organisationId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrganisation(ctx(owner), 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists my organisations only', async () => {
    const mine = await listMyOrganisations(ctx(stranger));
    expect(mine.map((o) => o.legalName)).toEqual(['Service de l’instruction publique']);
    expect(await listMyOrganisations(ctx(visitor))).toEqual([]);
  });

  it('lets officers search every organisation by name or number, and refuses applicants', async () => {
    const byName = await listOrganisations(ctx(officer), { q: 'ateliers' });
    expect(byName.map((o) => o.id)).toEqual([organisationId]);
    const byNumber = await listOrganisations(ctx(officer), { q: 'BE 0207.373' });
    expect(byNumber).toHaveLength(2);
    expect(await listOrganisations(ctx(officer), { q: '100%' })).toEqual([]);
    await expect(listOrganisations(ctx(owner))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('changing an organisation', () => {
  it('lets an owner change fields, recording each change, and clears the officer check of a new number', async () => {
    await database.db
      .update(organisations)
      .set({ enterpriseCheckedAt: new Date('2026-02-01T00:00:00Z') })
      .where(eq(organisations.id, organisationId));
    const c = ctx(owner);
    const newNumber = enterpriseNumberFrom('04123123');
    const updated = await updateOrganisation(c, organisationId, {
      city: 'Anderlecht (Cureghem)',
      enterpriseNumber: newNumber,
    });
    expect(updated).toMatchObject({
      city: 'Anderlecht (Cureghem)',
      enterpriseNumber: newNumber,
      enterpriseCheckedAt: null,
    });
    const [audit] = await auditOf(database.db, c);
    expect(audit?.action).toBe('organisation.update');
    expect(audit?.changes).toEqual({
      city: { from: 'Anderlecht', to: 'Anderlecht (Cureghem)' },
      enterpriseNumber: { from: '0123456749', to: newNumber },
    });
  });

  it('checks the result as a whole: becoming a school asks for the school fields', async () => {
    expect(await reasonsOf(updateOrganisation(ctx(owner), organisationId, { type: 'school' }))).toMatchObject({
      schoolNumber: 'required',
    });
  });

  it('refuses officers (FORBIDDEN) and strangers (NOT_FOUND), and writes nothing', async () => {
    const o = ctx(officer);
    await expect(updateOrganisation(o, organisationId, { city: 'X' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const s = ctx(stranger);
    await expect(updateOrganisation(s, organisationId, { city: 'X' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect([...(await auditOf(database.db, o)), ...(await auditOf(database.db, s))]).toEqual([]);
  });
});
