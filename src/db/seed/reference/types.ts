/**
 * Shapes of the reference data that Accroche ships with. Every figure points at a source in `sources.ts`.
 * Texts shown to people exist in French, Dutch and English.
 */

/** A text in the three interface languages. */
export interface Localized {
  fr: string;
  nl: string;
  en: string;
}

/** A publication or page that a figure or a fact comes from. */
export interface SourceSeed {
  /** Stable key, upper case, e.g. `RTBF_2019`. */
  id: string;
  /** Title of the page or document, in its own language. */
  title: string;
  publisher: string;
  /** Address of the source, when it has one. */
  url: string | null;
  /** The date or year the source itself shows, free form (e.g. `2019`, `2021-04-02`). */
  published: string | null;
}

export interface MunicipalitySeed {
  /** NIS/INS code, 21001 to 21019. */
  nisCode: string;
  nameFr: string;
  nameNl: string;
  /** Ordinary bpost codes whose main municipality this is. */
  postalCodes: string[];
}

/** How a figure is qualified by its source: exact, approximate ("about"), or a floor ("more than"). */
export type Qualifier = 'exact' | 'approx' | 'more_than';

export interface SchemeSeed {
  /** URL slug and stable key: das, dasc, municipal-prevention, municipal-coordinator, pasc, vocational-pilot. */
  code: string;
  /** Short name or acronym as people use it (DAS, DASC, pASc ...), per language. */
  shortName: Localized;
  name: Localized;
  /** One or two sentences: what the scheme is. */
  summary: Localized;
  /** What it funds. */
  funds: Localized;
  /** Who may apply or who receives it. */
  eligibility: Localized;
  /** Who benefits (target groups). */
  beneficiaries: Localized;
  /** Whether organisations apply through calls on the platform, or the scheme is a one-off. */
  kind: 'recurring' | 'one_off' | 'municipal';
  /** Display order. */
  sort: number;
  sourceIds: string[];
}

export interface CallSeed {
  /** Stable key, e.g. `das-2019-2021`. */
  code: string;
  schemeCode: string;
  title: Localized;
  /** First and last year funded. */
  periodStart: number;
  periodEnd: number;
  /** Date the call was launched or approved, ISO `YYYY-MM-DD` or `YYYY-MM` or `YYYY`, when known. */
  launched: string | null;
  /** Envelope in euro cents, when known. */
  envelopeCents: bigint | null;
  envelopeQualifier: Qualifier;
  /** `total` for the whole period, `per_year` when the source gives a yearly amount. */
  envelopeBasis: 'total' | 'per_year';
  projectCount: number | null;
  projectCountQualifier: Qualifier;
  /** What was counted, when it is not projects (e.g. associations, municipal plans). */
  countedUnit: 'projects' | 'associations' | 'plans' | 'posts';
  note: Localized | null;
  sourceId: string;
}

export interface TimelineEventSeed {
  /** Stable key, e.g. `2015-perspective-created`. */
  code: string;
  /** ISO date; `precision` tells how much of it is known. */
  date: string;
  precision: 'day' | 'month' | 'year';
  title: Localized;
  body: Localized;
  schemeCode: string | null;
  sourceId: string;
}

export interface KeyFigureSeed {
  code: string;
  /** The number as published. */
  value: number;
  unit: 'percent' | 'eur' | 'count';
  qualifier: Qualifier;
  /** Reference year or period of the figure, as the source gives it (e.g. `2019`, `2019-2021`). */
  period: string;
  label: Localized;
  sourceId: string;
  sort: number;
}
