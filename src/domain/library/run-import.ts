import { hostname } from 'node:os';
import { bootId } from '../../core/boot.ts';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { alreadyImported, importRecords } from './import-records.ts';
import type { ImportSession, ImportSessions } from './import-sessions.ts';
import type { DuplicateDecision } from './merge-records.ts';

/** The librarian's choices on the preview that only the confirmation uses. */
export interface ImportConfirmation {
  /** What to do with each duplicate line (by line number); the rest as `rest` says. */
  decisions: Record<number, DuplicateDecision>;
  onDuplicate: 'update' | 'skip';
}

/**
 * Runs the import a librarian confirmed, in this process. A session someone else claimed first (a second click)
 * is left as it is. The session is stamped with this process before anything is written, so that another one can
 * tell, should this one die, that nothing is running; the records are written in one transaction, and the report
 * is kept on the session. A refusal (VALIDATION: invalid lines, CONFLICT: a record changed since the preview) puts
 * the session back to `ready` and is thrown; a session that another process imported first ends as it left it.
 */
export async function runImportSession(
  ctx: Context,
  sessions: ImportSessions,
  s: ImportSession,
  confirmation: ImportConfirmation,
): Promise<void> {
  if (!sessions.claim(s.id)) return;
  s.state = 'running';
  s.runner = { boot: bootId, pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  delete s.interrupted;
  try {
    await sessions.save(s);
    const report = await importRecords(ctx, await sessions.bytesOf(s), {
      skipInvalid: s.skipInvalid,
      publish: s.publish,
      categoryMap: s.categoryMap,
      decisions: confirmation.decisions,
      onDuplicate: confirmation.onDuplicate,
      onProgress: (done, total, phase) => sessions.setProgress(s.id, { state: 'running', phase, done, total }),
      session: s.id,
      beforeWrite: (planned) => sessions.save({ ...s, report: planned }),
    });
    delete s.runner;
    Object.assign(s, { state: 'done', report });
    await sessions.save(s);
  } catch (error) {
    // Another process confirmed this session first (two clicks sent to two processes): its outcome is on disk.
    if (error instanceof DomainError && error.fields.some((f) => f.message === alreadyImported)) return;
    delete s.runner;
    delete s.report;
    s.state = 'ready';
    await sessions.save(s);
    throw error;
  } finally {
    sessions.setProgress(s.id, { state: 'done', phase: null, done: 0, total: 0 });
    sessions.release(s.id);
  }
}
