import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { calls } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { splitToStored } from './create-call.ts';
import { CallInputError, problemsOf } from './errors.ts';
import { callPolicy } from './policy.ts';
import { documentsOf, loadCall, toDetail } from './present.ts';
import { checkSettings } from './rules.ts';
import { type CallDetail, CallPatch, textFields } from './schemas.ts';
import { callState } from './state.ts';
import { instantToBrussels } from './time.ts';
import { settingsEditable } from './workflow.ts';

/**
 * Changes a call. Its texts (title, body, who may apply) change at any time; dates, amounts and eligibility only
 * while it is a draft or published but not open yet (after that, each such field is refused as `notEditable`).
 * The audit row lists every changed field with its old and new value.
 */
export async function updateCall(ctx: Context, code: string, patch: CallPatch): Promise<CallDetail> {
  authorize(callPolicy.manage(ctx.actor));
  const parsed = CallPatch.safeParse(patch);
  if (!parsed.success) throw new CallInputError(problemsOf(parsed.error, patch));
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as CallPatch;
  // An omitted question list parses to [] by default: only a list that was sent counts as a change.
  if (patch.eligibilityQuestions === undefined) delete data.eligibilityQuestions;
  const row = await ctx.db.transaction(async (tx) => {
    const current = await loadCall(tx, ctx, code, true);
    const settings = Object.keys(data).filter((k) => !(textFields as readonly string[]).includes(k));
    if (settings.length && !settingsEditable(callState(current, ctx.now))) {
      throw new CallInputError(settings.map((field) => ({ field, reason: 'notEditable' as const })));
    }
    const set: Partial<typeof calls.$inferInsert> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const note = (key: string, from: unknown, to: unknown) => {
      if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
    };
    for (const key of textFields) {
      const value = data[key];
      if (value) {
        note(key, current[key], value);
        set[key] = value;
      }
    }
    if (settings.length) {
      const merged = {
        periodStart: data.periodStart ?? current.periodStart,
        periodEnd: data.periodEnd ?? (data.periodStart !== undefined ? data.periodStart + 2 : current.periodEnd),
        opensAt: data.opensAt ?? (current.opensAt ? instantToBrussels(current.opensAt) : ''),
        closesAt: data.closesAt ?? (current.closesAt ? instantToBrussels(current.closesAt) : ''),
        envelopeCents: data.envelopeCents ?? Number(current.envelopeCents ?? 0),
        envelopeByYear:
          data.envelopeByYear !== undefined
            ? data.envelopeByYear
            : current.envelopeByYear
              ? Object.fromEntries(Object.entries(current.envelopeByYear).map(([y, c]) => [y, Number(c)]))
              : null,
        minPerProjectCents: data.minPerProjectCents ?? Number(current.minPerProjectCents ?? 0),
        maxPerProjectCents: data.maxPerProjectCents ?? Number(current.maxPerProjectCents ?? 0),
        eligibilityQuestions: data.eligibilityQuestions ?? current.eligibilityQuestions ?? [],
      };
      const checked = checkSettings(merged);
      if (checked.problems.length || !checked.opensAt || !checked.closesAt) throw new CallInputError(checked.problems);
      const next = {
        periodStart: merged.periodStart,
        periodEnd: merged.periodEnd,
        opensAt: checked.opensAt,
        closesAt: checked.closesAt,
        envelopeCents: BigInt(merged.envelopeCents),
        envelopeByYear: splitToStored(merged.envelopeByYear),
        minPerProjectCents: BigInt(merged.minPerProjectCents),
        maxPerProjectCents: BigInt(merged.maxPerProjectCents),
        eligibleTypes: data.eligibleTypes ?? current.eligibleTypes,
        eligibilityQuestions: merged.eligibilityQuestions,
      };
      for (const [key, value] of Object.entries(next)) {
        const from = current[key as keyof typeof next];
        const show = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? String(v) : v);
        note(key, show(from), show(value));
      }
      Object.assign(set, next);
    }
    if (Object.keys(changes).length === 0) return current;
    const [updated] = await tx
      .update(calls)
      .set({ ...set, updatedAt: ctx.now })
      .where(eq(calls.code, code))
      .returning();
    if (!updated) throw new Error('The call update returned no row');
    await recordAudit(tx, ctx, { action: 'call.update', entityType: 'call', entityId: code, changes });
    return updated;
  });
  bumpPublicDataGeneration();
  return toDetail(row, await documentsOf(ctx.db, code), ctx.now);
}
