import type { Indicator, IndicatorValue } from '../../../domain/figures/index.ts';
import type { Call, Scheme } from '../../../domain/programmes-calls/index.ts';

const licence = 'https://creativecommons.org/licenses/by/4.0/';
const publisher = { '@type': 'foaf:Agent', 'foaf:name': 'perspective.brussels – Service École' };

type Texts = { fr: string; nl: string; en: string };
const localized = (text: Texts) => (['fr', 'nl', 'en'] as const).map((l) => ({ '@language': l, '@value': text[l] }));

type Source = IndicatorValue['source'];

/** One download of a dataset, in CSV or JSON. */
const distribution = (id: string, url: string, format: 'CSV' | 'JSON', title: string) => ({
  '@id': `${url}#distribution`,
  '@type': 'dcat:Distribution',
  'dct:title': `${title} (${format})`,
  'dcat:accessURL': { '@id': url },
  'dcat:downloadURL': { '@id': url },
  'dcat:mediaType': format === 'CSV' ? 'text/csv' : 'application/json',
  'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
  'dct:license': { '@id': licence },
  'dct:identifier': id,
});

/** An indicator as a dataset, with the sources of its values. */
function indicatorDataset(base: string, i: Indicator, sources: Source[]) {
  return {
    '@id': `${base}/api/v1/indicators/${i.code}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': i.code,
    'dct:title': localized(i.name),
    'dct:description': localized(i.definition),
    'dct:publisher': publisher,
    'dct:creator': i.publisher,
    'dct:license': { '@id': licence },
    'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/place/BEL_BRU' },
    ...(i.firstYear !== null && i.lastYear !== null
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': { '@type': 'xsd:gYear', '@value': String(i.firstYear) },
            'dcat:endDate': { '@type': 'xsd:gYear', '@value': String(i.lastYear) },
          },
        }
      : {}),
    'dcat:keyword': ['education', 'early school leaving', 'Brussels'],
    'dcat:landingPage': { '@id': `${base}/en/figures/${i.code}` },
    'dct:source': sources.map((s) => ({
      '@type': 'dct:BibliographicResource',
      'dct:title': s.title,
      'dct:publisher': s.publisher,
      ...(s.url ? { 'foaf:page': { '@id': s.url } } : {}),
      ...(s.published ? { 'dct:issued': s.published } : {}),
    })),
    'dcat:distribution': [
      distribution(`${i.code}-csv`, `${base}/en/figures/${i.code}.csv`, 'CSV', i.name.en),
      distribution(`${i.code}-json`, `${base}/en/figures/${i.code}.json`, 'JSON', i.name.en),
    ],
  };
}

/** The funding of the regional schemes as a dataset, with the sources the calls cite. */
function fundingDataset(base: string, schemes: Scheme[], calls: Call[]) {
  const sources = [
    ...new Map(calls.flatMap((call) => (call.source ? [[call.source.id, call.source] as const] : []))).values(),
  ];
  return {
    '@id': `${base}/en/funding`,
    '@type': 'dcat:Dataset',
    'dct:identifier': 'funding',
    'dct:title': localized({
      fr: 'Financements par dispositif',
      nl: 'Financiering per regeling',
      en: 'Funding by scheme',
    }),
    'dct:description': localized({
      fr: `Enveloppes et projets des ${schemes.length} dispositifs régionaux, par période.`,
      nl: `Budgetten en projecten van de ${schemes.length} gewestelijke regelingen, per periode.`,
      en: `Envelopes and projects of the ${schemes.length} regional schemes, by period.`,
    }),
    'dct:publisher': publisher,
    'dct:license': { '@id': licence },
    'dcat:landingPage': { '@id': `${base}/en/funding` },
    'dct:source': sources.map((s) => ({
      '@type': 'dct:BibliographicResource',
      'dct:title': s.title,
      'dct:publisher': s.publisher,
      ...(s.url ? { 'foaf:page': { '@id': s.url } } : {}),
    })),
    'dcat:distribution': [
      distribution('funding-csv', `${base}/en/funding.csv`, 'CSV', 'Funding'),
      distribution('funding-json', `${base}/en/funding.json`, 'JSON', 'Funding'),
    ],
  };
}

/** The distinct sources of an indicator's values, in the order they first appear. */
export const sourcesOf = (values: IndicatorValue[]): Source[] => [
  ...new Map(values.map((v) => [v.source.id, v.source])).values(),
];

/**
 * The DCAT-AP catalogue of the open datasets (JSON-LD): one dataset per indicator, with its sources, and one for
 * the funding of the schemes. `base` is the site's address.
 */
export function dcatCatalogue(
  base: string,
  indicators: { indicator: Indicator; sources: Source[] }[],
  schemes: Scheme[],
  calls: Call[],
) {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${base}/api/v1/catalogue.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': localized({
      fr: 'Accroche : chiffres publics',
      nl: 'Accroche: publieke cijfers',
      en: 'Accroche: public figures',
    }),
    'dct:description': localized({
      fr: 'Indicateurs sur le décrochage scolaire à Bruxelles et financements régionaux, avec leurs sources.',
      nl: 'Indicatoren over schooluitval in Brussel en gewestelijke financiering, met hun bronnen.',
      en: 'Indicators on early school leaving in Brussels and regional funding, with their sources.',
    }),
    'dct:publisher': publisher,
    'dct:license': { '@id': licence },
    'dcat:dataset': [
      ...indicators.map(({ indicator, sources }) => indicatorDataset(base, indicator, sources)),
      fundingDataset(base, schemes, calls),
    ],
  };
}
