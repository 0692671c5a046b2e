import { sql } from 'drizzle-orm';
import type { Tx } from '../../core/context.ts';
import { libraryCategories, libraryRecords } from '../../db/schema/library.ts';
import type { LibraryRecordSeed } from '../../db/seed/reference/library.ts';
import { valuesOf } from './rows.ts';
import { RecordInput } from './schemas.ts';
import { refreshWordList } from './search-engine.ts';

/**
 * Loads the shipped categories and publications (inside the reference seed's transaction). Records are upserted by
 * their seed key: their bibliographic data follows the shipped file, while their status and counters stay as the
 * librarians left them. Seeded records are published when first created.
 */
export async function seedLibrary(
  tx: Tx,
  categories: { code: string; label: { fr: string; nl: string; en: string } }[],
  records: LibraryRecordSeed[],
  now: Date,
): Promise<void> {
  await tx
    .insert(libraryCategories)
    .values(categories.map((c, position) => ({ ...c, position })))
    .onConflictDoUpdate({
      target: libraryCategories.code,
      set: { label: sql`excluded.label`, position: sql`excluded.position` },
    });
  for (const { key, ...seed } of records) {
    const values = valuesOf(RecordInput.parse(seed));
    await tx
      .insert(libraryRecords)
      .values({ ...values, seedKey: key, status: 'published', publishedAt: now, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: libraryRecords.seedKey, set: { ...values, updatedAt: now } });
  }
  await refreshWordList(tx);
}
