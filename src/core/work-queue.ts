import { UnavailableError } from './errors.ts';

/** How much work a queue lets in: running at once, waiting behind them, and how long one may wait. */
export interface QueueLimits {
  concurrency: number;
  maxWaiting: number;
  maxWaitMs: number;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Bounded work in flight: at most `concurrency` tasks run, at most `maxWaiting` wait their turn (first come, first
 * served), and none waits longer than `maxWaitMs`. A task refused because the queue is full, or because it waited
 * too long, fails at once with `UnavailableError` (503 with Retry-After), so that a burst is answered quickly rather
 * than piling up until clients time out.
 *
 * Every task starts in a later turn of the event loop (`setImmediate`). PGlite answers in this thread, with no real
 * I/O: without the turn, a request's whole search would run inside the callback that read it, before the server
 * reads the next request, so the backlog would sit unseen in the sockets (no queue, no 503, clients timing out)
 * and cheap requests (cache hits, pages) would wait behind every search. With it, requests that arrived together
 * all reach the queue first, and between two tasks the server reads new requests and fires expired waits.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly retryAfterSeconds: number;

  constructor(
    private readonly limits: QueueLimits,
    private readonly what = 'work',
  ) {
    this.retryAfterSeconds = Math.max(1, Math.ceil(limits.maxWaitMs / 1000));
  }

  /** Runs `task` when a place is free; fails with `UnavailableError` when none frees up in time. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await task();
    } finally {
      this.leave();
    }
  }

  /** Tasks running and waiting now. */
  stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private enter(): Promise<void> {
    if (this.running < this.limits.concurrency && this.waiting.length === 0) {
      this.running++;
      return new Promise((resolve) => setImmediate(resolve));
    }
    if (this.waiting.length >= this.limits.maxWaiting) {
      return Promise.reject(new UnavailableError(`Too many ${this.what} waiting`, this.retryAfterSeconds));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new UnavailableError(`Waited too long for ${this.what}`, this.retryAfterSeconds));
        }, this.limits.maxWaitMs),
      };
      waiter.timer.unref();
      this.waiting.push(waiter);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    // The place goes straight to the first in line (`running` stays as it is), which starts in a later turn.
    clearTimeout(next.timer);
    setImmediate(next.start);
  }
}
