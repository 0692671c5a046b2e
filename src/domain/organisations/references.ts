import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../core/context.ts';
import { municipalities, organisations } from '../../db/schema/index.ts';
import { isUniqueViolation } from './access.ts';
import { invalidField } from './errors.ts';
import type { OrganisationData } from './input.ts';

/** Types that are legal entities of their own: one organisation per enterprise number (see the schema). */
export const ownNumberTypes = ['association', 'social_welfare_centre'] as const;

/**
 * The checks a field's format cannot make: the municipality exists, and neither the legal entity nor the school
 * is registered already (by another organisation than `exceptId`). Run inside the writing transaction.
 */
export async function checkReferences(tx: Tx, data: OrganisationData, exceptId?: string): Promise<void> {
  const [municipality] = await tx
    .select({ nis: municipalities.nisCode })
    .from(municipalities)
    .where(eq(municipalities.nisCode, data.municipalityNis));
  if (!municipality) throw invalidField('municipalityNis', 'unknownMunicipality');
  const others = async (...conditions: Parameters<typeof and>) => {
    const rows = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(...conditions));
    return rows.some((r) => r.id !== exceptId);
  };
  const ownNumber = (ownNumberTypes as readonly string[]).includes(data.type);
  if (ownNumber && data.enterpriseNumber) {
    const taken = await others(
      eq(organisations.enterpriseNumber, data.enterpriseNumber),
      inArray(organisations.type, [...ownNumberTypes]),
    );
    if (taken) throw invalidField('enterpriseNumber', 'enterpriseTaken');
  }
  if (data.schoolNumber && data.languageSystem) {
    const taken = await others(
      eq(organisations.schoolNumber, data.schoolNumber),
      eq(organisations.languageSystem, data.languageSystem),
    );
    if (taken) throw invalidField('schoolNumber', 'schoolNumberTaken');
  }
}

/** Maps a unique-index violation (two requests racing past `checkReferences`) to the same field problem. */
export function uniqueToInvalid(error: unknown): never {
  if (isUniqueViolation(error, 'organisations_legal_entity_uq'))
    throw invalidField('enterpriseNumber', 'enterpriseTaken');
  if (isUniqueViolation(error, 'organisations_school_number_uq'))
    throw invalidField('schoolNumber', 'schoolNumberTaken');
  throw error;
}
