import type { Localized } from './types.ts';

/** One indicator of the catalogue (figures area). */
export interface IndicatorSeed {
  code: string;
  name: Localized;
  definition: Localized;
  population: Localized;
  unit: 'percent' | 'count' | 'eur';
  periodKind: 'year' | 'school_year';
  publisher: string;
  sort: number;
}

/**
 * One value: indicator, territory (BE10, BE2, BE3, BE, EU27_2020 or a NIS code), year (first year of a school
 * year), breakdown, value, preferred (1/0), source id, and an optional note in English.
 */
export type IndicatorValueSeed = [
  indicator: string,
  territory: string,
  year: number,
  breakdown: string,
  value: number,
  preferred: 0 | 1,
  source: string,
  note?: string,
];

export const indicators: IndicatorSeed[] = [
  {
    code: 'early-leavers-18-24',
    name: {
      fr: 'Jeunes ayant quitté prématurément l’enseignement et la formation',
      nl: 'Vroegtijdige schoolverlaters',
      en: 'Early leavers from education and training',
    },
    definition: {
      fr:
        'Part des 18-24 ans qui ont au plus un diplôme de l’enseignement secondaire inférieur et qui ne suivent ' +
        'plus d’enseignement ni de formation (enquête sur les forces de travail).',
      nl:
        'Aandeel van de 18- tot 24-jarigen met hoogstens een diploma lager secundair onderwijs die geen onderwijs ' +
        'of opleiding meer volgen (enquête naar de arbeidskrachten).',
      en:
        'Share of people aged 18 to 24 with at most lower secondary education who are no longer in education or ' +
        'training (labour force survey).',
    },
    population: { fr: 'Personnes de 18 à 24 ans', nl: 'Personen van 18 tot 24 jaar', en: 'People aged 18 to 24' },
    unit: 'percent',
    periodKind: 'year',
    publisher: 'Eurostat and Statbel (EU-LFS), as published by the Federal Planning Bureau and others',
    sort: 1,
  },
  {
    code: 'pupils-two-years-behind',
    name: {
      fr: 'Élèves ayant au moins deux ans de retard scolaire',
      nl: 'Leerlingen met minstens twee jaar schoolse achterstand',
      en: 'Pupils at least two years behind their age grade',
    },
    definition: {
      fr:
        'Part des élèves de l’enseignement secondaire qui ont au moins deux années de retard sur l’âge attendu ' +
        'dans leur année d’études. Les sources ne donnent pas toutes la même valeur : chacune est montrée.',
      nl:
        'Aandeel van de leerlingen secundair onderwijs die minstens twee jaar ouder zijn dan verwacht voor hun ' +
        'leerjaar. Niet alle bronnen geven dezelfde waarde: elke waarde wordt getoond.',
      en:
        'Share of secondary school pupils who are at least two years older than expected for their grade. The ' +
        'sources do not all give the same value: each one is shown.',
    },
    population: {
      fr: 'Élèves de l’enseignement secondaire',
      nl: 'Leerlingen secundair onderwijs',
      en: 'Secondary school pupils',
    },
    unit: 'percent',
    periodKind: 'year',
    publisher: 'Observatoire de la Santé et du Social de Bruxelles-Capitale (Baromètre social)',
    sort: 2,
  },
  {
    code: 'first-cycle-two-years-behind',
    name: {
      fr: 'Élèves du premier degré du secondaire avec deux ans de retard',
      nl: 'Leerlingen in de eerste graad secundair met twee jaar achterstand',
      en: 'Lower secondary (first stage) pupils two years behind',
    },
    definition: {
      fr: 'Part des élèves du premier degré du secondaire qui ont au moins deux ans de retard scolaire.',
      nl: 'Aandeel van de leerlingen in de eerste graad secundair met minstens twee jaar schoolse achterstand.',
      en: 'Share of pupils in the first stage of secondary school who are at least two years behind.',
    },
    population: {
      fr: 'Élèves du premier degré du secondaire',
      nl: 'Leerlingen in de eerste graad secundair',
      en: 'Pupils in the first stage of secondary school',
    },
    unit: 'percent',
    periodKind: 'year',
    publisher: 'Observatoire de la Santé et du Social de Bruxelles-Capitale (Baromètre social)',
    sort: 3,
  },
  {
    code: 'first-year-two-years-behind',
    name: {
      fr: 'Élèves de 1re secondaire avec deux ans de retard',
      nl: 'Leerlingen in het 1e jaar secundair met twee jaar achterstand',
      en: 'First-year secondary pupils two years behind',
    },
    definition: {
      fr: 'Part des élèves de première année du secondaire qui ont au moins deux ans de retard scolaire.',
      nl: 'Aandeel van de leerlingen in het eerste jaar secundair met minstens twee jaar schoolse achterstand.',
      en: 'Share of pupils in the first year of secondary school who are at least two years behind.',
    },
    population: {
      fr: 'Élèves de première année du secondaire',
      nl: 'Leerlingen in het eerste jaar secundair',
      en: 'Pupils in the first year of secondary school',
    },
    unit: 'percent',
    periodKind: 'year',
    publisher: 'Observatorium voor Gezondheid en Welzijn van Brussel-Hoofdstad (Welzijnsbarometer)',
    sort: 4,
  },
  {
    code: 'secondary-repeated-a-year',
    name: {
      fr: 'Élèves du secondaire ayant déjà redoublé',
      nl: 'Leerlingen secundair die al een jaar overdeden',
      en: 'Secondary pupils who have already repeated a year',
    },
    definition: {
      fr:
        'Part des élèves de l’enseignement secondaire ordinaire qui ont au moins un an de retard (définition plus ' +
        'large que « deux ans de retard »).',
      nl:
        'Aandeel van de leerlingen in het gewoon secundair onderwijs met minstens één jaar achterstand (ruimere ' +
        'definitie dan "twee jaar achterstand").',
      en:
        'Share of pupils in mainstream secondary education who are at least one year behind (a wider definition ' +
        'than "two years behind").',
    },
    population: {
      fr: 'Élèves de l’enseignement secondaire ordinaire',
      nl: 'Leerlingen gewoon secundair onderwijs',
      en: 'Pupils in mainstream secondary education',
    },
    unit: 'percent',
    periodKind: 'school_year',
    publisher: 'IBSA (as reported by the press)',
    sort: 5,
  },
  {
    code: 'school-population',
    name: { fr: 'Population scolaire', nl: 'Schoolbevolking', en: 'School population' },
    definition: {
      fr:
        'Nombre d’élèves inscrits dans les écoles situées en Région bruxelloise (maternel, primaire, secondaire), ' +
        'par régime linguistique, niveau ou région de résidence.',
      nl:
        'Aantal leerlingen ingeschreven in scholen in het Brussels Gewest (kleuter, lager, secundair), per ' +
        'taalstelsel, niveau of gewest van verblijf.',
      en:
        'Number of pupils enrolled in schools located in the Brussels Region (nursery, primary, secondary), by ' +
        'language system, level or region of residence.',
    },
    population: {
      fr: 'Élèves des écoles situées à Bruxelles',
      nl: 'Leerlingen van scholen in Brussel',
      en: 'Pupils of schools located in Brussels',
    },
    unit: 'count',
    periodKind: 'school_year',
    publisher: 'IBSA; perspective.brussels – Service École',
    sort: 6,
  },
  {
    code: 'disadvantaged-first-secondary',
    name: {
      fr: 'Élèves défavorisés (ISEF) en 1re secondaire',
      nl: 'Kansarme leerlingen (ISEF) in het 1e jaar secundair',
      en: 'Disadvantaged pupils (ISEF) in first-year secondary',
    },
    definition: {
      fr:
        'Part des élèves « ISEF » (indice socio-économique faible, décret Inscriptions) parmi les élèves de 1re ' +
        'secondaire des écoles francophones, par commune de l’école.',
      nl:
        'Aandeel "ISEF"-leerlingen (lage sociaal-economische index, Franstalig inschrijvingsdecreet) onder de ' +
        'leerlingen van het 1e jaar secundair in Franstalige scholen, per gemeente van de school.',
      en:
        'Share of "ISEF" pupils (low socio-economic index, French-speaking enrolment decree) among first-year ' +
        'secondary pupils of French-speaking schools, by municipality of the school.',
    },
    population: {
      fr: 'Élèves de 1re secondaire (enseignement francophone)',
      nl: 'Leerlingen 1e jaar secundair (Franstalig onderwijs)',
      en: 'First-year secondary pupils (French-speaking schools)',
    },
    unit: 'percent',
    periodKind: 'school_year',
    publisher: 'Fédération Wallonie-Bruxelles (enrolment data), as mapped by Le Soir',
    sort: 7,
  },
];

