import { defineConfig } from 'vitest/config';

const unit = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'];

/**
 * The suite runs on the embedded PGlite database, and again on PostgreSQL when DATABASE_URL is set. Browser and
 * process tests (e2e/) run once, against a real server started from the CLI.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'pglite',
          include: unit,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.DATABASE_URL
        ? [
            {
              test: {
                name: 'postgres',
                include: unit,
                env: { TEST_DB: 'postgres' },
                testTimeout: 20_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
