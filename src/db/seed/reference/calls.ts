import type { CallSeed } from './types.ts';

/**
 * Past calls and funding rounds of each scheme, with their envelope (euro cents) and source.
 * Amounts and counts are copied from /work/shared/data/accrochage_programmes_brussels.csv or from
 * CEDEFOP_2025; nothing is estimated. `launched` is null where no source gives the date.
 */
export const calls: CallSeed[] = [
  {
    code: 'das-2015-2016',
    schemeCode: 'das',
    title: {
      fr: 'DAS, année scolaire 2015-2016',
      nl: 'DAS, schooljaar 2015-2016',
      en: 'DAS, school year 2015-2016',
    },
    periodStart: 2015,
    periodEnd: 2016,
    launched: null,
    envelopeCents: 200000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: 387,
    projectCountQualifier: 'exact',
    countedUnit: 'projects',
    note: {
      fr: '327 projets francophones et 60 projets néerlandophones, pour environ 22 000 élèves.',
      nl: '327 Franstalige en 60 Nederlandstalige projecten, voor ongeveer 22.000 leerlingen.',
      en: '327 French-speaking and 60 Dutch-speaking projects, reaching about 22,000 pupils.',
    },
    sourceId: 'RUDIVERVOORT_2015',
  },
  {
    code: 'das-2017',
    schemeCode: 'das',
    title: { fr: 'DAS 2017', nl: 'DAS 2017', en: 'DAS 2017' },
    periodStart: 2017,
    periodEnd: 2017,
    launched: null,
    envelopeCents: 190090000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'per_year',
    projectCount: 417,
    projectCountQualifier: 'exact',
    countedUnit: 'projects',
    note: {
      fr: 'Montant annuel indiqué par la source pour 2017.',
      nl: 'Jaarbedrag dat de bron voor 2017 vermeldt.',
      en: 'Yearly amount given by the source for 2017.',
    },
    sourceId: 'ACCROCHAGE_PROJETS',
  },
  {
    code: 'das-2019-2021',
    schemeCode: 'das',
    title: { fr: 'DAS 2019-2021', nl: 'DAS 2019-2021', en: 'DAS 2019-2021' },
    periodStart: 2019,
    periodEnd: 2021,
    launched: null,
    envelopeCents: 585260900n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: 384,
    projectCountQualifier: 'exact',
    countedUnit: 'projects',
    note: null,
    sourceId: 'RTBF_2019',
  },
  {
    code: 'das-2021-2024',
    schemeCode: 'das',
    title: {
      fr: 'Appel à projets DAS 2021-2024',
      nl: 'Projectoproep DAS 2021-2024',
      en: 'DAS call for projects 2021-2024',
    },
    periodStart: 2021,
    periodEnd: 2024,
    launched: null,
    envelopeCents: 600000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: null,
    projectCountQualifier: 'exact',
    countedUnit: 'projects',
    note: {
      fr: 'Appel à projets ; la source ne donne pas le nombre de projets retenus.',
      nl: 'Projectoproep; de bron vermeldt niet hoeveel projecten werden geselecteerd.',
      en: 'Call for projects; the source does not give the number of projects selected.',
    },
    sourceId: 'DH_2021',
  },
  {
    code: 'dasc-2019-2021',
    schemeCode: 'dasc',
    title: { fr: 'DASC 2019-2021', nl: 'DASC 2019-2021', en: 'DASC 2019-2021' },
    periodStart: 2019,
    periodEnd: 2021,
    launched: null,
    envelopeCents: 150000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: 58,
    projectCountQualifier: 'exact',
    countedUnit: 'associations',
    note: null,
    sourceId: 'RTBF_2019',
  },
  {
    code: 'dasc-2022-2024',
    schemeCode: 'dasc',
    title: {
      fr: 'Appel à projets DASC 2022-2024',
      nl: 'Projectoproep DASC 2022-2024',
      en: 'DASC call for projects 2022-2024',
    },
    periodStart: 2022,
    periodEnd: 2024,
    launched: null,
    envelopeCents: 150000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: null,
    projectCountQualifier: 'exact',
    countedUnit: 'associations',
    note: {
      fr: "Appel à projets ; la source ne donne pas le nombre d'associations retenues.",
      nl: 'Projectoproep; de bron vermeldt niet hoeveel verenigingen werden geselecteerd.',
      en: 'Call for projects; the source does not give the number of associations selected.',
    },
    sourceId: 'DH_2021',
  },
  {
    code: 'dasc-2025-2027',
    schemeCode: 'dasc',
    title: {
      fr: 'Appel à projets DASC 2025-2027',
      nl: 'Projectoproep DASC 2025-2027',
      en: 'DASC call for projects 2025-2027',
    },
    periodStart: 2025,
    periodEnd: 2027,
    launched: '2024-05-16',
    envelopeCents: 150000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: null,
    projectCountQualifier: 'exact',
    countedUnit: 'associations',
    note: {
      fr: 'Lancement approuvé par le Gouvernement bruxellois le 16 mai 2024.',
      nl: 'Lancering goedgekeurd door de Brusselse Regering op 16 mei 2024.',
      en: 'Launch approved by the Brussels Government on 16 May 2024.',
    },
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: 'municipal-prevention-2017',
    schemeCode: 'municipal-prevention',
    title: {
      fr: 'Conventions avec les 19 communes (montant 2017)',
      nl: 'Overeenkomsten met de 19 gemeenten (bedrag 2017)',
      en: 'Agreements with the 19 municipalities (2017 amount)',
    },
    periodStart: 2017,
    periodEnd: 2017,
    launched: null,
    envelopeCents: 470000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: null,
    projectCountQualifier: 'exact',
    countedUnit: 'projects',
    note: {
      fr:
        'Conventions communales 2016-2019 ; la source mentionne 101 personnes affectées à la prévention du ' +
        "décrochage scolaire. Elle range ce montant sous 2017 sans préciser s'il couvre cette seule année : la " +
        'période est donc enregistrée comme 2017.',
      nl:
        'Gemeentelijke overeenkomsten 2016-2019; de bron vermeldt 101 personeelsleden voor de preventie van ' +
        'schooluitval. Ze vermeldt dit bedrag onder 2017 zonder te zeggen of het alleen dat jaar dekt: de ' +
        'periode is daarom als 2017 geregistreerd.',
      en:
        'Municipal agreements for 2016-2019; the source mentions 101 staff working on the prevention of early ' +
        'school leaving. It lists this amount under 2017 without saying whether it covers that year only, so ' +
        'the period is recorded as 2017.',
    },
    sourceId: 'ACCROCHAGE_PROJETS',
  },
  {
    code: 'municipal-prevention-2019-2021',
    schemeCode: 'municipal-prevention',
    title: {
      fr: 'Subvention aux communes 2019-2021',
      nl: 'Subsidie aan de gemeenten 2019-2021',
      en: 'Subsidy to municipalities 2019-2021',
    },
    periodStart: 2019,
    periodEnd: 2021,
    launched: null,
    envelopeCents: 735000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: 440,
    projectCountQualifier: 'more_than',
    countedUnit: 'projects',
    note: {
      fr:
        'Le nombre de projets couvre les projets DAS (384) et DASC (58 associations). Selon RTBF (2019), ce ' +
        'montant arrondi regroupe les enveloppes DAS (5 852 609 euros) et DASC (1 500 000 euros) de la même ' +
        "période ; il ne s'y ajoute pas.",
      nl:
        'Het aantal projecten omvat de DAS-projecten (384) en de DASC-projecten (58 verenigingen). Volgens RTBF ' +
        '(2019) omvat dit afgeronde bedrag de DAS-enveloppe (5.852.609 euro) en de DASC-enveloppe (1.500.000 ' +
        'euro) van dezelfde periode; het komt er niet bovenop.',
      en:
        'The project count covers DAS projects (384) and DASC projects (58 associations). According to RTBF ' +
        '(2019), this rounded amount is made up of the DAS (EUR 5,852,609) and DASC (EUR 1,500,000) envelopes ' +
        'for the same period; it is not additional to them.',
    },
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: 'municipal-coordinator-2020',
    schemeCode: 'municipal-coordinator',
    title: {
      fr: 'Coordinateurs communaux (plan de relance 2020)',
      nl: 'Gemeentelijke coördinatoren (relanceplan 2020)',
      en: 'Municipal coordinators (2020 recovery plan)',
    },
    periodStart: 2020,
    periodEnd: 2020,
    launched: '2020-07-07',
    envelopeCents: null,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: 19,
    projectCountQualifier: 'exact',
    countedUnit: 'posts',
    note: {
      fr:
        'Une personne à temps plein par commune. La source ne donne ni montant ni date de fin ; la fin de ' +
        'période est enregistrée comme 2020.',
      nl:
        'Eén voltijdse medewerker per gemeente. De bron vermeldt geen bedrag en geen einddatum; het einde van ' +
        'de periode is als 2020 geregistreerd.',
      en:
        'One full-time person per municipality. The source gives no amount and no end date; the end of the ' +
        'period is recorded as 2020.',
    },
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: 'pasc-2022-2024',
    schemeCode: 'pasc',
    title: { fr: 'Appel pASc 2022-2024', nl: 'Oproep pASc 2022-2024', en: 'pASc call 2022-2024' },
    periodStart: 2022,
    periodEnd: 2024,
    launched: '2021-07',
    envelopeCents: 1600000000n,
    envelopeQualifier: 'approx',
    envelopeBasis: 'total',
    projectCount: 19,
    projectCountQualifier: 'exact',
    countedUnit: 'plans',
    note: {
      fr:
        "« Près de 16 millions d'euros » selon la DH (2021). Le nombre de plans (19, un par commune) vient de " +
        'Cedefop & ReferNet (2025).',
      nl:
        '"Bijna 16 miljoen euro" volgens La DH (2021). Het aantal plannen (19, één per gemeente) komt van ' +
        'Cedefop & ReferNet (2025).',
      en:
        '"Almost EUR 16 million" according to La DH (2021). The number of plans (19, one per municipality) ' +
        'comes from Cedefop & ReferNet (2025).',
    },
    sourceId: 'DH_2021',
  },
  {
    code: 'vocational-pilot-2022-2024',
    schemeCode: 'vocational-pilot',
    title: {
      fr: "Appel pilote pour l'enseignement qualifiant 2022-2024",
      nl: 'Proefoproep beroepsgericht onderwijs 2022-2024',
      en: 'Vocational pilot call 2022-2024',
    },
    periodStart: 2022,
    periodEnd: 2024,
    launched: '2022',
    envelopeCents: 30000000n,
    envelopeQualifier: 'exact',
    envelopeBasis: 'total',
    projectCount: null,
    projectCountQualifier: 'exact',
    countedUnit: 'projects',
    note: {
      fr: 'Projets démarrant en 2022 et se terminant au plus tard en 2024.',
      nl: 'Projecten die in 2022 starten en uiterlijk in 2024 aflopen.',
      en: 'Projects starting in 2022 and ending in 2024 at the latest.',
    },
    sourceId: 'CEDEFOP_2025',
  },
];
