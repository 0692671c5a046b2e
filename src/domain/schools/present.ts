import type { SchoolRow } from '../../db/schema/index.ts';
import type { School } from './schemas.ts';

export const toSchool = (row: SchoolRow): School => ({
  id: row.id,
  schoolNumber: row.schoolNumber,
  name: row.name,
  languageSystem: row.languageSystem,
  network: row.network,
  level: row.level,
  educationType: row.educationType,
  municipalityNis: row.municipalityNis,
  street: row.street,
  postalCode: row.postalCode,
  updatedAt: row.updatedAt.toISOString(),
});
