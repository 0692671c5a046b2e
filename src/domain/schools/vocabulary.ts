import { normalise } from './csv.ts';
import type { SchoolField } from './schemas.ts';

/**
 * Column names accepted in French, Dutch and English (compared without case, accents or punctuation), so that the
 * Communities' lists and hand-made files import without renaming their columns.
 */
const headerNames: Record<SchoolField, string[]> = {
  schoolNumber: [
    'school number',
    'number',
    'numero',
    'numero ecole',
    'numero fase',
    'fase',
    'nummer',
    'schoolnummer',
    'instellingsnummer',
  ],
  name: ['name', 'school name', 'nom', 'nom ecole', 'nom de l ecole', 'naam', 'schoolnaam', 'naam school'],
  languageSystem: [
    'language system',
    'language',
    'langue',
    'regime linguistique',
    'communaute',
    'community',
    'taal',
    'taalstelsel',
    'taalregime',
    'gemeenschap',
  ],
  network: ['network', 'reseau', 'net', 'onderwijsnet'],
  level: ['level', 'niveau', 'niveau d enseignement', 'onderwijsniveau'],
  educationType: [
    'education type',
    'type',
    'type d enseignement',
    'enseignement',
    'onderwijstype',
    'soort onderwijs',
    'onderwijsvorm',
  ],
  municipalityNis: [
    'municipality',
    'municipality nis',
    'nis',
    'nis code',
    'code nis',
    'commune',
    'code commune',
    'gemeente',
    'niscode',
    'ins',
    'code ins',
    'ins code',
    'nis code gemeente',
  ],
  street: ['street', 'address', 'adresse', 'rue', 'straat', 'adres'],
  postalCode: ['postal code', 'postcode', 'code postal', 'cp', 'zip'],
};

const headerIndex = new Map<string, SchoolField>();
for (const [field, names] of Object.entries(headerNames) as [SchoolField, string[]][]) {
  headerIndex.set(normalise(field.replace(/([A-Z])/g, ' $1')), field);
  for (const name of names) headerIndex.set(normalise(name), field);
}

/** The field a column header names, or undefined for a column the registry does not keep. */
export const fieldOfHeader = (header: string): SchoolField | undefined => headerIndex.get(normalise(header));

const values = {
  languageSystem: {
    fr: ['fr', 'french', 'francais', 'francophone', 'frans', 'franstalig', 'fwb', 'federation wallonie bruxelles'],
    nl: ['nl', 'dutch', 'flemish', 'neerlandais', 'neerlandophone', 'nederlands', 'nederlandstalig', 'vg'],
  },
  network: {
    community: [
      'community',
      'communaute',
      'communaute francaise',
      'communautaire',
      'community education',
      'wbe',
      'go',
      'gemeenschapsonderwijs',
      'gemeenschap',
    ],
    official: [
      'official',
      'officiel',
      'officieel',
      'official subsidised',
      'officiel subventionne',
      'officieel gesubsidieerd',
      'ogo',
      'communal',
      'gemeentelijk',
    ],
    free: ['free', 'libre', 'vrij', 'free subsidised', 'libre subventionne', 'vrij gesubsidieerd', 'vgo'],
  },
  level: {
    nursery: ['nursery', 'maternel', 'maternelle', 'kleuter', 'kleuteronderwijs'],
    primary: ['primary', 'primaire', 'lager', 'lager onderwijs'],
    fundamental: ['fundamental', 'fondamental', 'basis', 'basisonderwijs', 'basisschool'],
    secondary: ['secondary', 'secondaire', 'secundair', 'secundair onderwijs'],
  },
  educationType: {
    mainstream: ['mainstream', 'ordinary', 'regular', 'ordinaire', 'ordinaire', 'gewoon', 'gewoon onderwijs'],
    special: ['special', 'specialised', 'specialized', 'specialise', 'buitengewoon', 'buitengewoon onderwijs'],
  },
} as const;

type Enumerated = keyof typeof values;
const valueIndex = Object.fromEntries(
  Object.entries(values).map(([field, options]) => [
    field,
    new Map(
      Object.entries(options as Record<string, readonly string[]>).flatMap(([value, spellings]) =>
        spellings.map((s): [string, string] => [normalise(s), value]),
      ),
    ),
  ]),
) as Record<Enumerated, Map<string, string>>;

/** The stored value of an enumerated field written in any of the three languages, or undefined. */
export const storedValue = (field: Enumerated, raw: string): string | undefined =>
  valueIndex[field].get(normalise(raw));
