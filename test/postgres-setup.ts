import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../src/db/index.ts';
import { seedReferenceData } from '../src/domain/reference/index.ts';
import { throwAwayPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

/**
 * Migrates and seeds one PostgreSQL database per run, then marks it as a template: each test file gets its own copy
 * with `CREATE DATABASE ... TEMPLATE` (a file copy on the server, well under a second) instead of migrating and
 * seeding again.
 */
export default async function setup(project: TestProject) {
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error('the postgres project needs DATABASE_URL');
  const template = await throwAwayPostgres(admin, 'accroche_template');
  const database = await openDatabase({ databaseUrl: template.url });
  try {
    await migrateDatabase(database, template.url);
    await seedReferenceData(database);
  } finally {
    await database.close();
  }
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`ALTER DATABASE ${template.name} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
  await client.end();
  project.provide('postgresTemplate', template.name);
  return async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`ALTER DATABASE ${template.name} WITH IS_TEMPLATE false`);
    await c.end();
    await template.drop();
  };
}
