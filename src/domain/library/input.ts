import { inArray } from 'drizzle-orm';
import type { Tx } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { libraryCategories } from '../../db/schema/library.ts';
import { type RecordData, RecordInput } from './schemas.ts';

/** Validates a record; a refusal is a VALIDATION error naming each field (forms show them beside the fields). */
export function parseRecord(input: unknown): RecordData {
  const parsed = RecordInput.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError(
    'VALIDATION',
    'The record is not valid',
    parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'record'), message: i.message })),
  );
}

/** Every category must be one of the taxonomy's. */
export async function checkCategories(tx: Tx, categories: string[]): Promise<void> {
  if (categories.length === 0) return;
  const known = await tx
    .select({ code: libraryCategories.code })
    .from(libraryCategories)
    .where(inArray(libraryCategories.code, categories));
  const missing = categories.filter((c) => !known.some((k) => k.code === c));
  if (missing.length) {
    throw new DomainError('VALIDATION', 'Unknown category', [{ field: 'categories', message: missing.join(', ') }]);
  }
}