const esl = 'early-leavers-18-24';
const sexes: Record<string, string> = { T: 'total', M: 'sex=M', F: 'sex=F' };

/** Early leavers 18-24: [territory, year, sex T/M/F, value, preferred, source, note]. */
const earlyLeavers: [string, number, string, number, 0 | 1, string, string?][] = [
  ['BE', 2000, 'F', 11.0, 1, 'STATBEL_EN_2022'],
  ['BE', 2004, 'F', 10.8, 1, 'STANDAARD_2006'],
  ['BE', 2005, 'F', 10.5, 1, 'STATBEL_EN_2022', 'Series break: the questions on education and training changed'],
  ['BE', 2010, 'F', 10.0, 1, 'STATBEL_EN_2022'],
  ['BE', 2013, 'F', 8.7, 1, 'STATBEL_FR_2018'],
  ['BE', 2014, 'F', 7.7, 1, 'STATBEL_EN_2022', 'The question on the highest diploma was reworded'],
  ['BE', 2015, 'F', 8.6, 1, 'STATBEL_EN_2022'],
  ['BE', 2016, 'F', 7.4, 1, 'STATBEL_FR_2018'],
  ['BE', 2017, 'F', 7.3, 1, 'STATBEL_FR_2018', 'Series break: labour force survey reform'],
  ['BE', 2018, 'F', 6.5, 1, 'STATBEL_EN_2022'],
  ['BE', 2019, 'F', 6.2, 1, 'STATBEL_EN_2022'],
  ['BE', 2020, 'F', 5.9, 1, 'STATBEL_EN_2022'],
  ['BE', 2021, 'F', 4.5, 1, 'STATBEL_EN_2022', 'Series break: labour force survey questionnaire revised'],
  ['BE', 2022, 'F', 4.8, 1, 'STATBEL_EN_2022'],
  ['BE', 2023, 'F', 4.4, 1, 'STATBEL_FR_NEWS_2023'],
  ['BE', 2000, 'M', 16.5, 1, 'STATBEL_EN_2022'],
  ['BE', 2004, 'M', 15.4, 1, 'STANDAARD_2006'],
  ['BE', 2005, 'M', 15.2, 1, 'STATBEL_EN_2022', 'Series break: the questions on education and training changed'],
  ['BE', 2010, 'M', 13.8, 1, 'STATBEL_EN_2022'],
  ['BE', 2013, 'M', 13.2, 1, 'STATBEL_FR_2018'],
  ['BE', 2014, 'M', 11.8, 1, 'STATBEL_EN_2022', 'The question on the highest diploma was reworded'],
  ['BE', 2015, 'M', 11.6, 1, 'STATBEL_EN_2022'],
  ['BE', 2016, 'M', 10.2, 1, 'STATBEL_FR_2018'],
  ['BE', 2017, 'M', 10.4, 1, 'STATBEL_FR_2018', 'Series break: labour force survey reform'],
  ['BE', 2018, 'M', 10.6, 1, 'STATBEL_EN_2022'],
  ['BE', 2019, 'M', 10.5, 1, 'STATBEL_EN_2022'],
  ['BE', 2020, 'M', 10.2, 1, 'STATBEL_EN_2022'],
  ['BE', 2021, 'M', 8.9, 1, 'STATBEL_EN_2022', 'Series break: labour force survey questionnaire revised'],
  ['BE', 2022, 'M', 8.0, 1, 'STATBEL_EN_2022'],
  ['BE', 2023, 'M', 7.9, 1, 'STATBEL_FR_NEWS_2023'],
  ['BE', 1992, 'T', 18.1, 1, 'FPB_2025'],
  ['BE', 1992, 'T', 18.1, 0, 'FPB_2023'],
  ['BE', 1992, 'T', 18.1, 0, 'FPB_2021'],
  ['BE', 2000, 'T', 13.8, 1, 'FPB_2025'],
  ['BE', 2000, 'T', 13.8, 0, 'FPB_2023'],
  ['BE', 2000, 'T', 13.8, 0, 'FPB_2021'],
  ['BE', 2000, 'T', 13.8, 0, 'STATBEL_EN_2022'],
  ['BE', 2002, 'T', 14.1, 1, 'FPB_2025'],
  ['BE', 2002, 'T', 14.1, 0, 'FPB_2023'],
  ['BE', 2005, 'T', 12.9, 1, 'STATBEL_EN_2022', 'Series break: the questions on education and training changed'],
  ['BE', 2010, 'T', 11.9, 1, 'FPB_2025'],
  ['BE', 2010, 'T', 11.9, 0, 'FPB_2023'],
  ['BE', 2010, 'T', 11.9, 0, 'FPB_2021'],
  ['BE', 2010, 'T', 11.9, 0, 'STATBEL_EN_2022'],
  ['BE', 2013, 'T', 11.0, 1, 'STATBEL_FR_2018'],
  ['BE', 2014, 'T', 9.8, 1, 'STATBEL_EN_2022', 'The question on the highest diploma was reworded'],
  ['BE', 2015, 'T', 10.1, 1, 'FPB_2025'],
  ['BE', 2015, 'T', 10.1, 0, 'FPB_2023'],
  ['BE', 2015, 'T', 10.1, 0, 'FPB_2021'],
  ['BE', 2015, 'T', 10.1, 0, 'STATBEL_EN_2022'],
  ['BE', 2016, 'T', 8.8, 1, 'STATBEL_FR_2018'],
  [
    'BE',
    2016,
    'T',
    8.8,
    0,
    'ACCROCHAGE_IND',
    'Year not printed by the source; 2016 according to schoolinschakeling.brussels',
  ],
  ['BE', 2017, 'T', 8.9, 1, 'FPB_2023'],
  ['BE', 2017, 'T', 8.9, 0, 'STATBEL_FR_2018', 'Series break: labour force survey reform'],
  ['BE', 2018, 'T', 8.6, 1, 'STATBEL_EN_2022'],
  ['BE', 2019, 'T', 8.4, 1, 'FPB_2025'],
  ['BE', 2019, 'T', 8.4, 0, 'FPB_2021'],
  ['BE', 2019, 'T', 8.4, 0, 'STATBEL_EN_2022'],
  ['BE', 2020, 'T', 8.1, 1, 'FPB_2025'],
  ['BE', 2020, 'T', 8.1, 0, 'FPB_2023'],
  ['BE', 2020, 'T', 8.1, 0, 'FPB_2021'],
  ['BE', 2020, 'T', 8.1, 0, 'STATBEL_EN_2022'],
  ['BE', 2021, 'T', 6.7, 1, 'FPB_2023'],
  ['BE', 2021, 'T', 6.7, 0, 'STATBEL_EN_2022', 'Series break: labour force survey questionnaire revised'],
  ['BE', 2022, 'T', 6.4, 1, 'FPB_2023'],
  ['BE', 2022, 'T', 6.4, 0, 'STATBEL_EN_2022'],
  ['BE', 2023, 'T', 6.2, 1, 'FPB_2025'],
  ['BE', 2023, 'T', 6.2, 0, 'STATBEL_FR_NEWS_2023'],
  ['BE', 2024, 'T', 7.0, 1, 'FPB_2025'],
  ['BE10', 2000, 'F', 16.1, 1, 'STATBEL_EN_2022'],
  ['BE10', 2005, 'F', 18.4, 1, 'STATBEL_EN_2022', 'Series break: the questions on education and training changed'],
  ['BE10', 2010, 'F', 16.5, 1, 'STATBEL_EN_2022'],
  ['BE10', 2014, 'F', 11.2, 1, 'STATBEL_EN_2022', 'The question on the highest diploma was reworded'],
  ['BE10', 2015, 'F', 14.8, 1, 'STATBEL_EN_2022'],
  ['BE10', 2018, 'F', 9.0, 1, 'STATBEL_EN_2022'],
  ['BE10', 2019, 'F', 8.7, 1, 'STATBEL_EN_2022'],
  ['BE10', 2020, 'F', 9.4, 1, 'STATBEL_EN_2022'],
  ['BE10', 2021, 'F', 6.7, 1, 'STATBEL_EN_2022', 'Series break: labour force survey questionnaire revised'],
  ['BE10', 2022, 'F', 6.0, 1, 'STATBEL_EN_2022'],
  ['BE10', 2000, 'M', 25.2, 1, 'STATBEL_EN_2022'],
  ['BE10', 2005, 'M', 20.4, 1, 'STATBEL_EN_2022', 'Series break: the questions on education and training changed'],
  ['BE10', 2010, 'M', 20.4, 1, 'STATBEL_EN_2022'],
  ['BE10', 2014, 'M', 17.5, 1, 'STATBEL_EN_2022', 'The question on the highest diploma was reworded'],
  ['BE10', 2015, 'M', 16.9, 1, 'STATBEL_EN_2022'],
  ['BE10', 2018, 'M', 12.3, 1, 'STATBEL_EN_2022'],
  ['BE10', 2019, 'M', 15.2, 1, 'STATBEL_EN_2022'],
  ['BE10', 2020, 'M', 10.0, 1, 'STATBEL_EN_2022'],
  ['BE10', 2021, 'M', 11.6, 1, 'STATBEL_EN_2022', 'Series break: labour force survey questionnaire revised'],
  ['BE10', 2022, 'M', 8.8, 1, 'STATBEL_EN_2022'],
  ['BE10', 2000, 'T', 20.7, 1, 'FPB_2025'],
  ['BE10', 2000, 'T', 20.7, 0, 'FPB_2023'],
  ['BE10', 2000, 'T', 20.7, 0, 'FPB_2021'],
  ['BE10', 2000, 'T', 20.7, 0, 'STATBEL_EN_2022'],
  ['BE10', 2004, 'T', 18.1, 1, 'STANDAARD_2006'],
  ['BE10', 2005, 'T', 19.4, 1, 'FPB_2025'],
  ['BE10', 2005, 'T', 19.4, 0, 'FPB_2023'],
  ['BE10', 2005, 'T', 19.4, 0, 'FPB_2021'],
  ['BE10', 2005, 'T', 19.4, 0, 'STATBEL_EN_2022', 'Series break: the questions on education and training changed'],
  ['BE10', 2010, 'T', 18.4, 1, 'FPB_2025'],
  ['BE10', 2010, 'T', 18.4, 0, 'FPB_2023'],
  ['BE10', 2010, 'T', 18.4, 0, 'FPB_2021'],
  ['BE10', 2010, 'T', 18.4, 0, 'STATBEL_EN_2022'],
  ['BE10', 2014, 'T', 14.4, 1, 'STATBEL_EN_2022', 'The question on the highest diploma was reworded'],
  ['BE10', 2015, 'T', 15.8, 1, 'FPB_2025'],
  ['BE10', 2015, 'T', 15.8, 0, 'FPB_2023'],
  ['BE10', 2015, 'T', 15.8, 0, 'FPB_2021'],
  ['BE10', 2015, 'T', 15.8, 0, 'STATBEL_EN_2022'],
  [
    'BE10',
    2016,
    'T',
    14.8,
    1,
    'ACCROCHAGE_IND',
    'Year not printed by the source; 2016 according to schoolinschakeling.brussels',
  ],
  ['BE10', 2017, 'T', 12.9, 1, 'FPB_2023'],
  ['BE10', 2017, 'T', 12.9, 0, 'IWEPS_2017'],
  ['BE10', 2018, 'T', 10.7, 1, 'STATBEL_EN_2022'],
  ['BE10', 2018, 'T', 10.7, 0, 'HLN_2019'],
  ['BE10', 2019, 'T', 11.8, 1, 'FPB_2025'],
  ['BE10', 2019, 'T', 11.8, 0, 'FPB_2021'],
  ['BE10', 2019, 'T', 11.8, 0, 'STATBEL_EN_2022'],
  ['BE10', 2020, 'T', 9.7, 1, 'FPB_2025'],
  ['BE10', 2020, 'T', 9.7, 0, 'FPB_2023'],
  ['BE10', 2020, 'T', 9.7, 0, 'FPB_2021'],
  ['BE10', 2020, 'T', 9.7, 0, 'STATBEL_EN_2022'],
  ['BE10', 2021, 'T', 9.1, 1, 'FPB_2023'],
  ['BE10', 2021, 'T', 9.1, 0, 'STATBEL_EN_2022', 'Series break: labour force survey questionnaire revised'],
  ['BE10', 2021, 'T', 9.1, 0, 'IBSA_2021'],
  ['BE10', 2021, 'T', 9.1, 0, 'STATVL_2021'],
  ['BE10', 2022, 'T', 7.4, 1, 'FPB_2023'],
  ['BE10', 2022, 'T', 7.4, 0, 'STATBEL_EN_2022'],
  ['BE10', 2023, 'T', 8.7, 1, 'FPB_2025'],
  ['BE10', 2023, 'T', 8.7, 0, 'IWEPS_2023'],
  ['BE10', 2024, 'T', 9.8, 1, 'FPB_2025'],
  ['BE2', 2018, 'F', 5.1, 1, 'HLN_2019'],
  ['BE2', 2021, 'F', 3.5, 1, 'STATVL_2021'],
  ['BE2', 2018, 'M', 9.5, 1, 'HLN_2019'],
  ['BE2', 2021, 'M', 7.0, 1, 'STATVL_2021'],
  ['BE2', 1999, 'T', 13.6, 1, 'STATVL_2021'],
  ['BE2', 2000, 'T', 11.6, 1, 'FPB_2025'],
  ['BE2', 2000, 'T', 11.6, 0, 'FPB_2023'],
  ['BE2', 2000, 'T', 11.6, 0, 'FPB_2021'],
  ['BE2', 2004, 'T', 11, 1, 'STANDAARD_2006'],
  ['BE2', 2005, 'T', 10.7, 1, 'FPB_2025'],
  ['BE2', 2005, 'T', 10.7, 0, 'FPB_2023'],
  ['BE2', 2005, 'T', 10.7, 0, 'FPB_2021'],
  ['BE2', 2010, 'T', 9.6, 1, 'FPB_2025'],
  ['BE2', 2010, 'T', 9.6, 0, 'FPB_2023'],
  ['BE2', 2010, 'T', 9.6, 0, 'FPB_2021'],
  ['BE2', 2015, 'T', 7.2, 1, 'FPB_2025'],
  ['BE2', 2015, 'T', 7.2, 0, 'FPB_2023'],
  ['BE2', 2015, 'T', 7.2, 0, 'FPB_2021'],
  [
    'BE2',
    2016,
    'T',
    6.8,
    1,
    'ACCROCHAGE_IND',
    'Year not printed by the source; 2016 according to schoolinschakeling.brussels',
  ],
  ['BE2', 2017, 'T', 7.2, 1, 'FPB_2023'],
  ['BE2', 2017, 'T', 7.2, 0, 'IWEPS_2017'],
  ['BE2', 2018, 'T', 7.3, 1, 'HLN_2019'],
  ['BE2', 2019, 'T', 6.2, 1, 'FPB_2025'],
  ['BE2', 2019, 'T', 6.2, 0, 'FPB_2021'],
  ['BE2', 2020, 'T', 6.7, 1, 'FPB_2025'],
  ['BE2', 2020, 'T', 6.7, 0, 'FPB_2023'],
  ['BE2', 2020, 'T', 6.7, 0, 'FPB_2021'],
  ['BE2', 2021, 'T', 5.3, 1, 'FPB_2023'],
  ['BE2', 2021, 'T', 5.3, 0, 'IBSA_2021'],
  ['BE2', 2021, 'T', 5.3, 0, 'STATVL_2021'],
  ['BE2', 2022, 'T', 4.9, 1, 'FPB_2023'],
  ['BE2', 2023, 'T', 5.4, 1, 'FPB_2025'],
  ['BE2', 2023, 'T', 5.4, 0, 'IWEPS_2023'],
  ['BE2', 2024, 'T', 5.8, 1, 'FPB_2025'],
  ['BE3', 2000, 'T', 15.5, 1, 'FPB_2025'],
  ['BE3', 2000, 'T', 15.5, 0, 'FPB_2023'],
  ['BE3', 2000, 'T', 15.5, 0, 'FPB_2021'],
  ['BE3', 2002, 'T', 16.1, 1, 'IWEPS_2023'],
  ['BE3', 2004, 'T', 15.3, 1, 'STANDAARD_2006'],
  ['BE3', 2005, 'T', 14.7, 1, 'FPB_2025'],
  ['BE3', 2005, 'T', 14.7, 0, 'FPB_2023'],
  ['BE3', 2005, 'T', 14.7, 0, 'FPB_2021'],
  ['BE3', 2010, 'T', 13.7, 1, 'FPB_2025'],
  ['BE3', 2010, 'T', 13.7, 0, 'FPB_2023'],
  ['BE3', 2010, 'T', 13.7, 0, 'FPB_2021'],
  ['BE3', 2013, 'T', 14.7, 1, 'IWEPS_2023'],
  ['BE3', 2014, 'T', 12.9, 1, 'IWEPS_2023'],
  ['BE3', 2015, 'T', 13.1, 1, 'FPB_2025'],
  ['BE3', 2015, 'T', 13.1, 0, 'FPB_2023'],
  ['BE3', 2015, 'T', 13.1, 0, 'FPB_2021'],
  ['BE3', 2015, 'T', 13.1, 0, 'IWEPS_2017'],
  ['BE3', 2016, 'T', 10.3, 1, 'IWEPS_2023'],
  [
    'BE3',
    2016,
    'T',
    10.3,
    0,
    'ACCROCHAGE_IND',
    'Year not printed by the source; 2016 according to schoolinschakeling.brussels',
  ],
  ['BE3', 2017, 'T', 10.5, 1, 'FPB_2023'],
  ['BE3', 2017, 'T', 10.5, 0, 'IWEPS_2017'],
  ['BE3', 2018, 'T', 9.9, 1, 'HLN_2019'],
  ['BE3', 2019, 'T', 10.9, 1, 'FPB_2025'],
  ['BE3', 2019, 'T', 10.9, 0, 'FPB_2021'],
  ['BE3', 2020, 'T', 9.8, 1, 'FPB_2025'],
  ['BE3', 2020, 'T', 9.8, 0, 'FPB_2023'],
  ['BE3', 2020, 'T', 9.8, 0, 'FPB_2021'],
  ['BE3', 2021, 'T', 8.3, 1, 'FPB_2023'],
  ['BE3', 2021, 'T', 8.3, 0, 'IBSA_2021'],
  ['BE3', 2021, 'T', 8.3, 0, 'STATVL_2021'],
  ['BE3', 2022, 'T', 8.6, 1, 'FPB_2023'],
  ['BE3', 2023, 'T', 6.7, 1, 'FPB_2025'],
  ['BE3', 2023, 'T', 6.7, 0, 'IWEPS_2023'],
  ['BE3', 2024, 'T', 8.1, 1, 'FPB_2025'],
  ['EU27_2020', 2002, 'T', 16.9, 1, 'FPB_2025'],
  ['EU27_2020', 2002, 'T', 16.9, 0, 'FPB_2023'],
  ['EU27_2020', 2010, 'T', 13.8, 1, 'FPB_2025'],
  ['EU27_2020', 2010, 'T', 13.8, 0, 'FPB_2023'],
  ['EU27_2020', 2010, 'T', 13.8, 0, 'FPB_2021'],
  ['EU27_2020', 2015, 'T', 11.0, 1, 'FPB_2025'],
  ['EU27_2020', 2015, 'T', 11.0, 0, 'FPB_2023'],
  ['EU27_2020', 2015, 'T', 11.0, 0, 'FPB_2021'],
  ['EU27_2020', 2017, 'T', 10.5, 1, 'FPB_2023'],
  ['EU27_2020', 2019, 'T', 10.1, 1, 'FPB_2025'],
  ['EU27_2020', 2019, 'T', 10.2, 0, 'FPB_2021'],
  ['EU27_2020', 2019, 'T', 10.2, 0, 'EUROSTAT_DDN_2020'],
  ['EU27_2020', 2020, 'T', 10.0, 1, 'FPB_2025'],
  ['EU27_2020', 2020, 'T', 9.9, 0, 'FPB_2023'],
  ['EU27_2020', 2020, 'T', 10.1, 0, 'FPB_2021'],
  ['EU27_2020', 2021, 'T', 9.8, 1, 'FPB_2023'],
  ['EU27_2020', 2021, 'T', 9.7, 0, 'STATVL_2021'],
  ['EU27_2020', 2022, 'T', 9.6, 1, 'FPB_2023'],
  ['EU27_2020', 2023, 'T', 9.6, 1, 'FPB_2025'],
  ['EU27_2020', 2023, 'T', 9.5, 0, 'IWEPS_2023'],
  ['EU27_2020', 2024, 'T', 9.4, 1, 'FPB_2025'],
];

