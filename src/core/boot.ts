import { randomInt } from 'node:crypto';

/**
 * This process's boot id: a random positive 32-bit integer drawn at start, never reused. Work that outlives a
 * request (a library import being confirmed) is stamped with it, so that a later process can tell whether the
 * one that started the work is still there.
 *
 * The proof of life is an advisory lock that the process holds for its lifetime on PostgreSQL (two keys:
 * `hashtext(processLockClass)` and the boot id; `Database.holdProcessLock`). PostgreSQL releases it when the
 * process's connection closes, which the kernel does at once when the process dies, `kill -9` included. Another
 * process that can take the lock knows the first one is gone. With PGlite the data folder has one process at a
 * time (`db/lock.ts`), so any other boot id is a process that has stopped.
 */
export const bootId: number = randomInt(1, 2 ** 31 - 1);

/** The first key of the process advisory locks (the second is the boot id); two-key locks never meet one-key ones. */
export const processLockClass = 'accroche.process';
