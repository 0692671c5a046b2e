import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { municipalities } from '../../db/schema/index.ts';
import { referenceVersion, seedReferenceData } from './index.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase({ prepared: false });
  await migrateDatabase(database, database.url);
});
afterAll(() => database.dispose());

describe('reference data', () => {
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
