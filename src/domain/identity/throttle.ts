import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/context.ts';
import { signInThrottle } from '../../db/schema/index.ts';

/** Failures allowed before the first delay; each further failure doubles it, up to the ceiling. */
const FREE_FAILURES = 3;
const FIRST_DELAY_S = 2;
const MAX_DELAY_S = 15 * 60;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The delay imposed after `failures` failed sign-ins in a row: none, then 2 s, 4 s, 8 s ... up to 15 min. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_S * 2 ** (failures - FREE_FAILURES), MAX_DELAY_S);
}

/** Seconds to wait before this account may try again, or 0. */
export async function retryAfter(db: Db, email: string, now: Date): Promise<number> {
  const [row] = await db
    .select()
    .from(signInThrottle)
    .where(eq(signInThrottle.email, normaliseEmail(email)));
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts a failed sign-in for this address (whether or not an account exists: no enumeration by timing). */
export async function recordFailure(db: Db, email: string, now: Date): Promise<number> {
  const [row] = await db
    .insert(signInThrottle)
    .values({ email: normaliseEmail(email), failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.email,
      set: { failures: sql`${signInThrottle.failures} + 1`, updatedAt: now },
    })
    .returning();
  const failures = row?.failures ?? 1;
  const delay = delayAfter(failures);
  if (delay > 0) {
    await db
      .update(signInThrottle)
      .set({ lockedUntil: new Date(now.getTime() + delay * 1000) })
      .where(eq(signInThrottle.email, normaliseEmail(email)));
  }
  return delay;
}

/** A successful sign-in clears the account's count. */
export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.email, normaliseEmail(email)));
}
