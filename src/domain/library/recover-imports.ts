import { sql } from 'drizzle-orm';
import { bootId, processLockClass } from '../../core/boot.ts';
import type { Db } from '../../core/context.ts';
import { importCommitted } from './import-records.ts';
import { type ImportSession, type ImportSessions, importLockClass } from './import-sessions.ts';

/** Where the import of a session left `running` stands: still under way, committed, or lost with its process. */
type Fate = 'running' | 'committed' | 'lost';

/**
 * A session is `running` from the moment its confirmation starts until the process running it writes the outcome.
 * When that process dies (kill -9, a crash, the machine stopping), the file stays `running`. The import itself is
 * one transaction, so the database knows the truth: it committed (its audit row names the session) or nothing of
 * it was written. Before deciding, both locks must be free:
 * - the runner's process lock (`core/boot.ts`): while it is held, the runner lives, and may still be reading the
 *   file before its transaction starts;
 * - the session's lock, which the import's transaction takes first: while it is held, a transaction is open, even
 *   one whose process has died after sending COMMIT, which PostgreSQL may still be carrying out.
 * Once both are taken, no transaction of that import is open and none can start, so the audit row, read by a
 * statement after the locks, settles it. The locks are only tried (never waited for) and end with the transaction.
 */
async function fateOf(db: Db, session: ImportSession): Promise<Fate> {
  if (session.runner?.boot === bootId) return 'running';
  // A session without a runner was left by a version that did not record one: its process is gone.
  const boot = session.runner?.boot ?? 0;
  return db.transaction(async (tx) => {
    const result = (await tx.execute(
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${processLockClass}), ${boot}::int4) AS gone,
                 pg_try_advisory_xact_lock(hashtext(${importLockClass}), hashtext(${session.id})) AS idle`,
    )) as unknown as { rows: { gone: boolean; idle: boolean }[] };
    const locks = result.rows[0];
    if (!locks?.gone || !locks.idle) return 'running';
    return (await importCommitted(tx, session.id)) ? 'committed' : 'lost';
  });
}

/**
 * Settles a session left `running` by a process that is gone: `done` with the report kept before the write when
 * its import committed, else back to `ready`, marked `interrupted`, so that the page says nothing was imported
 * and the librarian can confirm again. A session still running somewhere is returned as it is.
 */
export async function settleImportSession(
  db: Db,
  sessions: ImportSessions,
  session: ImportSession,
): Promise<ImportSession> {
  if (session.state !== 'running') return session;
  const fate = await fateOf(db, session);
  if (fate === 'running') return session;
  const { runner, report, interrupted, ...rest } = session;
  const settled: ImportSession =
    fate === 'committed'
      ? { ...rest, state: 'done', ...(report ? { report: { ...report, written: true } } : {}) }
      : { ...rest, state: 'ready', interrupted: runner?.startedAt ?? interrupted ?? session.createdAt };
  await sessions.save(settled);
  return settled;
}

/**
 * At start-up: settles every session left `running` by a process that is gone. Safe with several processes on
 * one PostgreSQL and one data folder: a session whose runner lives is left alone.
 */
export async function recoverImportSessions(
  db: Db,
  sessions: ImportSessions,
): Promise<{ finished: number; interrupted: number; running: number }> {
  const counts = { finished: 0, interrupted: 0, running: 0 };
  for (const session of await sessions.all()) {
    if (session.state !== 'running') continue;
    const settled = await settleImportSession(db, sessions, session);
    if (settled.state === 'done') counts.finished++;
    else if (settled.state === 'ready') counts.interrupted++;
    else counts.running++;
  }
  return counts;
}
