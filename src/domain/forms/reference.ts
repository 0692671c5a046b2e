import { municipalities } from '../../db/seed/reference/municipalities.ts';

/** The 19 municipalities a municipality field offers, with their NIS codes and official names. */
export const formMunicipalities: readonly { nisCode: string; nameFr: string; nameNl: string }[] = municipalities.map(
  (m) => ({ nisCode: m.nisCode, nameFr: m.nameFr, nameNl: m.nameNl }),
);
