import type { Server } from 'node:http';
import path from 'node:path';
import { serve as serveNode } from '@hono/node-server';
import type { Config } from '../core/config.ts';
import type { Logger } from '../core/logger.ts';
import type { Database } from '../db/index.ts';
import { openConfigured, prepare, readinessOf } from './runtime.ts';

/** Starts the web server; resolves once it listens. SIGTERM and SIGINT stop it gracefully. */
export async function serve(config: Config, logger: Logger): Promise<{ stop: () => Promise<void>; port: number }> {
  const started = performance.now();
  // The database opens (PGlite compiles its WebAssembly off the main thread) while the web layer loads.
  const opening = openConfigured(config);
  const web = import('../http/app.tsx').catch((error: unknown) => error as Error);
  const database = await opening;
  const opened = performance.now();
  // Until it listens, a failure closes the database (and with it the data folder's lock) before it is reported.
  let seeded: Awaited<ReturnType<typeof prepare>>;
  let loaded: Awaited<typeof web>;
  try {
    seeded = await prepare(database, config);
    loaded = await web;
    if (loaded instanceof Error) throw loaded;
    await recoverInterruptedWork(database, config, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  const { lazyAuth } = await import('../domain/identity/index.ts');
  const { createMailer, startOutboxWorker } = await import('../domain/mail/index.ts');
  const mailer = createMailer(config, logger);
  const outbox = startOutboxWorker({ db: database.db, mailer, logger });
  // Reminders before calls close: at start and every 15 minutes; what was sent is kept in the database.
  const { startReminderJob } = await import('../domain/applications/index.ts');
  const reminders = startReminderJob(database.db, logger, { baseUrl: config.baseUrl, mailQueued: () => outbox.kick() });
  const auth = lazyAuth({ db: database.db, config, mailQueued: () => outbox.kick() });
  if (config.env === 'development') {
    const { ensureDemoAccounts } = await import('./demo.ts');
    await ensureDemoAccounts(database.db, auth, logger, config.dataDir);
  }
  // One upload store for the whole application (applications, calls' documents, the library's full texts).
  const { FileStore } = await import('../domain/files/index.ts');
  const app = loaded.createApp({
    auth,
    files: new FileStore(path.join(config.dataDir, 'uploads')),
    mailQueued: () => outbox.kick(),
    db: database.db,
    config,
    logger,
    readiness: readinessOf(database),
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serveNode({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s as Server));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    {
      url: `http://localhost:${port}`,
      engine: database.engine,
      database: database.location,
      referenceData: seeded.applied ? `loaded ${seeded.version}` : `current ${seeded.version}`,
      startupMs: Math.round(performance.now() - started),
      databaseOpenMs: Math.round(opened - started),
    },
    `Accroche is listening on http://localhost:${port}`,
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down: no new connections, draining requests in flight');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        logger.warn('drain timed out: closing remaining connections');
        server.closeAllConnections();
      }, config.shutdownTimeoutMs);
      await closed;
      clearTimeout(timer);
      await reminders.stop();
      await outbox.stop();
      await mailer.close();
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { stop, port };
}

/**
 * Tells other processes on the same PostgreSQL that this one lives (`core/boot.ts`), then settles the library
 * imports that a process that is gone left `running`: done when their transaction committed, else ready again
 * and marked interrupted (nothing was written, the import being one transaction).
 */
async function recoverInterruptedWork(database: Database, config: Config, logger: Logger): Promise<void> {
  const [{ bootId }, { importSessionsOf, recoverImportSessions }] = await Promise.all([
    import('../core/boot.ts'),
    import('../domain/library/index.ts'),
  ]);
  await database.holdProcessLock(bootId);
  const imports = await recoverImportSessions(database.db, importSessionsOf(config.dataDir));
  if (imports.finished || imports.interrupted) {
    logger.warn({ boot: bootId, ...imports }, 'library imports left running by a stopped process were settled');
  }
}
