import { eq } from 'drizzle-orm';
import type { Context, Db, Tx } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { type CallDocumentRow, callDocuments, calls } from '../../db/schema/index.ts';
import type { EligibilityQuestion } from '../forms/index.ts';
import { callPolicy } from './policy.ts';
import type { CallDetail, CallDocument, CallSummary } from './schemas.ts';
import { callState } from './state.ts';

export type CallRow = typeof calls.$inferSelect;

const num = (v: bigint | null) => (v === null ? null : Number(v));

/** A stored call as listed, with its state at `now`. */
export function toSummary(row: CallRow, now: Date): CallSummary {
  return {
    code: row.code,
    schemeCode: row.schemeCode,
    title: row.title,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    phase: row.phase,
    state: callState(row, now),
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    envelopeCents: num(row.envelopeCents),
    minPerProjectCents: num(row.minPerProjectCents),
    maxPerProjectCents: num(row.maxPerProjectCents),
    demo: row.demo,
    hasPage: row.formVersion !== null,
  };
}

export const toDocument = (d: CallDocumentRow): CallDocument => ({
  id: d.id,
  title: d.title,
  lang: d.lang,
  fileName: d.fileName,
  mime: d.mime,
  size: d.size,
});

/** A stored call with its texts, amounts, eligibility and documents. */
export function toDetail(row: CallRow, documents: CallDocumentRow[], now: Date): CallDetail {
  return {
    ...toSummary(row, now),
    body: row.body,
    whoMayApply: row.whoMayApply,
    envelopeByYear: row.envelopeByYear
      ? Object.fromEntries(Object.entries(row.envelopeByYear).map(([y, c]) => [y, Number(c)]))
      : null,
    eligibleTypes: row.eligibleTypes ?? [],
    eligibilityQuestions: (row.eligibilityQuestions ?? []) as EligibilityQuestion[],
    formVersion: row.formVersion,
    documents: documents.map(toDocument),
  };
}

/**
 * A call the actor may see, or NOT_FOUND (a draft is not revealed to people who may not see it). `lock` takes
 * the row for update, for verbs that change it.
 */
export async function loadCall(db: Db | Tx, ctx: Context, code: string, lock = false): Promise<CallRow> {
  const query = db.select().from(calls).where(eq(calls.code, code));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !callPolicy.read(ctx.actor, row.phase).ok) throw notFound(`Call ${code}`);
  return row;
}

export async function documentsOf(db: Db | Tx, code: string): Promise<CallDocumentRow[]> {
  return db.select().from(callDocuments).where(eq(callDocuments.callCode, code)).orderBy(callDocuments.createdAt);
}
