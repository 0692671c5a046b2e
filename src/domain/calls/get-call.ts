import { count, eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { applications, calls } from '../../db/schema/index.ts';
import { callPolicy, managesCalls } from './policy.ts';
import { type CallRow, documentsOf, loadCall, toDetail, toSummary } from './present.ts';
import type { CallDetail, CallSummary } from './schemas.ts';

/** One call with its texts, amounts, eligibility and documents; NOT_FOUND for a draft to non-staff. */
export async function getCall(ctx: Context, code: string): Promise<CallDetail> {
  const row = await loadCall(ctx.db, ctx, code);
  return toDetail(row, await documentsOf(ctx.db, code), ctx.now);
}

/** The stored row of a call the actor may see (for other areas' verbs that need its instants and amounts). */
export const getCallRow = (ctx: Context, code: string): Promise<CallRow> => loadCall(ctx.db, ctx, code);

const byOpening = (a: CallRow, b: CallRow) =>
  (b.opensAt?.getTime() ?? 0) - (a.opensAt?.getTime() ?? 0) ||
  b.periodStart - a.periodStart ||
  a.code.localeCompare(b.code);

/** Every call the actor may see (drafts for staff only), with its state now; latest opening first. */
export async function browseCalls(ctx: Context): Promise<CallSummary[]> {
  const rows = await ctx.db.select().from(calls);
  const staff = managesCalls(ctx.actor);
  return rows
    .filter((r) => staff || r.phase !== 'draft')
    .sort(byOpening)
    .map((r) => toSummary(r, ctx.now));
}

/** The calls with their number of applications and of submitted ones, for the officers' list. */
export async function listCallsForStaff(
  ctx: Context,
): Promise<(CallSummary & { applications: number; submitted: number })[]> {
  authorize(callPolicy.manage(ctx.actor));
  const [list, counts] = await Promise.all([
    browseCalls(ctx),
    ctx.db
      .select({ code: applications.callCode, state: applications.state, n: count() })
      .from(applications)
      .groupBy(applications.callCode, applications.state),
  ]);
  const byCall = new Map<string, { applications: number; submitted: number }>();
  for (const c of counts) {
    const entry = byCall.get(c.code) ?? { applications: 0, submitted: 0 };
    entry.applications += c.n;
    if (c.state !== 'draft' && c.state !== 'withdrawn') entry.submitted += c.n;
    byCall.set(c.code, entry);
  }
  return list
    .filter((c) => c.hasPage)
    .map((c) => ({ ...c, ...(byCall.get(c.code) ?? { applications: 0, submitted: 0 }) }));
}

/** How many applications a call has (any state). */
export async function countApplications(ctx: Context, code: string): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(applications).where(eq(applications.callCode, code));
  return row?.n ?? 0;
}
