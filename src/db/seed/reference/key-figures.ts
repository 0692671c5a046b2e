import type { KeyFigureSeed } from './types.ts';

/**
 * Key figures for the home page. Each value is shown as its source publishes it, with that source.
 * The 25 % (CEDEFOP_2025) and 28 % (BAROMETRE_2017_BELGA) school-delay figures differ in scope and
 * source and are shown side by side on purpose; see /work/shared/data/README.md.
 */
export const keyFigures: KeyFigureSeed[] = [
  {
    code: 'left-school-without-diploma-2019',
    value: 11.8,
    unit: 'percent',
    qualifier: 'exact',
    period: '2019',
    label: {
      fr: "des jeunes Bruxellois ont quitté l'école sans diplôme de l'enseignement secondaire",
      nl: 'van de Brusselse jongeren verliet de school zonder diploma secundair onderwijs',
      en: 'of young people in Brussels left school without a secondary school diploma',
    },
    sourceId: 'CEDEFOP_2025',
    sort: 1,
  },
  // CEDEFOP_2025 gives no year of its own for this figure; it stands in the same sentence as the
  // 2019 early-leaving rate, hence period 2019.
  {
    code: 'pupils-two-years-behind',
    value: 25,
    unit: 'percent',
    qualifier: 'exact',
    period: '2019',
    label: {
      fr: 'des élèves bruxellois ont au moins deux ans de retard dans leur parcours scolaire',
      nl: 'van de Brusselse leerlingen heeft minstens twee jaar achterstand in de schoolloopbaan',
      en: 'of pupils in Brussels are at least two years behind in their schooling',
    },
    sourceId: 'CEDEFOP_2025',
    sort: 2,
  },
  {
    code: 'secondary-pupils-two-years-behind-2017',
    value: 28,
    unit: 'percent',
    qualifier: 'exact',
    period: '2017',
    label: {
      fr:
        "des élèves de l'enseignement secondaire en Région bruxelloise avaient au moins deux ans de retard dans " +
        'leur parcours secondaire (Baromètre social 2017)',
      nl:
        'van de leerlingen in het secundair onderwijs in het Brussels Gewest had minstens twee jaar achterstand ' +
        'in hun secundaire schoolloopbaan (Welzijnsbarometer 2017)',
      en:
        'of secondary school pupils in the Brussels Region were at least two years behind in their secondary ' +
        'schooling (Social Barometer 2017)',
    },
    sourceId: 'BAROMETRE_2017_BELGA',
    sort: 3,
  },
  // Latest BE10 total (sex T, preferred = 1) in early_school_leavers_18_24.csv: Eurostat EU-LFS
  // indicator (edat_lfse_14), break in series in 2024 according to FPB_2025.
  {
    code: 'early-leavers-18-24-latest',
    value: 9.8,
    unit: 'percent',
    qualifier: 'exact',
    period: '2024',
    label: {
      fr:
        "des 18-24 ans en Région bruxelloise ont quitté prématurément l'enseignement et la formation (au plus " +
        'un diplôme du secondaire inférieur, sans enseignement ni formation en cours)',
      nl:
        'van de 18- tot 24-jarigen in het Brussels Gewest is vroegtijdige schoolverlater (hoogstens een diploma ' +
        'lager secundair onderwijs en niet meer in onderwijs of opleiding)',
      en:
        'of 18 to 24-year-olds in the Brussels Region are early leavers from education and training (at most ' +
        'lower secondary education and no longer in education or training)',
    },
    sourceId: 'FPB_2025',
    sort: 4,
  },
  {
    code: 'funding-2019-2021',
    value: 7350000,
    unit: 'eur',
    qualifier: 'exact',
    period: '2019-2021',
    label: {
      fr: 'octroyés à la lutte contre le décrochage scolaire pour 2019-2021',
      nl: 'toegekend voor de strijd tegen schooluitval in 2019-2021',
      en: 'granted to fight early school leaving over 2019-2021',
    },
    sourceId: 'CEDEFOP_2025',
    sort: 5,
  },
  {
    code: 'projects-2019-2021',
    value: 440,
    unit: 'count',
    qualifier: 'more_than',
    period: '2019-2021',
    label: {
      fr: 'projets retenus pour 2019-2021 (DAS et DASC)',
      nl: 'projecten geselecteerd voor 2019-2021 (DAS en DASC)',
      en: 'projects selected for 2019-2021 (DAS and DASC)',
    },
    sourceId: 'CEDEFOP_2025',
    sort: 6,
  },
  {
    code: 'municipalities-with-coordinator',
    value: 19,
    unit: 'count',
    qualifier: 'exact',
    period: '2020',
    label: {
      fr: "communes avec une personne à temps plein pour l'accrochage scolaire, financée par le plan de relance",
      nl: 'gemeenten met een voltijdse medewerker voor schoolinschakeling, gefinancierd door het relanceplan',
      en: 'municipalities with a full-time school-engagement coordinator funded by the recovery plan',
    },
    sourceId: 'CEDEFOP_2025',
    sort: 7,
  },
  {
    code: 'pupils-2021-2022',
    value: 261124,
    unit: 'count',
    qualifier: 'exact',
    period: '2021-2022',
    label: {
      fr: 'élèves dans les écoles situées en Région bruxelloise (maternel, primaire et secondaire)',
      nl: 'leerlingen in scholen in het Brussels Gewest (kleuter-, lager en secundair onderwijs)',
      en: 'pupils in schools located in the Brussels Region (nursery, primary and secondary)',
    },
    sourceId: 'PERSPECTIVE_SCHOOL_POP_2022',
    sort: 8,
  },
];
