import type { LibraryAuthor, LibraryRecordType, LibraryScope } from '../../schema/library.ts';

/** The categories of the library, in the order they are shown. */
export const libraryCategorySeeds: { code: string; label: { fr: string; nl: string; en: string } }[] = [
  { code: 'prevention', label: { fr: 'Prévention', nl: 'Preventie', en: 'Prevention' } },
  { code: 'intervention', label: { fr: 'Intervention', nl: 'Interventie', en: 'Intervention' } },
  { code: 're-engagement', label: { fr: 'Raccrochage', nl: 'Herinschakeling', en: 'Re-engagement' } },
  {
    code: 'vocational',
    label: { fr: 'Enseignement qualifiant', nl: 'Beroepsgericht onderwijs', en: 'Vocational education' },
  },
  { code: 'families', label: { fr: 'Parents et familles', nl: 'Ouders en gezinnen', en: 'Parents and families' } },
  { code: 'school-climate', label: { fr: 'Climat scolaire', nl: 'Schoolklimaat', en: 'School climate' } },
  { code: 'well-being', label: { fr: 'Bien-être', nl: 'Welbevinden', en: 'Well-being' } },
  { code: 'pedagogy', label: { fr: 'Pédagogie', nl: 'Pedagogie', en: 'Pedagogy' } },
  {
    code: 'policy',
    label: { fr: 'Politiques et réglementation', nl: 'Beleid en regelgeving', en: 'Policy and regulation' },
  },
  {
    code: 'statistics',
    label: { fr: 'Statistiques et suivi', nl: 'Statistiek en monitoring', en: 'Statistics and monitoring' },
  },
];

export interface LibraryRecordSeed {
  key: string;
  type: LibraryRecordType;
  title: string;
  translatedTitles?: { lang: string; title: string }[];
  authors: LibraryAuthor[];
  year: number | null;
  languages: string[];
  abstract?: string;
  keywords: string[];
  categories: string[];
  publisher?: string;
  place?: string;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  isbn?: string;
  issn?: string;
  url?: string;
  scope: LibraryScope[];
  /** Where the bibliographic facts were read. */
  note?: string;
}

const p = (family: string, given: string, particle?: string): LibraryAuthor =>
  particle ? { family, given, particle } : { family, given };
const org = (name: string): LibraryAuthor => ({ family: name, organisation: true });

/**
 * Publications on early school leaving in Brussels, Belgium and Europe, as a new library's first records. The
 * bibliographic facts were transcribed from public pages (the address of each is in `url` or `note`); the
 * keywords, categories and short descriptions are the library's own.
 */
