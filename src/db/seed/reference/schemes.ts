import type { SchemeSeed } from './types.ts';

/**
 * The six funding schemes against early school leaving run by the Brussels-Capital Region.
 * Facts come from the cited sources (mainly CEDEFOP_2025); texts are our own wording.
 * Dutch names follow the terms used by perspective.brussels; the acronyms DAS, DASC and pASc are
 * kept in every language so that a scheme is recognisable across the three interfaces.
 */
export const schemes: SchemeSeed[] = [
  {
    code: 'das',
    shortName: { fr: 'DAS', nl: 'DAS', en: 'DAS' },
    name: {
      fr: "Dispositif d'accrochage scolaire (DAS)",
      nl: 'Programma Preventie Schoolverzuim (DAS)',
      en: 'School attachment scheme (DAS)',
    },
    summary: {
      fr:
        'Programme régional qui finance des activités de prévention du décrochage scolaire. Ces activités ont ' +
        "lieu à l'école, en dehors des heures de cours.",
      nl:
        'Gewestelijk programma dat activiteiten ter preventie van schooluitval financiert. Die activiteiten ' +
        'vinden op school plaats, buiten de lesuren.',
      en:
        'Regional programme that funds activities to prevent early school leaving. The activities take place at ' +
        'school, outside school hours.',
    },
    funds: {
      fr:
        "Des activités de prévention organisées à l'école, hors du temps scolaire. Pour 2019-2021, 384 projets " +
        'ont été approuvés ; ils représentent environ 70 % du budget de la période.',
      nl:
        'Preventieactiviteiten op school, buiten de schooluren. Voor 2019-2021 werden 384 projecten ' +
        'goedgekeurd, samen goed voor ongeveer 70 % van het budget van die periode.',
      en:
        'Prevention activities held in the school building outside school hours. For 2019-2021, 384 projects ' +
        'were approved, accounting for about 70% of the budget for the period.',
    },
    eligibility: {
      fr:
        'Les écoles situées en Région de Bruxelles-Capitale, francophones comme néerlandophones, qui organisent ' +
        'les activités dans leurs murs.',
      nl:
        'Scholen in het Brussels Hoofdstedelijk Gewest, zowel Nederlandstalige als Franstalige, die de ' +
        'activiteiten in hun eigen gebouwen organiseren.',
      en:
        'Schools located in the Brussels-Capital Region, French-speaking and Dutch-speaking alike, that run the ' +
        'activities on their own premises.',
    },
    beneficiaries: {
      fr:
        'Les élèves des écoles participantes, avec une attention particulière aux publics les plus défavorisés ' +
        'et à la participation des parents.',
      nl:
        'De leerlingen van de deelnemende scholen, met bijzondere aandacht voor de meest kansarme groepen en ' +
        'voor de betrokkenheid van de ouders.',
      en:
        'Pupils of the participating schools, with special attention to the most disadvantaged groups and to ' +
        'involving parents.',
    },
    kind: 'recurring',
    sort: 1,
    sourceIds: ['CEDEFOP_2025', 'RUDIVERVOORT_2015', 'RTBF_2019'],
  },
  {
    code: 'dasc',
    shortName: { fr: 'DASC', nl: 'DASC', en: 'DASC' },
    name: {
      fr:
        "Dispositif de soutien aux activités d'accompagnement à la scolarité et à la citoyenneté des enfants et " +
        'des jeunes (DASC)',
      nl:
        'Programma ter ondersteuning van activiteiten die kinderen en jongeren begeleiden bij hun scholing en ' +
        'burgerzin (DASC)',
      en: 'Support scheme for educational and citizenship activities for children and young people (DASC)',
    },
    summary: {
      fr:
        "Programme régional qui subventionne des associations pour des activités d'accompagnement à la " +
        'scolarité et à la citoyenneté destinées aux enfants et aux jeunes.',
      nl:
        'Gewestelijk programma dat verenigingen subsidieert voor activiteiten die kinderen en jongeren ' +
        'begeleiden bij hun scholing en hun burgerzin versterken.',
      en:
        'Regional programme that subsidises associations for activities that support children and young people ' +
        'in their schooling and as citizens.',
    },
    funds: {
      fr:
        "Des projets menés par des associations. Pour 2019-2021, 58 associations ont été soutenues ; l'appel " +
        "pour 2025-2027 est doté de 1,5 million d'euros.",
      nl:
        'Projecten van verenigingen. Voor 2019-2021 kregen 58 verenigingen steun; voor de oproep 2025-2027 is ' +
        '1,5 miljoen euro uitgetrokken.',
      en:
        'Projects run by associations. For 2019-2021, 58 associations were supported; the 2025-2027 call has a ' +
        'budget of EUR 1.5 million.',
    },
    eligibility: {
      fr:
        'Les associations sans but lucratif (ASBL), francophones ou néerlandophones, actives en Région de ' +
        'Bruxelles-Capitale.',
      nl:
        "Nederlandstalige en Franstalige verenigingen zonder winstoogmerk (vzw's) die actief zijn in het " +
        'Brussels Hoofdstedelijk Gewest.',
      en:
        'French-speaking and Dutch-speaking non-profit associations (ASBL/vzw) active in the Brussels-Capital ' +
        'Region.',
    },
    beneficiaries: {
      fr:
        'Les enfants et les jeunes suivis par ces associations, en particulier les plus défavorisés ; la ' +
        'participation des parents est encouragée.',
      nl:
        'De kinderen en jongeren die door deze verenigingen begeleid worden, in het bijzonder de meest ' +
        'kansarmen; de betrokkenheid van de ouders wordt aangemoedigd.',
      en:
        "Children and young people supported by these associations, especially the most disadvantaged; parents' " +
        'participation is encouraged.',
    },
    kind: 'recurring',
    sort: 2,
    sourceIds: ['CEDEFOP_2025', 'RTBF_2019', 'DH_2021'],
  },
  {
    code: 'municipal-prevention',
    shortName: {
      fr: 'Subvention communale de prévention',
      nl: 'Gemeentelijke preventiesubsidie',
      en: 'Municipal prevention subsidy',
    },
    name: {
      fr:
        'Subvention aux communes pour la lutte contre le décrochage scolaire (plans locaux de prévention et de ' +
        'proximité)',
      nl: 'Subsidie aan de gemeenten voor de strijd tegen schooluitval (Plaatselijke Preventie- en Buurtplannen)',
      en: 'Subsidy to municipalities against early school leaving (local prevention and proximity plans)',
    },
    summary: {
      fr:
        'Subvention régionale aux communes bruxelloises pour leurs actions contre le décrochage scolaire, ' +
        'menées dans le cadre de leurs plans locaux de prévention et de proximité.',
      nl:
        'Gewestelijke subsidie aan de Brusselse gemeenten voor hun acties tegen schooluitval, uitgevoerd in het ' +
        'kader van hun Plaatselijke Preventie- en Buurtplannen.',
      en:
        'Regional subsidy to the Brussels municipalities for their actions against early school leaving, ' +
        'carried out under their local prevention and proximity plans.',
    },
    funds: {
      fr:
        'Les actions communales contre le décrochage scolaire. Pour 2019-2021, 7 350 000 euros ont été octroyés ' +
        'et plus de 440 projets retenus, DAS et DASC compris.',
      nl:
        'Gemeentelijke acties tegen schooluitval. Voor 2019-2021 werd 7.350.000 euro toegekend en werden meer ' +
        'dan 440 projecten geselecteerd, DAS en DASC inbegrepen.',
      en:
        'Municipal actions against early school leaving. For 2019-2021, EUR 7,350,000 was granted and more than ' +
        '440 projects were selected, DAS and DASC included.',
    },
    eligibility: {
      fr: 'Les 19 communes de la Région de Bruxelles-Capitale.',
      nl: 'De 19 gemeenten van het Brussels Hoofdstedelijk Gewest.',
      en: 'The 19 municipalities of the Brussels-Capital Region.',
    },
    beneficiaries: {
      fr: 'Les enfants et les jeunes des 19 communes, en particulier ceux qui risquent de décrocher.',
      nl: 'Kinderen en jongeren in de 19 gemeenten, in het bijzonder wie dreigt af te haken op school.',
      en: 'Children and young people in the 19 municipalities, especially those at risk of dropping out.',
    },
    kind: 'municipal',
    sort: 3,
    sourceIds: ['CEDEFOP_2025'],
  },
  {
    code: 'municipal-coordinator',
    shortName: { fr: 'Coordinateur communal', nl: 'Gemeentelijke coördinator', en: 'Municipal coordinator' },
    name: {
      fr: "Coordinateur communal de l'accrochage scolaire (plan de relance)",
      nl: 'Gemeentelijke coördinator schoolinschakeling (relanceplan)',
      en: 'Municipal school-engagement coordinator (recovery plan)',
    },
    summary: {
      fr:
        'Mesure du plan de relance post-COVID-19 adopté le 7 juillet 2020 : la Région finance, dans chaque ' +
        'commune, une personne à temps plein chargée de la lutte contre le décrochage scolaire.',
      nl:
        'Maatregel uit het relanceplan na de COVID-19-crisis, goedgekeurd op 7 juli 2020: het Gewest financiert ' +
        'in elke gemeente een voltijdse medewerker voor de strijd tegen schooluitval.',
      en:
        'A measure of the post-COVID-19 recovery plan adopted on 7 July 2020: the Region funds one full-time ' +
        'person in each municipality to work against early school leaving.',
    },
    funds: {
      fr:
        "Le recrutement d'une personne à temps plein par commune, qui veille à la cohérence et à l'efficacité " +
        'des actions locales contre le décrochage scolaire.',
      nl:
        'De aanwerving van één voltijdse medewerker per gemeente, die zorgt voor samenhang en doeltreffendheid ' +
        'van de lokale acties tegen schooluitval.',
      en:
        'Recruitment of one full-time person per municipality, who keeps local actions against early school ' +
        'leaving consistent and effective.',
    },
    eligibility: {
      fr: 'Les 19 communes bruxelloises.',
      nl: 'De 19 Brusselse gemeenten.',
      en: 'The 19 Brussels municipalities.',
    },
    beneficiaries: {
      fr: 'Les jeunes de chaque commune, grâce à des actions locales mieux coordonnées.',
      nl: 'De jongeren in elke gemeente, dankzij beter gecoördineerde lokale acties.',
      en: 'Young people in each municipality, through better coordinated local action.',
    },
    kind: 'municipal',
    sort: 4,
    sourceIds: ['CEDEFOP_2025'],
  },
  {
    code: 'pasc',
    shortName: { fr: 'pASc', nl: 'pASc', en: 'pASc' },
    name: {
      fr: "Plan d'accrochage scolaire communal (pASc)",
      nl: 'Gemeentelijk preventieplan tegen schoolverzuim (pASc)',
      en: 'Municipal school-attendance plan (pASc)',
    },
    summary: {
      fr:
        'Plan établi par chaque commune : il expose les enjeux et les constats locaux en matière de décrochage ' +
        'scolaire, ainsi que les projets prévus pour y répondre.',
      nl:
        'Plan dat elke gemeente opstelt: het beschrijft de lokale uitdagingen en vaststellingen rond ' +
        'schooluitval en de projecten die erop inspelen.',
      en:
        'A plan drawn up by each municipality: it sets out local issues and findings on early school leaving ' +
        'and the projects planned in response.',
    },
    funds: {
      fr:
        "Les projets inscrits dans les plans communaux. L'appel lancé en juillet 2021 couvre 2022-2024, avec " +
        "près de 16 millions d'euros pour les 19 communes.",
      nl:
        'De projecten uit de gemeentelijke plannen. De oproep van juli 2021 loopt over 2022-2024, met bijna 16 ' +
        'miljoen euro voor de 19 gemeenten.',
      en:
        'The projects set out in the municipal plans. The call launched in July 2021 covers 2022-2024, with ' +
        'almost EUR 16 million for the 19 municipalities.',
    },
    eligibility: {
      fr:
        "Le service communal de prévention de chaque commune, ou le service qu'il mandate. Les 19 communes ont " +
        "déposé un plan en réponse à l'appel de 2021.",
      nl:
        'De gemeentelijke preventiedienst van elke gemeente, of een dienst die zij daartoe mandateert. Alle 19 ' +
        'gemeenten dienden een plan in na de oproep van 2021.',
      en:
        "Each municipality's prevention service, or a service it mandates. All 19 municipalities submitted a " +
        'plan in response to the 2021 call.',
    },
    beneficiaries: {
      fr: 'Les enfants et les jeunes de la commune qui ont décroché ou risquent de décrocher.',
      nl: 'Kinderen en jongeren in de gemeente die op school afgehaakt hebben of dreigen af te haken.',
      en: 'Children and young people in the municipality who have dropped out of school or risk doing so.',
    },
    kind: 'municipal',
    sort: 5,
    sourceIds: ['CEDEFOP_2025', 'DH_2021'],
  },
  {
    code: 'vocational-pilot',
    shortName: {
      fr: 'Appel pilote enseignement qualifiant',
      nl: 'Proefoproep beroepsonderwijs',
      en: 'Vocational pilot call',
    },
    name: {
      fr: "Appel à projets pilotes pour les jeunes en décrochage dans l'enseignement qualifiant",
      nl: 'Projectoproep voor proefprojecten voor jongeren die afhaken in het beroepsgericht onderwijs',
      en: 'Pilot call for young people dropping out of vocational education',
    },
    summary: {
      fr:
        'Appel unique lancé par la Région en 2022 pour financer des projets pilotes destinés aux jeunes de 15 à ' +
        "21 ans inscrits dans l'enseignement qualifiant et en décrochage.",
      nl:
        'Eenmalige oproep die het Gewest in 2022 lanceerde om proefprojecten te financieren voor jongeren van ' +
        '15 tot 21 jaar in het beroepsgericht (kwalificerend) onderwijs die afgehaakt hebben.',
      en:
        'One-off call launched by the Region in 2022 to fund pilot projects for young people aged 15 to 21 in ' +
        'vocational (qualifying) education who have dropped out.',
    },
    funds: {
      fr:
        'Des projets pilotes qui commencent en 2022 et se terminent en 2024 au plus tard, pour un budget total ' +
        'de 300 000 euros.',
      nl: 'Proefprojecten die in 2022 starten en uiterlijk in 2024 aflopen, met een totaalbudget van 300.000 euro.',
      en: 'Pilot projects starting in 2022 and ending in 2024 at the latest, with a total budget of EUR 300,000.',
    },
    eligibility: {
      fr:
        "Les porteurs des projets pilotes retenus lors de l'appel de 2022. Les conditions détaillées de l'appel " +
        'ne sont pas reprises ici.',
      nl:
        'De initiatiefnemers van de proefprojecten die in het kader van de oproep van 2022 werden geselecteerd. ' +
        'De precieze voorwaarden van de oproep zijn hier niet opgenomen.',
      en:
        "Promoters of the pilot projects selected under the 2022 call. The call's detailed conditions are not " +
        'reproduced here.',
    },
    beneficiaries: {
      fr: "Les jeunes de 15 à 21 ans inscrits dans l'enseignement qualifiant (professionnel) qui ont décroché.",
      nl: 'Jongeren van 15 tot 21 jaar in het beroepsgericht (kwalificerend) onderwijs die afgehaakt hebben.',
      en: 'Young people aged 15 to 21 enrolled in vocational (qualifying) education who have dropped out.',
    },
    kind: 'one_off',
    sort: 6,
    sourceIds: ['CEDEFOP_2025'],
  },
];
