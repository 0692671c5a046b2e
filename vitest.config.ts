import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { unitTestFiles } from './test/test-files.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { withDatabase, withoutDatabase } = unitTestFiles(root);

/** How many test files run at once. Measured on 2 cores (see docs/architecture.md, "The test suite"). */
const workers = Number(process.env.TEST_WORKERS) || 2;

/**
 * Four projects. `unit`: the tests that need no database (pure functions, formats, i18n), once. `pglite`: the tests
 * that need one, each file on its own copy of a database migrated and seeded once per run. `postgres`: the same
 * files again on PostgreSQL when DATABASE_URL is set, each on its own database made from a template. `e2e`: browser
 * and process tests against a real server started from the CLI.
 */
/*
 * The three database-free or in-process projects run with `isolate: false`: the files one worker runs share the
 * modules it has loaded (the application, the domain, the libraries) instead of loading them again per file; each
 * file still opens its own database. Measured on the library area: 74 s of CPU with isolation, 40 s without.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    maxWorkers: workers,
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: withoutDatabase,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'pglite',
          isolate: false,
          include: withDatabase,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.DATABASE_URL
        ? [
            {
              test: {
                name: 'postgres',
                isolate: false,
                include: withDatabase,
                env: { TEST_DB: 'postgres' },
                globalSetup: ['./test/postgres-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          // Generous: a busy machine is slow, and a timeout only bounds a test that fails anyway.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // In the same pool as the other projects, so a browser file waiting on its server or on Chromium leaves
          // the other worker to an in-process file: each file has its own server on its own copy of the seeded
          // folder, and its own contexts of the one Chromium. Workers are kept between files (playwright, axe and
          // the helpers load once per worker, not once per file).
          fileParallelism: true,
          isolate: false,
        },
      },
    ],
  },
});