export const libraryRecordSeeds: LibraryRecordSeed[] = [
  {
    key: 'pls-2007-decrochage',
    type: 'report',
    title: 'Décrochage scolaire, comprendre pour agir',
    authors: [org('Pour la Solidarité')],
    year: 2007,
    languages: ['fr'],
    abstract:
      'Étude des causes du décrochage scolaire et des dispositifs qui y répondent, parue dans la collection des Cahiers de la Solidarité (n° 14).',
    keywords: ['décrochage scolaire', 'prévention', 'accrochage scolaire'],
    categories: ['prevention', 'intervention'],
    publisher: 'Pour la Solidarité',
    place: 'Bruxelles',
    isbn: '978-2-9600689-6-2',
    scope: ['brussels', 'belgium'],
    url: 'https://pdfcoffee.com/decrochage-scolaire-etude-et-solutions-pdf-free.html',
  },
  {
    key: 'brussels-studies-70',
    type: 'article',
    title: "L'enseignement à Bruxelles : une gestion de crise complexe",
    translatedTitles: [{ lang: 'nl', title: 'Het onderwijs in Brussel: een complex crisisbeheer' }],
    authors: [p('Wayens', 'B.'), p('Janssens', 'R.'), p('Vaesen', 'J.')],
    year: 2013,
    languages: ['fr', 'nl', 'en'],
    abstract:
      "Note de synthèse sur l'enseignement à Bruxelles : croissance démographique, manque de places, double système linguistique et inégalités entre écoles.",
    keywords: ['enseignement', 'Bruxelles', 'démographie scolaire', 'inégalités'],
    categories: ['policy', 'statistics'],
    journal: 'Brussels Studies',
    issue: '70',
    issn: '2031-0293',
    scope: ['brussels'],
    url: 'https://journals.openedition.org/brussels/1182',
  },
  {
    key: 'brussels-studies-98',
    type: 'article',
    title: 'Jeunesses bruxelloises : entre diversité et précarité',
    translatedTitles: [{ lang: 'nl', title: 'De Brusselse jeugd: tussen diversiteit en kwetsbaarheid' }],
    authors: [p('Sacco', 'M.'), p('Smits', 'W.'), p('Kavadias', 'D.'), p('Spruyt', 'B.'), p('Andrimont', 'C.', "d'")],
    year: 2016,
    languages: ['fr', 'nl'],
    abstract:
      'Portrait des jeunes Bruxellois : diversité des parcours, précarité, scolarité et entrée dans la vie active.',
    keywords: ['jeunesse', 'précarité', 'Bruxelles', 'parcours scolaires'],
    categories: ['statistics', 'well-being'],
    journal: 'Brussels Studies',
    issue: '98',
    issn: '2031-0293',
    scope: ['brussels'],
    url: 'https://dokumen.tips/document/note-de-synthese-bsi-jeunesses-bruxelloises-entre-diversite-et-precarite.html',
  },
  {
    key: 'bruno-2017-approches',
    type: 'article',
    title: "L'évolution des approches du décrochage scolaire",
    authors: [p('Bruno', 'F.'), p('Saujat', 'F.'), p('Félix', 'C.')],
    year: 2017,
    languages: ['fr'],
    abstract:
      "Revue de la manière dont la recherche a décrit le décrochage scolaire, d'une lecture centrée sur l'élève à une lecture du travail enseignant et de l'institution.",
    keywords: ['décrochage scolaire', 'revue de littérature', 'travail enseignant'],
    categories: ['pedagogy', 'school-climate'],
    journal: 'Carrefours de l’éducation',
    volume: '43',
    pages: '246-271',
    scope: ['international'],
    note: 'HAL hal-01755838',
    url: 'https://pdfslide.net/documents/lvolution-des-approches-du-dcrochage-scolaire.html',
  },
  {
    key: 'madiba-2023-parcours',
    type: 'article',
    title:
      "Les parcours d'apprentissage de jeunes Français en situation d'interruption d'études : recension critique des travaux",
    authors: [p('Madiba', 'M. S.')],
    year: 2023,
    languages: ['fr'],
    abstract:
      "Recension critique de travaux sur les jeunes qui interrompent leurs études et sur leurs parcours d'apprentissage.",
    keywords: ['interruption des études', 'parcours', 'raccrochage', 'revue de littérature'],
    categories: ['re-engagement'],
    journal: 'Nouveaux cahiers de la recherche en éducation',
    issue: '1',
    pages: '134-160',
    scope: ['international'],
    url: 'https://ouci.dntb.gov.ua/en/works/7BBYpnP7',
  },
  {
    key: 'galand-hospel-veille',
    type: 'report',
    title:
      'État des lieux du risque de décrochage scolaire en Région bruxelloise : rapport de l’enquête menée par les cellules de veille',
    authors: [p('Galand', 'B.'), p('Hospel', 'V.'), org('BEFUS')],
    year: 2013,
    languages: ['fr'],
    abstract:
      "Rapport d'une enquête menée avec les cellules de veille des écoles bruxelloises sur les signes du risque de décrochage.",
    keywords: ['décrochage scolaire', 'cellules de veille', 'enquête', 'Bruxelles'],
    categories: ['statistics', 'prevention'],
    publisher: 'UCLouvain',
    scope: ['brussels'],
    note: 'Survey of 2010-2013',
    url: 'https://befus.be/2022/09/12/aide-a-la-scolarite-hors-des-ecoles/',
  },
  {
    key: 'hugon-pistes',
    type: 'professional_article',
    title: 'Lutter contre le décrochage scolaire : quelques pistes pédagogiques',
    authors: [p('Hugon', 'M.-A.')],
    year: null,
    languages: ['fr'],
    abstract: "Propositions pédagogiques pour garder en classe les élèves qui s'en éloignent.",
    keywords: ['décrochage scolaire', 'pédagogie', 'pistes'],
    categories: ['pedagogy', 'intervention'],
    journal: 'Informations sociales',
    issue: '161',
    scope: ['international'],
    url: 'https://pdfprof.com/PDFV2/Documents1/149417/24/12',
  },
  {
    key: 'feki-2014-ecrits',
    type: 'professional_article',
    title: "Comment faire évoluer des écrits d'élèves en décrochage scolaire ?",
    authors: [p('Feki', 'H.')],
    year: 2014,
    languages: ['fr'],
    keywords: ['écriture', 'décrochage scolaire', 'didactique du français'],
    categories: ['pedagogy'],
    journal: "L'école des lettres des collèges",
    issue: '5',
    scope: ['international'],
  },
  {
    key: 'lamote-2011-gekwalificeerd',
    type: 'report',
    title:
      'Iedereen gekwalificeerd? Een samenvatting van de kenmerken, oorzaken, gevolgen en aanpak van ongekwalificeerd uitstromen vanuit een Vlaams en Europees kader',
    authors: [p('Lamote', 'C.'), p('Van Damme', 'J.')],
    year: 2011,
    languages: ['nl'],
    abstract:
      'Synthese van wat bekend is over jongeren die het onderwijs zonder kwalificatie verlaten: kenmerken, oorzaken, gevolgen en aanpak.',
    keywords: ['vroegtijdig schoolverlaten', 'ongekwalificeerde uitstroom', 'Vlaanderen'],
    categories: ['prevention', 'policy'],
    publisher: 'KU Leuven',
    place: 'Leuven',
    scope: ['belgium', 'europe'],
    url: 'https://fdocuments.nl/document/wetenschappelijk-syntheserapport-vroegtijdig-schoolverlaten.html',
  },
  {
    key: 'ssl-2013-vroege-schoolverlaters',
    type: 'report',
    title: 'Vroege schoolverlaters in Vlaanderen in 2010',
    authors: [p('Van Landeghem', 'G.'), p('De Fraine', 'B.'), p('Gielen', 'S.'), p('Van Damme', 'J.')],
    year: 2013,
    languages: ['nl'],
    abstract: 'Cijfers over vroege schoolverlaters in Vlaanderen in 2010, naar opleidingsniveau en thuistaal.',
    keywords: ['vroegtijdig schoolverlaten', 'statistiek', 'Vlaanderen'],
    categories: ['statistics'],
    publisher: 'Steunpunt SSL',
    place: 'Leuven',
    scope: ['belgium'],
    note: 'SSL/2013.05/1.2.0',
    url: 'https://5dok.net/document/wyederz7-landeghem-gielen-vroege-schoolverlaters-vlaanderen-indeling-opleidingsniveau-moedertaal.html',
  },
  {
    key: 'ssl-2014-arbeidsmarkt',
    type: 'report',
    title: 'Vroege schoolverlaters en de aantrekkingskracht van de arbeidsmarkt',
    authors: [p('Van Landeghem', 'G.'), p('De Fraine', 'B.'), p('Gielen', 'S.'), p('Van Damme', 'J.')],
    year: 2014,
    languages: ['nl'],
    abstract: 'Onderzoek naar de invloed van de arbeidsmarkt op de beslissing om de school vroeg te verlaten.',
    keywords: ['vroegtijdig schoolverlaten', 'arbeidsmarkt', 'beroepsonderwijs'],
    categories: ['statistics', 'vocational'],
    publisher: 'Steunpunt SSL',
    place: 'Leuven',
    scope: ['belgium'],
    note: 'SSL/2014.20/1.2.0',
    url: 'https://5dok.net/document/6zk9epyx-landeghem-fraine-gielen-damme-vroege-schoolverlaters-aantrekkingskracht-arbeidsmarkt.html',
  },
  {
    key: 'lamote-2013-sociale-staat',
    type: 'chapter',
    title: 'Voortijdig schoolverlaten in Vlaanderen: een stand van zaken en een voorstel tot aanpak',
    authors: [
      p('Lamote', 'C.'),
      p('Van Landeghem', 'G.'),
      p('Blommaert', 'M.'),
      p('Nicaise', 'I.'),
      p('De Fraine', 'B.'),
      p('Van Damme', 'J.'),
    ],
    year: 2013,
    languages: ['nl'],
    abstract: 'Hoofdstuk over de omvang van voortijdig schoolverlaten in Vlaanderen en een voorstel voor een aanpak.',
    keywords: ['voortijdig schoolverlaten', 'beleid', 'Vlaanderen'],
    categories: ['policy', 'prevention'],
    journal: 'De sociale staat van Vlaanderen',
    publisher: 'Studiedienst van de Vlaamse Regering',
    place: 'Brussel',
    scope: ['belgium'],
    url: 'https://adoc.pub/download/literatuur-waarbij-men-vaak-teruggrijpt-naar-beschrijvende-g.html',
  },
  {
    key: 'itinera-2015-vroegtijdig',
    type: 'policy',
    title: 'Vroegtijdig schoolverlaten – Evidence based beleidsaanbevelingen',
    authors: [p('De Witte', 'K.'), p('Mazrekaj', 'D.')],
    year: 2015,
    languages: ['nl'],
    abstract: 'Beleidsaanbevelingen tegen vroegtijdig schoolverlaten, gesteund op onderzoek.',
    keywords: ['vroegtijdig schoolverlaten', 'beleidsaanbevelingen', 'evidence-based'],
    categories: ['policy'],
    publisher: 'Itinera Institute',
    scope: ['belgium'],
    note: 'Itinera Institute Analyse 2015/4',
    url: 'https://pdfslide.net/documents/itinera-institute-analyse-verworven-door-een-lagere-scholing-ofwel-ze-weliswaar.html',
  },
  {
    key: 'vlaanderen-2006-spijbelen',
    type: 'policy',
    title: 'Een sluitende aanpak voor spijbelen en schoolverzuim',
    authors: [org('Vlaams Ministerie van Onderwijs')],
    year: 2006,
    languages: ['nl'],
    abstract: 'Beleidsplan van het Vlaamse onderwijsbeleid tegen spijbelen en schoolverzuim.',
    keywords: ['spijbelen', 'schoolverzuim', 'beleid'],
    categories: ['policy', 'intervention'],
    publisher: 'Vlaams Ministerie van Onderwijs',
    scope: ['belgium'],
    url: 'https://adoc.pub/een-sluitende-aanpak-voor-spijbelen-en-schoolverzuim.html',
  },
  {
    key: 'eurydice-2014-tackling',
    type: 'report',
    title: 'Tackling Early Leaving from Education and Training in Europe: Strategies, Policies and Measures',
    authors: [org('EACEA/Eurydice'), org('Cedefop')],
    year: 2014,
    languages: ['en'],
    abstract:
      'Comparative report on how European countries prevent early leaving from education and training, intervene and offer second chances.',
    keywords: ['early leaving', 'education and training', 'Europe', 'policy'],
    categories: ['policy', 'vocational', 'statistics'],
    publisher: 'Publications Office of the European Union',
    place: 'Luxembourg',
    pages: '228',
    scope: ['europe'],
    url: 'https://eurydice.eacea.ec.europa.eu/publications/tackling-early-leaving-education-and-training-europe-strategies-policies-and-measures',
  },
  {
    key: 'resl-eu-final',
    type: 'report',
    title: 'Reducing Early School Leaving in the EU: final report summary',
    authors: [org('RESL.eu consortium')],
    year: null,
    languages: ['en'],
    abstract: 'Summary of a European research project on why young people leave school early and what keeps them in.',
    keywords: ['early school leaving', 'Europe', 'research project'],
    categories: ['prevention', 're-engagement'],
    scope: ['europe'],
    note: 'FP7 project 320223',
    url: 'https://cordis.europa.eu/project/id/320223/reporting',
  },
  {
    key: 'tickle-d2',
    type: 'report',
    title: 'Report D2 – State of the art on early school leaving and dropouts',
    authors: [org('TICKLE project (VUB)')],
    year: null,
    languages: ['en'],
    abstract: 'A review of research on early school leaving and dropping out.',
    keywords: ['early school leaving', 'dropout', 'literature review'],
    categories: ['prevention'],
    scope: ['europe'],
    url: 'https://wise.vub.ac.be/tickle/index.php/reformation/report-d2-state-of-the-art-on-early-school-leaving-and-dropouts/',
  },
  {
    key: 'bowers-2013-predictors',
    type: 'article',
    title:
      'Do we know who will drop out? A review of the predictors of dropping out of high school: precision, sensitivity and specificity',
    authors: [p('Bowers', 'A. J.'), p('Sprott', 'R.'), p('Taff', 'S. A.')],
    year: 2013,
    languages: ['en'],
    abstract: 'Compares the accuracy of the indicators used to predict which students will drop out of high school.',
    keywords: ['dropout', 'early warning indicators', 'prediction'],
    categories: ['statistics', 'prevention'],
    journal: 'The High School Journal',
    volume: '96',
    issue: '2',
    pages: '77-100',
    doi: '10.1353/hsj.2013.0000',
    scope: ['international'],
  },
  {
    key: 'cedefop-timeline-brussels',
    type: 'policy',
    title: "Brussels' initiatives to tackle early school leaving",
    authors: [org('Cedefop')],
    year: 2025,
    languages: ['en'],
    abstract:
      'Entry of the European timeline of VET policies on the measures of the Brussels-Capital Region against early school leaving, among them the DAS and DASC schemes run by the School Service.',
    keywords: ['early school leaving', 'Brussels', 'DAS', 'DASC', 'VET policy'],
    categories: ['policy', 'vocational'],
    scope: ['brussels'],
    url: 'https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/39417',
  },
];
