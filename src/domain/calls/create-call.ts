import { eq, like } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { callFormVersions, calls, schemes } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { defaultFormVersion } from './defaults.ts';
import { CallInputError, problemsOf } from './errors.ts';
import { callPolicy } from './policy.ts';
import { documentsOf, toDetail } from './present.ts';
import { checkSettings } from './rules.ts';
import { type CallDetail, CallInput } from './schemas.ts';

const splitToStored = (split: Record<string, number> | null | undefined) =>
  split && Object.keys(split).length ? Object.fromEntries(Object.entries(split).map(([y, c]) => [y, String(c)])) : null;

/**
 * Creates a call as a draft with version 1 of its form and rubric (the standard ones). Its code is the scheme
 * and the period (`das-2027-2029`), with `-2`, `-3` ... when that code is taken. Officers and admins only.
 */
export async function createCall(
  ctx: Context,
  input: CallInput,
  options: { demo?: boolean } = {},
): Promise<CallDetail> {
  authorize(callPolicy.manage(ctx.actor));
  const parsed = CallInput.safeParse(input);
  if (!parsed.success) throw new CallInputError(problemsOf(parsed.error, input));
  const data = parsed.data;
  const periodEnd = data.periodEnd ?? data.periodStart + 2;
  const checked = checkSettings({ ...data, periodEnd });
  if (checked.problems.length || !checked.opensAt || !checked.closesAt) throw new CallInputError(checked.problems);
  const { opensAt, closesAt } = checked;
  const defaults = defaultFormVersion();
  const row = await ctx.db.transaction(async (tx) => {
    const [scheme] = await tx.select({ code: schemes.code }).from(schemes).where(eq(schemes.code, data.schemeCode));
    if (!scheme) throw new CallInputError([{ field: 'schemeCode', reason: 'unknownScheme' }]);
    const base = `${data.schemeCode}-${data.periodStart}-${periodEnd}`;
    const taken = new Set(
      (
        await tx
          .select({ code: calls.code })
          .from(calls)
          .where(like(calls.code, `${base}%`))
      ).map((r) => r.code),
    );
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
    const [created] = await tx
      .insert(calls)
      .values({
        code,
        schemeCode: data.schemeCode,
        title: data.title,
        body: data.body,
        whoMayApply: data.whoMayApply,
        periodStart: data.periodStart,
        periodEnd,
        envelopeCents: BigInt(data.envelopeCents),
        envelopeQualifier: 'exact',
        envelopeBasis: 'total',
        envelopeByYear: splitToStored(data.envelopeByYear),
        minPerProjectCents: BigInt(data.minPerProjectCents),
        maxPerProjectCents: BigInt(data.maxPerProjectCents),
        projectCountQualifier: 'exact',
        countedUnit: 'projects',
        phase: 'draft',
        opensAt,
        closesAt,
        eligibleTypes: data.eligibleTypes,
        eligibilityQuestions: data.eligibilityQuestions,
        formVersion: 1,
        demo: options.demo ?? false,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('The call insert returned no row');
    await tx.insert(callFormVersions).values({
      callCode: code,
      version: 1,
      form: defaults.form,
      rubric: defaults.rubric,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'call.create',
      entityType: 'call',
      entityId: code,
      changes: { schemeCode: data.schemeCode, periodStart: data.periodStart, periodEnd, demo: options.demo ?? false },
    });
    return created;
  });
  bumpPublicDataGeneration();
  return toDetail(row, await documentsOf(ctx.db, row.code), ctx.now);
}

export { splitToStored };
