import type { Db } from '../../core/context.ts';
import { systemActor } from '../../core/context.ts';
import { changePhase, createCall } from '../calls/index.ts';
import { callInput } from '../calls/test-support.ts';
import type { Answers } from '../forms/definition.ts';
import { createOrganisation } from '../organisations/index.ts';
import {
  addUser,
  association,
  contextOf,
  enterpriseNumberFrom,
  type UserActor,
} from '../organisations/test-support.ts';

/** Tests only: instants around the test call (opens 15 Oct 2026 12:00, closes 15 Dec 2026 12:00, Brussels). */
export const moments = {
  beforeOpening: new Date('2026-10-01T10:00:00Z'),
  during: new Date('2026-11-10T10:00:00Z'),
  /** 15 December 2026, 12:00 in Brussels (winter time, UTC+1). */
  closing: new Date('2026-12-15T11:00:00.000Z'),
};

/** Tests only: a published call open at `moments.during`, with the standard form. */
export async function openCall(db: Db, overrides: Parameters<typeof callInput>[0] = {}): Promise<string> {
  const ctx = contextOf(db, systemActor('test'), moments.beforeOpening);
  const call = await createCall(ctx, callInput(overrides));
  await changePhase(ctx, call.code, 'publish');
  return call.code;
}

/** Tests only: an applicant with an association of their own. */
export async function applicantWithOrganisation(
  db: Db,
  name: string,
  /** Eight digits starting with 0 or 1: the first part of a valid enterprise number. */
  enterprise: string,
): Promise<{ actor: UserActor & { email: string }; organisationId: string }> {
  const actor = await addUser(db, { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@apply.example.be` });
  const organisation = await createOrganisation(
    contextOf(db, actor),
    association({ legalName: `${name} ASBL`, enterpriseNumber: enterpriseNumberFrom(enterprise) }),
  );
  return { actor, organisationId: organisation.id };
}

/** Tests only: answers that complete the standard form, asking 30,000 euros over the three years. */
export const completeAnswers = (years = [2027, 2028, 2029]): Answers => ({
  title: 'Ateliers du mercredi',
  summary: 'Des ateliers de soutien scolaire et de remobilisation pour les élèves de première secondaire.',
  aims: ['prevent', 'reengage'],
  parents: 'no',
  targetGroup: { ageBands: { '12-14': 40 }, levels: { secondary: 40 }, sexes: { girls: 22, boys: 18 } },
  schools: [],
  municipalities: ['21001', '21004'],
  activities: [{ activity: 'Atelier hebdomadaire', schedule: 'Mercredi après-midi', place: 'École' }],
  partners: [{ name: 'Maison de quartier', role: 'Accueil' }],
  budget: {
    lines: [
      { category: 'staff', label: 'Animateur', amounts: Object.fromEntries(years.map((y) => [String(y), '1000000'])) },
    ],
    cofunding: [],
  },
});
