import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor, Context, Db, PlatformRole } from '../../core/context.ts';
import { auditLog, users } from '../../db/schema/index.ts';
import { enterpriseCheckDigits } from './belgian-ids.ts';
import type { OrganisationInput } from './schemas.ts';

/** Tests only: helpers for the organisation verbs' tests. */

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** Adds an account straight into the database (verified unless told otherwise) and gives its actor. */
export async function addUser(
  db: Db,
  options: { name: string; email: string; roles?: PlatformRole[]; verified?: boolean; lang?: string },
): Promise<UserActor & { email: string }> {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    name: options.name,
    email: options.email,
    emailVerified: options.verified ?? true,
    lang: options.lang ?? 'fr',
    role: (options.roles ?? []).join(',') || null,
  });
  return { kind: 'user', id, roles: options.roles ?? [], municipality: null, email: options.email };
}

/** A verb context for the actor, at a fixed moment unless told otherwise. */
export const contextOf = (db: Db, actor: Actor, now = new Date('2026-03-02T09:00:00Z')): Context => ({
  actor,
  db,
  requestId: `test-${randomUUID().slice(0, 8)}`,
  now,
  ip: '192.0.2.10',
});

/** A valid enterprise number from any eight digits starting with 0 or 1. */
export const enterpriseNumberFrom = (firstEight: string) => firstEight + enterpriseCheckDigits(firstEight);

/** A valid association, as a form or an API client would send it. */
export const association = (overrides: Partial<OrganisationInput> = {}): OrganisationInput => ({
  type: 'association',
  legalName: 'Les Ateliers du Midi ASBL',
  enterpriseNumber: '0123.456.749',
  municipalityNis: '21001',
  street: 'Rue de Fiennes 12',
  postalCode: '1070',
  city: 'Anderlecht',
  iban: 'BE68 5390 0754 7034',
  lang: 'fr',
  ...overrides,
});

/** The audit rows of one request. */
export const auditOf = (db: Db, ctx: Context) =>
  db.select().from(auditLog).where(eq(auditLog.requestId, ctx.requestId));