const isef: [string, number][] = [
  ['21001', 80.9],
  ['21002', 6.7],
  ['21003', 50.5],
  ['21004', 74.2],
  ['21005', 52.0],
  ['21006', 68.4],
  ['21007', 60.5],
  ['21008', 52.1],
  ['21009', 41.6],
  ['21010', 57.9],
  ['21011', 79.2],
  ['21012', 84.1],
  ['21013', 75.4],
  ['21014', 90.1],
  ['21015', 78.4],
  ['21016', 10.7],
  ['21017', 1.3],
  ['21018', 7.6],
  ['21019', 3.9],
];

const pop = 'school-population';
const behind = 'pupils-two-years-behind';

export const indicatorValues: IndicatorValueSeed[] = [
  ...earlyLeavers.map(
    ([territory, year, sex, value, preferred, source, note]): IndicatorValueSeed =>
      note
        ? [esl, territory, year, sexes[sex] ?? 'total', value, preferred, source, note]
        : [esl, territory, year, sexes[sex] ?? 'total', value, preferred, source],
  ),
  // School delay. The source document (Cedefop) says 25 %; the observatory's barometer and the Region (2019)
  // say 28 %. Both are kept, each with its own source; the 28 % is preferred as it has a traceable origin.
  [behind, 'BE10', 2017, 'total', 28, 1, 'BAROMETRE_2017_BELGA'],
  [behind, '21014', 2017, 'total', 39, 1, 'BAROMETRE_2017_BELGA', 'Highest municipality quoted'],
  [behind, '21017', 2017, 'total', 12, 1, 'BAROMETRE_2017_BELGA', 'Lowest municipality quoted'],
  [behind, 'BE10', 2019, 'total', 28, 1, 'RTBF_2019', 'Figure quoted by the Minister-President'],
  [behind, 'BE10', 2019, 'total', 25, 0, 'CEDEFOP_2025', 'Figure of the Cedefop summary; no year printed'],
  ['first-cycle-two-years-behind', '21014', 2017, 'total', 24, 1, 'BAROMETRE_2017_BELGA'],
  ['first-cycle-two-years-behind', '21018', 2017, 'total', 5, 1, 'BAROMETRE_2017_BELGA'],
  ['first-year-two-years-behind', 'BE10', 2016, 'total', 14, 1, 'WELZIJNSBAROMETER_2016_BELGA'],
  ['first-year-two-years-behind', '21014', 2016, 'total', 27, 1, 'WELZIJNSBAROMETER_2016_BELGA'],
  ['secondary-repeated-a-year', 'BE10', 2023, 'total', 43.14, 1, 'UDEC_DH_IBSA_2024'],
  ['secondary-repeated-a-year', '21014', 2023, 'total', 56.58, 1, 'UDEC_DH_IBSA_2024'],
  ['secondary-repeated-a-year', '21019', 2023, 'total', 25, 1, 'UDEC_DH_IBSA_2024', 'Rounded by the source'],
  ['secondary-repeated-a-year', '21002', 2023, 'total', 29, 1, 'UDEC_DH_IBSA_2024', 'Rounded by the source'],
  ['secondary-repeated-a-year', 'BE', 2023, 'total', 29, 1, 'UDEC_DH_IBSA_2024'],
  // School population, 2021-2022, by language system and level (perspective.brussels from IBSA data).
  [pop, 'BE10', 2021, 'lang=fr,level=nursery', 40554, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=fr,level=primary', 77803, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=fr,level=secondary', 87567, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=fr', 205924, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=nl,level=nursery', 14520, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=nl,level=primary', 20726, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=nl,level=secondary', 19954, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'lang=nl', 55200, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'level=nursery', 55074, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'level=primary', 98529, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'level=secondary', 107521, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2021, 'total', 261124, 1, 'PERSPECTIVE_SCHOOL_POP_2022'],
  [pop, 'BE10', 2014, 'total', 247760, 1, 'LALIBRE_2017_IBSA'],
  [pop, 'BE10', 2012, 'total', 240342, 1, 'LEVIF_IBSA_2013'],
  [pop, 'BE10', 2012, 'residence=BE10', 204248, 1, 'LEVIF_IBSA_2013'],
  [pop, 'BE10', 2012, 'residence=BE2', 31351, 1, 'LEVIF_IBSA_2013'],
  [pop, 'BE10', 2012, 'residence=BE3', 4743, 1, 'LEVIF_IBSA_2013'],
  // Disadvantaged pupils in first-year secondary, 2012-2013, by municipality of the school (Le Soir).
  ['disadvantaged-first-secondary', 'BE10', 2012, 'total', 59, 1, 'LESOIR_2014'],
  ...isef.map(
    ([nis, value]): IndicatorValueSeed => [
      'disadvantaged-first-secondary',
      nis,
      2012,
      'total',
      value,
      1,
      'LESOIR_2014',
    ],
  ),
];
