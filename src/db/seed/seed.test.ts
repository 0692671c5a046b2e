import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { migrateDatabase, migrationStatus } from '../migrate.ts';
import { municipalities } from '../schema/index.ts';
import { referenceVersion, seedReferenceData } from './index.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase({ prepared: false });
});
afterAll(() => database.dispose());

describe('migrations and reference data', () => {
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

  it('loads the reference data once, and again only when forced', async () => {
    const first = await seedReferenceData(database);
    expect(first).toMatchObject({ applied: true, version: referenceVersion });
    expect(first.counts.municipalities).toBe(19);
    const second = await seedReferenceData(database);
    expect(second.applied).toBe(false);
    const rows = await database.db.select().from(municipalities);
    expect(rows).toHaveLength(19);
  });

  it('restores altered reference rows when forced, without duplicating any', async () => {
    await database.db.update(municipalities).set({ nameFr: 'Altered' }).where(eq(municipalities.nisCode, '21009'));
    const result = await seedReferenceData(database, { force: true });
    expect(result.applied).toBe(true);
    const [ixelles] = await database.db.select().from(municipalities).where(eq(municipalities.nisCode, '21009'));
    expect(ixelles?.nameFr).toBe('Ixelles');
    expect(await database.db.select().from(municipalities)).toHaveLength(19);
  });
});
