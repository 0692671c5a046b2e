import { readinessOf } from '../src/cli/runtime.ts';
import { type Config, loadConfig } from '../src/core/config.ts';
import type { Context } from '../src/core/context.ts';
import { createLogger } from '../src/core/logger.ts';
import { createAuth } from '../src/domain/identity/auth.ts';
import { createApp } from '../src/http/app.tsx';
import { freshDatabase, type TestDatabase } from './db.ts';

/** A test configuration: the defaults, with any variable overridden. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    AUTH_SECRET: 'test-secret-test-secret-test-secret-42',
    ...env,
  });
}

/** The whole HTTP application on a fresh, prepared database, for `app.request()` tests. */
export async function testApp(env: Record<string, string> = {}) {
  const database: TestDatabase = await freshDatabase();
  const config = testConfig(env);
  const auth = createAuth({ db: database.db, config });
  const deps = {
    auth,
    db: database.db,
    config,
    logger: createLogger('silent'),
    readiness: readinessOf(database),
  };
  const app = createApp(deps);
  return { app, database, config, auth, deps };
}

/** A verb context for a visitor on the given database. */
export function visitorContext(database: TestDatabase, now = new Date('2026-01-15T10:00:00Z')): Context {
  return { actor: { kind: 'visitor' }, db: database.db, requestId: 'test', now };
}
