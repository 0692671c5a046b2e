import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Logger } from '../../core/logger.ts';
import type { Db } from '../../db/client.ts';
import { type MailOutboxRow, mailOutbox } from '../../db/schema/index.ts';
import type { Mailer } from './mailer.ts';

/** After this many failed attempts a message is marked `failed` and no longer tried. */
export const maxAttempts = 8;

const minute = 60_000;
/** Wait before the next try, by number of attempts made: 1 min, 5 min, 30 min, 2 h, 6 h, then 12 h, 24 h. */
const backoff = [1, 5, 30, 120, 360, 720, 1440].map((m) => m * minute);

/**
 * How long a dispatcher owns a message it claimed. Sending happens outside any transaction (PGlite has one
 * connection, and a transaction held over the network would stall every request), so the claim is a lease: a
 * process that dies mid-send leaves the message to be tried again once the lease ends.
 */
const leaseMs = 10 * minute;

/** The delay before the next attempt once `attempts` attempts have failed. */
export function retryDelayMs(attempts: number): number {
  return backoff[Math.min(Math.max(attempts, 1), backoff.length) - 1] ?? backoff[0] ?? minute;
}

/** What one dispatch did. */
export interface DispatchResult {
  sent: number;
  logged: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time (`maxAttempts` reached). */
  failed: number;
}

/**
 * Claims the oldest due message in a short transaction. `FOR UPDATE SKIP LOCKED` lets two processes on one
 * PostgreSQL claim different rows; moving `next_attempt_at` forward keeps the row from being claimed again once
 * committed. (A single `UPDATE ... WHERE id IN (SELECT ... LIMIT 1 FOR UPDATE)` may update more than one row: the
 * planner can run the subquery again per row.)
 */
async function claimNext(db: Db, now: Date): Promise<MailOutboxRow | undefined> {
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return undefined;
    const [row] = await tx
      .update(mailOutbox)
      .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(eq(mailOutbox.id, next.id))
      .returning();
    return row;
  });
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Sends up to `batch` due pending messages (`next_attempt_at <= now`), oldest first, one at a time. A delivered
 * message becomes `sent` (`logged` with the log-only mailer); a failure is recorded and retried after a growing
 * delay, until `maxAttempts`. Delivery is at least once: a crash between sending and recording resends later.
 */
export async function dispatchOutbox(
  db: Db,
  mailer: Mailer,
  now: Date,
  options: { batch?: number; logger?: Logger } = {},
): Promise<DispatchResult> {
  const { batch = 20, logger } = options;
  const result: DispatchResult = { sent: 0, logged: 0, retrying: 0, failed: 0 };
  for (let i = 0; i < batch; i++) {
    const row = await claimNext(db, now);
    if (!row) break;
    const mail = { id: row.id, to: row.toAddress, toName: row.toName, subject: row.subject, requestId: row.requestId };
    let outcome: Partial<MailOutboxRow>;
    try {
      const attachments = row.attachments?.map((a) => ({
        fileName: a.fileName,
        mime: a.mime,
        content: Buffer.from(a.base64, 'base64'),
      }));
      const { messageId } = await mailer.send({ ...mail, text: row.textBody, html: row.htmlBody, attachments });
      const status = mailer.kind === 'smtp' ? 'sent' : 'logged';
      outcome = { status, sentAt: now, messageId, lastError: null, nextAttemptAt: now };
      result[status]++;
    } catch (error) {
      const final = row.attempts >= maxAttempts;
      const next = final ? now : new Date(now.getTime() + retryDelayMs(row.attempts));
      outcome = { status: final ? 'failed' : 'pending', lastError: describe(error), nextAttemptAt: next };
      result[final ? 'failed' : 'retrying']++;
      logger?.warn(
        { mail: { id: row.id, attempts: row.attempts, nextAttemptAt: next }, requestId: row.requestId, err: error },
        final ? 'mail failed for the last time' : 'mail failed; will try again',
      );
    }
    await db.update(mailOutbox).set(outcome).where(eq(mailOutbox.id, row.id));
  }
  return result;
}
