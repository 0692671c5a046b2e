import { eq } from 'drizzle-orm';
import { authorize, userIdOf } from '../../core/authorize.ts';
import type { Context, Tx } from '../../core/context.ts';
import { applicationFiles, applicationMunicipalities, applications } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { isOpen } from '../calls/index.ts';
import { cleanFileName, detectAllowedType, type FileStore } from '../files/index.ts';
import {
  type Answers,
  answersSchema,
  applicationAmounts,
  type FileAnswer,
  type FormDefinition,
} from '../forms/index.ts';
import { type LoadedApplication, loadApplication, periodYears } from './access.ts';
import { AnswersError, ApplicationError } from './errors.ts';
import { applicationPolicy } from './policy.ts';
import { editable } from './workflow.ts';

export interface Upload {
  fieldKey: string;
  name: string;
  content: Uint8Array;
}

export interface SaveSectionInput {
  /** The answers of the section's fields, as the form sent them (other fields are ignored). */
  answers: Answers;
  /** The section's version the person started from: a different stored version means someone saved meanwhile. */
  sectionVersion: number;
  uploads?: Upload[];
  /** File fields to clear. */
  removeFiles?: string[];
}

export interface FileLimits {
  store: FileStore;
  maxBytes: number;
}

/**
 * Saves one section of a draft application, while its call is open. The section's version must be the one the
 * person started from (optimistic check): when a co-applicant saved the same section meanwhile, the save is
 * refused with `sectionConflict` and nothing is overwritten; the page keeps what the person typed. Files are
 * checked by their content and size before anything is written. Formats are checked (a negative budget line is
 * refused even in a draft); required answers wait for the submission.
 */
export async function saveSection(
  ctx: Context,
  id: string,
  sectionKey: string,
  input: SaveSectionInput,
  files: FileLimits,
): Promise<{ sectionVersion: number }> {
  for (const upload of input.uploads ?? []) {
    if (upload.content.byteLength > files.maxBytes) {
      throw new ApplicationError('fileTooLarge', { max: Math.round(files.maxBytes / 1024 / 1024) }, upload.fieldKey);
    }
  }
  const typed = await Promise.all(
    (input.uploads ?? []).map(async (upload) => {
      const mime = await detectAllowedType(upload.content);
      if (!mime) throw new ApplicationError('fileWrongType', {}, upload.fieldKey);
      return { ...upload, mime };
    }),
  );
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadApplication(tx, ctx, id, { lock: true });
    const { application, access, call, form } = loaded;
    authorize(applicationPolicy.edit(access));
    const open = isOpen(call, ctx.now);
    if (!editable(application.state, open)) throw new ApplicationError(open ? 'notEditable' : 'callClosed');
    const section = form.form.sections.find((s) => s.key === sectionKey);
    if (!section) throw new ApplicationError('notEditable', {}, 'section');
    const current = application.sectionVersions[sectionKey] ?? 0;
    if (current !== input.sectionVersion) throw new ApplicationError('sectionConflict', { section: sectionKey });

    const fieldKeys = new Set(section.fields.map((f) => f.key));
    const answers: Answers = { ...application.answers };
    for (const [key, value] of Object.entries(input.answers)) {
      const field = section.fields.find((f) => f.key === key);
      if (field && field.type !== 'file') answers[key] = value;
    }
    for (const key of input.removeFiles ?? []) if (fieldKeys.has(key)) answers[key] = null;
    for (const upload of typed) {
      const field = section.fields.find((f) => f.key === upload.fieldKey && f.type === 'file');
      if (!field) continue;
      const stored = await files.store.put(upload.content);
      const name = cleanFileName(upload.name, upload.mime);
      const [row] = await tx
        .insert(applicationFiles)
        .values({
          applicationId: id,
          fieldKey: field.key,
          fileName: name,
          mime: upload.mime,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: userIdOf(ctx.actor) ?? null,
          createdAt: ctx.now,
        })
        .returning({ id: applicationFiles.id });
      if (!row) throw new Error('The file insert returned no row');
      answers[field.key] = { fileId: row.id, name, size: stored.size, mime: upload.mime } satisfies FileAnswer;
    }

    const parsed = answersSchema(form.form, { mode: 'draft', years: periodYears(call), sectionKey }).safeParse(answers);
    if (!parsed.success) throw new AnswersError(parsed.error);
    const kept = { ...answers, ...parsed.data };
    await writeAnswers(tx, ctx, loaded, kept, { [sectionKey]: current + 1 });
    await recordAudit(tx, ctx, {
      action: 'application.save',
      entityType: 'application',
      entityId: id,
      changes: {
        section: sectionKey,
        version: current + 1,
        ...(typed.length ? { files: typed.map((u) => u.fieldKey) } : {}),
      },
    });
    return { sectionVersion: current + 1 };
  });
}

/** The project title an application is listed under: the first short text field's answer. */
export function titleOf(form: FormDefinition, answers: Answers): string {
  for (const section of form.sections) {
    for (const field of section.fields) {
      if (field.type === 'text') {
        const value = answers[field.key];
        return typeof value === 'string' ? value.slice(0, 300) : '';
      }
    }
  }
  return '';
}

/** Writes answers and what is derived from them (title, amounts, municipalities concerned). */
export async function writeAnswers(
  tx: Tx,
  ctx: Context,
  { application, form }: Pick<LoadedApplication, 'application' | 'form'>,
  answers: Answers,
  bumped: Record<string, number>,
): Promise<void> {
  const amounts = applicationAmounts(form.form, answers);
  await tx
    .update(applications)
    .set({
      answers,
      sectionVersions: { ...application.sectionVersions, ...bumped },
      title: titleOf(form.form, answers),
      ...amounts,
      updatedAt: ctx.now,
    })
    .where(eq(applications.id, application.id));
  const codes = new Set<string>();
  for (const section of form.form.sections) {
    for (const field of section.fields) {
      const value = answers[field.key];
      if (field.type === 'municipality' && Array.isArray(value)) for (const v of value) codes.add(String(v));
      if (field.type === 'municipality' && typeof value === 'string' && value) codes.add(value);
    }
  }
  await tx.delete(applicationMunicipalities).where(eq(applicationMunicipalities.applicationId, application.id));
  if (codes.size) {
    await tx
      .insert(applicationMunicipalities)
      .values([...codes].map((municipalityNis) => ({ applicationId: application.id, municipalityNis })));
  }
}
