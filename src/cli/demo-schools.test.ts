import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../test/db.ts';
import { createLogger } from '../core/logger.ts';
import { schools } from '../db/schema/index.ts';
import { ensureDemoSchools } from './demo-schools.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

it('imports the demo schools once, into an empty registry, each marked as demo', async () => {
  const logger = createLogger('silent');
  await ensureDemoSchools(database.db, logger);
  await ensureDemoSchools(database.db, logger);
  const rows = await database.db.select().from(schools);
  expect(rows).toHaveLength(7);
  expect(rows.every((s) => /\((démo|demo)\)$/.test(s.name))).toBe(true);
});
