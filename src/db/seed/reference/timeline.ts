import type { TimelineEventSeed } from './types.ts';

/**
 * Public policy timeline, 2015-2024. Dates with `month` or `year` precision use the first day of the
 * month or year. Texts are our own wording of the cited sources.
 */
export const timeline: TimelineEventSeed[] = [
  {
    code: '2015-perspective-created',
    date: '2015-07-29',
    precision: 'day',
    title: {
      fr: 'Création de perspective.brussels',
      nl: 'Oprichting van perspective.brussels',
      en: 'perspective.brussels is set up',
    },
    body: {
      fr:
        'Une ordonnance du Parlement bruxellois du 29 juillet 2015 crée perspective.brussels, le centre ' +
        "d'expertise régional chargé notamment de la statistique, de l'analyse socio-économique, du " +
        'développement territorial et du soutien au secteur scolaire.',
      nl:
        'Een ordonnantie van het Brussels Parlement van 29 juli 2015 richt perspective.brussels op, het ' +
        'gewestelijke expertisecentrum dat onder meer bevoegd is voor statistiek, sociaal-economische analyse, ' +
        'territoriale ontwikkeling en ondersteuning van de onderwijssector.',
      en:
        "An ordinance of the Brussels Parliament of 29 July 2015 sets up perspective.brussels, the Region's " +
        'centre of expertise for statistics, socio-economic analysis, territorial development and support to ' +
        'the school sector, among other tasks.',
    },
    schemeCode: null,
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2015-das-2015-2016',
    date: '2015-09-17',
    precision: 'day',
    title: {
      fr: 'DAS : 387 projets pour 2015-2016',
      nl: 'DAS: 387 projecten voor 2015-2016',
      en: 'DAS: 387 projects for 2015-2016',
    },
    body: {
      fr:
        "La Région accorde 2 millions d'euros à 387 projets du dispositif d'accrochage scolaire pour l'année " +
        'scolaire 2015-2016 : 327 projets francophones et 60 néerlandophones, pour environ 22 000 élèves.',
      nl:
        'Het Gewest kent 2 miljoen euro toe aan 387 DAS-projecten voor het schooljaar 2015-2016: 327 ' +
        'Franstalige en 60 Nederlandstalige projecten, voor ongeveer 22.000 leerlingen.',
      en:
        'The Region grants EUR 2 million to 387 DAS projects for the 2015-2016 school year: 327 French-speaking ' +
        'and 60 Dutch-speaking projects, reaching about 22,000 pupils.',
    },
    schemeCode: 'das',
    sourceId: 'RUDIVERVOORT_2015',
  },
  {
    code: '2016-school-service-created',
    date: '2016-01-01',
    precision: 'year',
    title: {
      fr: 'Création du Service École',
      nl: 'Oprichting van de Dienst Scholen',
      en: 'The School Service is created',
    },
    body: {
      fr:
        "Dans le cadre de la Stratégie 2025 et de son programme bruxellois pour l'enseignement, le Gouvernement " +
        'crée le Service École au sein de perspective.brussels. Ce service coordonne la lutte contre le ' +
        'décrochage scolaire et assure le suivi des projets financés.',
      nl:
        'In het kader van Strategie 2025 en het Brussels programma voor het onderwijs richt de Regering binnen ' +
        'perspective.brussels de Dienst Scholen op. Die dienst coördineert de strijd tegen schooluitval en ' +
        'volgt de gefinancierde projecten op.',
      en:
        'Under Strategy 2025 and its Brussels education programme, the Government creates the School Service ' +
        'within perspective.brussels. The service coordinates the fight against early school leaving and ' +
        'monitors the funded projects.',
    },
    schemeCode: null,
    sourceId: 'CEDEFOP_2025',
  },
  // CEDEFOP_2025 places this decision at the end of 2019; RTBF_2019 reported the same
  // EUR 7.35 million (DAS + DASC) in February 2019. Year precision covers both.
  {
    code: '2019-funding-2019-2021',
    date: '2019-01-01',
    precision: 'year',
    title: {
      fr: "7,35 millions d'euros pour 2019-2021",
      nl: '7,35 miljoen euro voor 2019-2021',
      en: 'EUR 7.35 million for 2019-2021',
    },
    body: {
      fr:
        'Le Gouvernement bruxellois octroie 7 350 000 euros pour la période 2019-2021 et retient plus de 440 ' +
        'projets : 384 projets DAS et 58 associations soutenues par le DASC.',
      nl:
        'De Brusselse Regering kent 7.350.000 euro toe voor de periode 2019-2021 en selecteert meer dan 440 ' +
        'projecten: 384 DAS-projecten en 58 verenigingen met DASC-steun.',
      en:
        'The Brussels Government grants EUR 7,350,000 for 2019-2021 and selects more than 440 projects: 384 DAS ' +
        'projects and 58 associations supported through DASC.',
    },
    schemeCode: 'municipal-prevention',
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2020-recovery-plan-coordinators',
    date: '2020-07-07',
    precision: 'day',
    title: {
      fr: 'Plan de relance : un coordinateur par commune',
      nl: 'Relanceplan: een coördinator per gemeente',
      en: 'Recovery plan: one coordinator per municipality',
    },
    body: {
      fr:
        'Le 7 juillet 2020, le Gouvernement adopte son plan de relance post-COVID-19, qui fait de la lutte ' +
        'contre le décrochage scolaire une priorité. Il finance notamment une personne à temps plein par ' +
        'commune pour coordonner les actions locales.',
      nl:
        'Op 7 juli 2020 keurt de Regering haar relanceplan na de COVID-19-crisis goed, met de strijd tegen ' +
        'schooluitval als een van de prioriteiten. Het plan financiert onder meer één voltijdse medewerker per ' +
        'gemeente om de lokale acties te coördineren.',
      en:
        'On 7 July 2020, the Government adopts its post-COVID-19 recovery plan, which makes the fight against ' +
        'early school leaving a priority. Among other measures, it funds one full-time person per municipality ' +
        'to coordinate local action.',
    },
    schemeCode: 'municipal-coordinator',
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2021-pasc-call',
    date: '2021-07-01',
    precision: 'month',
    title: {
      fr: 'Appel pASc : 19 plans communaux',
      nl: 'Oproep pASc: 19 gemeentelijke plannen',
      en: 'pASc call: 19 municipal plans',
    },
    body: {
      fr:
        "En juillet 2021, la Région lance l'appel relatif aux plans d'accrochage scolaire communaux. Les " +
        "services de prévention des 19 communes, ou les services qu'ils mandatent, remettent chacun un plan.",
      nl:
        'In juli 2021 lanceert het Gewest de oproep voor de gemeentelijke preventieplannen tegen schoolverzuim. ' +
        'De preventiediensten van de 19 gemeenten, of de diensten die zij mandateren, dienen elk een plan in.',
      en:
        'In July 2021, the Region launches the call for municipal school-attendance plans. The prevention ' +
        'services of all 19 municipalities, or services they mandate, each submit a plan.',
    },
    schemeCode: 'pasc',
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2021-funding-confirmed',
    date: '2021-12-01',
    precision: 'month',
    title: { fr: 'Soutien financier confirmé', nl: 'Financiële steun bevestigd', en: 'Funding confirmed' },
    body: {
      fr:
        'En décembre 2021, le Gouvernement bruxellois confirme son soutien financier à la prévention du ' +
        'décrochage scolaire.',
      nl:
        'In december 2021 bevestigt de Brusselse Regering haar financiële steun voor de preventie van ' +
        'schooluitval.',
      en:
        'In December 2021, the Brussels Government confirms its financial support for preventing early school ' +
        'leaving.',
    },
    schemeCode: null,
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2022-vocational-pilot-call',
    date: '2022-01-01',
    precision: 'year',
    title: {
      fr: "Appel pilote pour l'enseignement qualifiant",
      nl: 'Proefoproep voor het beroepsgericht onderwijs',
      en: 'Pilot call for vocational education',
    },
    body: {
      fr:
        "La Région lance un appel à projets pilotes pour les jeunes de 15 à 21 ans inscrits dans l'enseignement " +
        'qualifiant qui ont décroché. Il est doté de 300 000 euros, pour des projets menés de 2022 à 2024 au ' +
        'plus tard.',
      nl:
        'Het Gewest lanceert een oproep voor proefprojecten voor jongeren van 15 tot 21 jaar in het ' +
        'beroepsgericht onderwijs die afgehaakt hebben. Er is 300.000 euro beschikbaar, voor projecten die ' +
        'lopen van 2022 tot uiterlijk 2024.',
      en:
        'The Region launches a call for pilot projects for young people aged 15 to 21 in vocational education ' +
        'who have dropped out. Its budget is EUR 300,000, for projects running from 2022 to 2024 at the latest.',
    },
    schemeCode: 'vocational-pilot',
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2023-online-library',
    date: '2023-01-01',
    precision: 'year',
    title: {
      fr: 'Ouverture de la bibliothèque en ligne',
      nl: 'Start van de onlinebibliotheek',
      en: 'Online library opens',
    },
    body: {
      fr:
        "perspective.brussels ouvre une bibliothèque en ligne sur l'accrochage scolaire : publications " +
        'scientifiques et institutionnelles, textes réglementaires et articles spécialisés. On peut y chercher ' +
        'par catégorie, auteur, mot-clé, année de publication et langue.',
      nl:
        'perspective.brussels opent een onlinebibliotheek over schoolinschakeling, met wetenschappelijke en ' +
        'institutionele publicaties, regelgeving en vakartikelen. Zoeken kan op categorie, auteur, trefwoord, ' +
        'jaar van publicatie en taal.',
      en:
        'perspective.brussels opens an online library on school engagement. It gathers research and ' +
        'institutional publications, legal texts and specialist articles, searchable by category, author, ' +
        'keyword, year of publication and language.',
    },
    schemeCode: null,
    sourceId: 'CEDEFOP_2025',
  },
  {
    code: '2024-dasc-call-2025-2027',
    date: '2024-05-16',
    precision: 'day',
    title: {
      fr: 'Nouvel appel DASC 2025-2027',
      nl: 'Nieuwe DASC-oproep 2025-2027',
      en: 'New DASC call 2025-2027',
    },
    body: {
      fr:
        'Le 16 mai 2024, le Gouvernement bruxellois approuve un nouvel appel à projets DASC pour 2025-2027, ' +
        "doté de 1,5 million d'euros au total.",
      nl:
        'Op 16 mei 2024 keurt de Brusselse Regering een nieuwe DASC-projectoproep voor 2025-2027 goed, met een ' +
        'totaalbudget van 1,5 miljoen euro.',
      en:
        'On 16 May 2024, the Brussels Government approves a new DASC call for projects for 2025-2027, with a ' +
        'total of EUR 1.5 million.',
    },
    schemeCode: 'dasc',
    sourceId: 'CEDEFOP_2025',
  },
];
