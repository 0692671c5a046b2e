import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../core/context.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { toRecord } from './rows.ts';
import type { LibraryRecord } from './schemas.ts';

/** Records by id, in one query. */
export async function loadRecords(db: Db | Tx, ids: string[]): Promise<Map<string, LibraryRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(libraryRecords).where(inArray(libraryRecords.id, ids));
  return new Map(rows.map((r) => [r.id, toRecord(r)]));
}
