import type { SourceSeed } from './types.ts';

/**
 * Publications cited by the indicator values (figures area), beside those of `sources.ts`. Titles are given in
 * the source's own language. Provenance of each value: /work/shared/data/SOURCES.md and the CSV files there.
 */
export const figureSources: SourceSeed[] = [
  {
    id: 'STATBEL_EN_2022',
    title: 'Early school leavers',
    publisher: 'Statbel (Statistics Belgium)',
    url: 'https://statbel.fgov.be/en/themes/work-training/training-and-education/early-school-leavers',
    published: '2022',
  },
  {
    id: 'STATBEL_FR_2018',
    title: 'Interruptions prématurées de scolarité',
    publisher: 'Statbel (Direction générale Statistique)',
    url:
      'https://statbel.fgov.be/fr/themes/emploi-formation/formation-et-enseignement/' +
      'interruptions-prematurees-de-scolarite',
    published: '2018',
  },
  {
    id: 'STATBEL_FR_NEWS_2023',
    title: "Le pourcentage de jeunes ayant quitté prématurément l'enseignement et la formation",
    publisher: 'Statbel (actualités)',
    url:
      'https://statbel.fgov.be/fr/nouvelles/' +
      'le-pourcentage-de-jeunes-ayant-quitte-prematurement-lenseignement-et-la-formation-est',
    published: '2024',
  },
  {
    id: 'FPB_2023',
    title: 'Early school leavers (i25)',
    publisher: 'Federal Planning Bureau (indicators.be), from Statbel and Eurostat EU-LFS data',
    url: 'https://www.indicators.be/en/i/G04_ESL/en',
    published: '2023',
  },
  {
    id: 'FPB_2021',
    title: 'Vroegtijdige schoolverlaters (i25)',
    publisher: 'Federaal Planbureau (indicators.be), op basis van Statbel en Eurostat EAK',
    url: 'https://indicators.be/nl/i/G04_ESL/Vroegtijdige_schoolverlaters',
    published: '2021',
  },
  {
    id: 'ACCROCHAGE_IND',
    title: "Le b.a.-ba de l'accrochage : indicateurs",
    publisher: 'perspective.brussels – Service École (accrochagescolaire.brussels)',
    url: 'http://accrochagescolaire.brussels/le-ba-ba-de-laccrochage/indicateurs',
    published: null,
  },
  {
    id: 'IWEPS_2017',
    title: 'Abandon scolaire précoce parmi les 18-24 ans (version 2018 de la page)',
    publisher: "IWEPS (Institut wallon de l'évaluation, de la prospective et de la statistique)",
    url: 'https://www.iweps.be/indicateur-statistique/abandon-scolaire-precoce-parmi-18-24-ans/',
    published: '2018',
  },
  {
    id: 'IWEPS_2023',
    title: 'Abandon scolaire précoce parmi les 18-24 ans',
    publisher: "IWEPS (Institut wallon de l'évaluation, de la prospective et de la statistique)",
    url: 'https://www.iweps.be/indicateur-statistique/abandon-scolaire-precoce-parmi-18-24-ans/',
    published: '2024',
  },
  {
    id: 'HLN_2019',
    title: 'Aantal vroegtijdige schoolverlaters op 20 jaar tijd bijna gehalveerd',
    publisher: 'Het Laatste Nieuws (Belga, op basis van Statistiek Vlaanderen)',
    url: 'https://www.hln.be/nieuws/binnenland/aantal-vroegtijdige-schoolverlaters-op-20-jaar-tijd-bijna-gehalveerd~a249f1f9/',
    published: '2019',
  },
  {
    id: 'STANDAARD_2006',
    title: 'Vroegtijdige schoolverlaters (Belga, op basis van FOD Economie)',
    publisher: 'De Standaard',
    url: 'https://www.standaard.be/cnt/dmf22032006_075',
    published: '2006-03-22',
  },
  {
    id: 'IBSA_2021',
    title: '9 % des jeunes Bruxellois sont en interruption prématurée de scolarité',
    publisher: "IBSA (Institut Bruxellois de Statistique et d'Analyse), Le saviez-vous ?",
    url: 'https://ibsa.brussels/le-saviez-vous/9-pourcents-des-jeunes-bruxellois-sont-en-interruption-prematuree-de-scolarite',
    published: '2022',
  },
  {
    id: 'STATVL_2021',
    title: 'Vroegtijdige schoolverlaters op basis van EAK-enquête',
    publisher: 'Statistiek Vlaanderen',
    url:
      'https://www.vlaanderen.be/statistiek-vlaanderen/onderwijs-en-vorming/' +
      'vroegtijdige-schoolverlaters-op-basis-van-eak-enquete',
    published: '2022',
  },
  {
    id: 'EUROSTAT_DDN_2020',
    title: 'Early leavers from education and training (Eurostat news, 7 October 2020)',
    publisher: 'Eurostat',
    url: 'https://ec.europa.eu/eurostat/web/products-eurostat-news/-/DDN-20201007-1',
    published: '2020-10-07',
  },
  {
    id: 'WELZIJNSBAROMETER_2016_BELGA',
    title: 'Een op de zeven Brusselse kinderen heeft 2 jaar achterstand na lagere school',
    publisher:
      'Metro (Belga, over de Welzijnsbarometer 2016 van het Observatorium voor Gezondheid en Welzijn van Brussel)',
    url: 'https://nl.metrotime.be/2016/10/13/news/een-op-de-zeven-brusselse-kinderen-heeft-2-jaar-achterstand-na-lagere-school/',
    published: '2016-10-13',
  },
  {
    id: 'UDEC_DH_IBSA_2024',
    title: 'Retard scolaire à Bruxelles (résumé d’un article de La DH sur des données IBSA 2023-2024)',
    publisher: 'udec.be (blog), citant La DH et IBSA',
    url: 'https://www.udec.be/?p=6139',
    published: '2024',
  },
  {
    id: 'LALIBRE_2017_IBSA',
    title: 'Potentiellement 38 000 élèves de plus dans les écoles bruxelloises en 2042',
    publisher: 'La Libre Belgique (citant le Cahier 2017 de l’IBSA)',
    url:
      'http://www.lalibre.be/actu/belgique/' +
      'potentiellement-38-000-eleves-de-plus-dans-les-ecoles-bruxelloises-en-2042-25-595b19b7cd706e263e9b6394',
    published: '2017',
  },
  {
    id: 'LEVIF_IBSA_2013',
    title: "15 % d'élèves non bruxellois dans les écoles de la capitale",
    publisher: "Le Vif (citant l'IBSA)",
    url: 'https://www.levif.be/belgique/15-deleves-non-bruxellois-dans-les-ecoles-de-la-capitale/',
    published: null,
  },
  {
    id: 'LESOIR_2014',
    title: 'Décret Inscriptions : la terrible diversité bruxelloise (carte interactive)',
    publisher: 'Le Soir',
    url:
      'https://www.lesoir.be/art/672454/article/actualite/regions/bruxelles/2014-10-06/' +
      'decret-inscriptions-terrible-diversite-bruxelloise-carte-interactive',
    published: '2014-10-06',
  },
];
