import { and, asc, eq } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import {
  type ApplicationFileRow,
  applicationCollaborators,
  applicationFiles,
  type InformationRequestRow,
  informationRequests,
  users,
} from '../../db/schema/index.ts';
import { type CallState, callState } from '../calls/index.ts';
import type { FileStore } from '../files/index.ts';
import { isUuid } from '../organisations/index.ts';
import { type LoadedApplication, loadApplication, periodYears } from './access.ts';
import { type ApplicationAction, availableActions, editable } from './workflow.ts';

export interface ApplicationView extends LoadedApplication {
  callState: CallState;
  years: number[];
  /** Whether the applicant may change answers now (a draft, call open, and the actor an applicant). */
  editable: boolean;
  /** Workflow actions the actor may take now. */
  actions: ApplicationAction[];
  files: ApplicationFileRow[];
  informationRequests: InformationRequestRow[];
  collaborators: { userId: string; name: string; email: string }[];
}

/** One application with everything its page shows, for someone with access to it (NOT_FOUND otherwise). */
export async function getApplication(ctx: Context, id: string): Promise<ApplicationView> {
  const loaded = await loadApplication(ctx.db, ctx, id);
  const state = callState(loaded.call, ctx.now);
  const open = state === 'open';
  const applicant = loaded.access === 'member' || loaded.access === 'collaborator';
  const [files, requests, collaborators] = await Promise.all([
    ctx.db
      .select()
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, id))
      .orderBy(asc(applicationFiles.createdAt)),
    ctx.db
      .select()
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, id))
      .orderBy(asc(informationRequests.requestedAt)),
    ctx.db
      .select({ userId: users.id, name: users.name, email: users.email })
      .from(applicationCollaborators)
      .innerJoin(users, eq(users.id, applicationCollaborators.userId))
      .where(eq(applicationCollaborators.applicationId, id)),
  ]);
  return {
    ...loaded,
    callState: state,
    years: periodYears(loaded.call),
    editable: applicant && editable(loaded.application.state, open),
    actions: availableActions(loaded.application.state, applicant ? 'applicant' : 'officer', open),
    files,
    informationRequests: requests,
    collaborators,
  };
}

/** An attached file and its content, for someone with access to its application. */
export async function getApplicationFile(
  ctx: Context,
  id: string,
  fileId: string,
  store: FileStore,
): Promise<{ file: ApplicationFileRow; content: Buffer }> {
  await loadApplication(ctx.db, ctx, id);
  if (!isUuid(fileId)) throw notFound('File');
  const [file] = await ctx.db
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, id)));
  if (!file) throw notFound('File');
  return { file, content: await store.get(file.sha256) };
}
