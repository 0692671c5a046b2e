import type { calls, schemes } from '../../db/schema/index.ts';
import { callState } from '../calls/index.ts';
import { type Source, sourceOf } from '../sources/index.ts';
import type { Call, Scheme } from './schemas.ts';

type CallRow = typeof calls.$inferSelect;
type SchemeRow = typeof schemes.$inferSelect;

/** Turns a stored call into its public shape. */
export function toCall(row: CallRow, sourceMap: Map<string, Source>, now: Date): Call {
  return {
    code: row.code,
    schemeCode: row.schemeCode,
    title: row.title,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    launched: row.launched,
    envelope:
      row.envelopeCents === null
        ? null
        : {
            amountCents: Number(row.envelopeCents),
            currency: 'EUR',
            qualifier: row.envelopeQualifier,
            basis: row.envelopeBasis,
          },
    count:
      row.projectCount === null
        ? null
        : { value: row.projectCount, qualifier: row.projectCountQualifier, unit: row.countedUnit },
    note: row.note,
    source: row.sourceId ? sourceOf(sourceMap, row.sourceId) : null,
    state: callState(row, now),
    hasPage: row.formVersion !== null,
    demo: row.demo,
  };
}

/** Turns a stored scheme into its public shape. */
export function toScheme(row: SchemeRow, sourceMap: Map<string, Source>): Scheme {
  return {
    code: row.code,
    kind: row.kind,
    shortName: row.shortName,
    name: row.name,
    summary: row.summary,
    funds: row.funds,
    eligibility: row.eligibility,
    beneficiaries: row.beneficiaries,
    sources: row.sourceIds.map((id) => sourceOf(sourceMap, id)),
  };
}

/** Newest funding period first; the longer round first when two start the same year. */
export function byPeriodDesc(a: CallRow, b: CallRow): number {
  return b.periodStart - a.periodStart || b.periodEnd - a.periodEnd || a.code.localeCompare(b.code);
}
