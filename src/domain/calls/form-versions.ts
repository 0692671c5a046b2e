import { and, desc, eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { type CallFormVersionRow, callFormVersions, calls } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { formDefinitionSchema, rubricSchema } from '../forms/index.ts';
import { callPolicy } from './policy.ts';
import { loadCall } from './present.ts';
import type { FormVersion, FormVersionInput } from './schemas.ts';
import { callState } from './state.ts';
import { formEditable } from './workflow.ts';

const toVersion = (row: CallFormVersionRow): FormVersion => ({
  version: row.version,
  lockedAt: row.lockedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  definition: row.form,
  rubric: row.rubric,
});

/** A problem in a form or rubric, named by where it is (`sections.1.fields.0.label.nl`). */
export interface FormProblem {
  part: 'definition' | 'rubric';
  path: string;
  message: string;
}

/** A form or rubric refused with every problem at its place. */
export class FormVersionError extends DomainError {
  constructor(readonly problems: FormProblem[]) {
    super(
      'VALIDATION',
      'The form or rubric is not valid',
      problems.map((p) => ({ field: [p.part, p.path].filter(Boolean).join('.'), message: p.message })),
    );
  }
}

/** Checks a form definition and rubric, with each problem at its path. */
export function checkFormVersion(input: { definition: unknown; rubric: unknown }) {
  const problems: FormProblem[] = [];
  const definition = formDefinitionSchema.safeParse(input.definition);
  if (!definition.success) {
    for (const i of definition.error.issues) {
      problems.push({ part: 'definition', path: i.path.join('.'), message: i.message });
    }
  }
  const rubric = rubricSchema.safeParse(input.rubric);
  if (!rubric.success) {
    for (const i of rubric.error.issues) problems.push({ part: 'rubric', path: i.path.join('.'), message: i.message });
  }
  if (!definition.success || !rubric.success) throw new FormVersionError(problems);
  return { definition: definition.data, rubric: rubric.data };
}

/** The version of the form and rubric new applications to a call use, or NOT_FOUND when it has none. */
export async function getCurrentFormVersion(ctx: Context, code: string): Promise<FormVersion> {
  const call = await loadCall(ctx.db, ctx, code);
  if (call.formVersion === null) throw notFound(`The form of call ${code}`);
  return getFormVersion(ctx, code, call.formVersion);
}

/** One version of a call's form and rubric (applications keep the version they started on). */
export async function getFormVersion(ctx: Context, code: string, version: number): Promise<FormVersion> {
  await loadCall(ctx.db, ctx, code);
  const [row] = await ctx.db
    .select()
    .from(callFormVersions)
    .where(and(eq(callFormVersions.callCode, code), eq(callFormVersions.version, version)));
  if (!row) throw notFound(`Version ${version} of the form of call ${code}`);
  return toVersion(row);
}

/** Every version of a call's form, newest first (staff). */
export async function listFormVersions(ctx: Context, code: string): Promise<FormVersion[]> {
  authorize(callPolicy.manage(ctx.actor));
  await loadCall(ctx.db, ctx, code);
  const rows = await ctx.db
    .select()
    .from(callFormVersions)
    .where(eq(callFormVersions.callCode, code))
    .orderBy(desc(callFormVersions.version));
  return rows.map(toVersion);
}

/**
 * Saves a call's form and rubric. While the current version is unlocked (no application submitted on it yet),
 * it is replaced in place; once locked, the save writes version n+1 and the call points at it, so that submitted
 * applications keep the form they answered (audited as `call.new_form_version`).
 */
export async function saveFormVersion(
  ctx: Context,
  code: string,
  input: FormVersionInput,
): Promise<FormVersion & { created: boolean }> {
  authorize(callPolicy.manage(ctx.actor));
  const { definition, rubric } = checkFormVersion(input);
  return ctx.db.transaction(async (tx) => {
    const call = await loadCall(tx, ctx, code, true);
    const state = callState(call, ctx.now);
    if (!formEditable(state)) throw new DomainError('PRECONDITION_FAILED', `The form of a ${state} call is final`);
    const [current] =
      call.formVersion === null
        ? []
        : await tx
            .select()
            .from(callFormVersions)
            .where(and(eq(callFormVersions.callCode, code), eq(callFormVersions.version, call.formVersion)))
            .for('update');
    if (current && !current.lockedAt) {
      const [saved] = await tx
        .update(callFormVersions)
        .set({ form: definition, rubric })
        .where(and(eq(callFormVersions.callCode, code), eq(callFormVersions.version, current.version)))
        .returning();
      if (!saved) throw new Error('The form update returned no row');
      await recordAudit(tx, ctx, {
        action: 'call.update',
        entityType: 'call',
        entityId: code,
        changes: { form: { version: current.version, replaced: true } },
      });
      return { ...toVersion(saved), created: false };
    }
    const [latest] = await tx
      .select({ version: callFormVersions.version })
      .from(callFormVersions)
      .where(eq(callFormVersions.callCode, code))
      .orderBy(desc(callFormVersions.version))
      .limit(1);
    const version = (latest?.version ?? 0) + 1;
    const [created] = await tx
      .insert(callFormVersions)
      .values({
        callCode: code,
        version,
        form: definition,
        rubric,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        createdAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('The form insert returned no row');
    await tx.update(calls).set({ formVersion: version, updatedAt: ctx.now }).where(eq(calls.code, code));
    await recordAudit(tx, ctx, {
      action: 'call.new_form_version',
      entityType: 'call',
      entityId: code,
      changes: { from: current?.version ?? null, to: version },
    });
    return { ...toVersion(created), created: true };
  });
}
