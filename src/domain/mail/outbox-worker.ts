import type { Logger } from '../../core/logger.ts';
import type { Db } from '../../db/client.ts';
import { dispatchOutbox } from './dispatch-outbox.ts';
import type { Mailer } from './mailer.ts';

/** A running outbox worker. */
export interface OutboxWorker {
  /** Dispatches soon, e.g. right after a commit that enqueued mail, instead of waiting for the next interval. */
  kick(): void;
  /** Stops the timer and waits for a dispatch in flight to finish. */
  stop(): Promise<void>;
}

export interface OutboxWorkerOptions {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  /** Time between dispatches when nobody kicks; it also bounds the delay of retries. */
  intervalMs?: number;
  batch?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

/**
 * Sends the outbox in the background: once at start (mail left by a previous run), then every `intervalMs` and
 * whenever kicked. Runs never overlap: a kick during a run makes one more run right after it. A failing run is
 * logged and the worker carries on.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, mailer, logger, intervalMs = 5000, batch = 20, now = () => new Date() } = options;
  let stopped = false;
  let again = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
    // The worker alone must not keep the process alive: the server (or a test) decides when it ends.
    timer.unref();
  };

  async function cycle() {
    do {
      again = false;
      try {
        const result = await dispatchOutbox(db, mailer, now(), { batch, logger });
        const handled = result.sent + result.logged + result.retrying + result.failed;
        if (handled > 0) logger.info({ mail: result }, 'outbox dispatched');
        // A full batch means more may be due: go on rather than wait for the interval.
        if (handled >= batch) again = true;
      } catch (error) {
        logger.error({ err: error }, 'outbox dispatch failed');
      }
    } while (again && !stopped);
  }

  function run() {
    timer = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = cycle().finally(() => {
      running = undefined;
      if (!stopped) schedule(intervalMs);
    });
  }

  schedule(0);
  return {
    kick() {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
