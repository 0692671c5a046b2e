import type { SourceSeed } from './types.ts';

/**
 * Every publication cited by the reference data. Titles are given in the source's own language.
 * Provenance of each value: /work/shared/data/SOURCES.md and the CSV files next to it.
 */
export const sources: SourceSeed[] = [
  {
    id: 'CEDEFOP_2025',
    title: "Brussels' initiatives to tackle early school leaving: Belgium-FR",
    publisher: 'Cedefop & ReferNet',
    url: 'https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/39417',
    published: '2025',
  },
  {
    id: 'STATBEL_REFNIS_2019',
    // Descriptive title: the codes were read from a copy of Statbel's REFNIS 2019 file (see SOURCES.md).
    title: 'REFNIS 2019 – NIS-codes van de administratieve eenheden (classificatie Geografie)',
    publisher: 'Statbel (Algemene Directie Statistiek – Statistics Belgium)',
    url: 'https://statbel.fgov.be/nl/over-statbel/methodologie/classificaties/geografie',
    published: '2019',
  },
  {
    id: 'BPOST_POSTAL_CODES',
    // Read from a bpost-format list reproduced in another repository; no bpost address is recorded.
    title: 'Liste des codes postaux belges',
    publisher: 'bpost',
    url: null,
    published: null,
  },
  {
    id: 'RUDIVERVOORT_2015',
    title:
      "La Région octroie 2 millions d'euros pour soutenir les écoles bruxelloises " +
      'dans la lutte contre le décrochage scolaire',
    publisher: 'Rudi Vervoort, Ministre-Président de la Région de Bruxelles-Capitale (communiqué de presse)',
    url: 'https://rudivervoort.brussels/?p=3856',
    published: '2015-09-17',
  },
  {
    id: 'ACCROCHAGE_PROJETS',
    title: 'Projets régionaux : quoi, pour qui, comment ?',
    publisher: 'perspective.brussels – Service École (accrochagescolaire.brussels)',
    url: 'http://accrochagescolaire.brussels/projets-regionaux/quoi-pour-qui-comment',
    published: null,
  },
  {
    id: 'RTBF_2019',
    title: 'La Région bruxelloise confirme son soutien à la lutte contre le décrochage scolaire',
    publisher: 'RTBF (dépêche Belga)',
    url:
      'https://www.rtbf.be/info/regions/' +
      'detail_la-region-bruxelloise-confirme-son-soutien-a-la-lutte-contre-le-decrochage-scolaire?id=10144606',
    published: '2019-02',
  },
  {
    id: 'DH_2021',
    title: "Bruxelles : deux appels à projets pour soutenir l'accrochage scolaire",
    publisher: 'La DH',
    url:
      'https://www.dhnet.be/regions/bruxelles/' +
      'bruxelles-deux-appels-a-projets-pour-soutenir-l-accrochage-scolaire-606718307b50a6051776bd5d',
    published: '2021-04-02',
  },
  {
    id: 'PERSPECTIVE_SCHOOL_POP_2022',
    // The page (node 1594) shows the 2021-2022 figures under "Données chiffrées".
    title: 'Projections de population scolaire',
    publisher: 'perspective.brussels – Service École, sur la base de données IBSA',
    url: 'https://archive.perspective.ovh/en/node/1594',
    published: null,
  },
  {
    id: 'BAROMETRE_2017_BELGA',
    title: 'Retard scolaire en secondaire : des chiffres qui inquiètent',
    publisher:
      "La DH (dépêche Belga sur le Baromètre social 2017 de l'Observatoire de la Santé et du Social " +
      'de Bruxelles-Capitale)',
    url:
      'http://www.dhnet.be/actu/belgique/' +
      'retard-scolaire-en-secondaire-des-chiffres-qui-inquietent-59e594aacd70be70bd0800c8',
    published: '2017-10-17',
  },
  {
    id: 'FPB_2025',
    title: 'Early school leavers (i25)',
    publisher: 'Federal Planning Bureau (indicators.be), from Statbel and Eurostat EU-LFS data',
    url: 'https://indicators.be/en/i/G04_ESL/Early_school_leavers_%28i25%29',
    published: '2025',
  },
];
