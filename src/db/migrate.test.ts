import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../test/db.ts';
import { migrateDatabase, migrationStatus } from './migrate.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase({ prepared: false });
});
afterAll(() => database.dispose());

describe('migrations', () => {
  it('reports every migration pending on an empty database, none after migrating', async () => {
    const before = await migrationStatus(database);
    expect(before.current).toBe(false);
    expect(before.pending.length).toBe(before.shipped);
    await migrateDatabase(database, database.url);
    const after = await migrationStatus(database);
    expect(after).toMatchObject({ current: true, pending: [], applied: after.shipped });
    const ext = await database.raw("SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')");
    expect(ext.map((r) => r.extname).sort()).toEqual(['pg_trgm', 'unaccent']);
  });

  it('migrating twice changes nothing', async () => {
    await migrateDatabase(database, database.url);
    expect((await migrationStatus(database)).current).toBe(true);
  });
});
