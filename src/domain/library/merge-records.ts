import { type RecordData, RecordInput } from './schemas.ts';

/** The fields an imported entry carries, in the order the merge screen shows them. */
export const mergeFields = [
  'type',
  'title',
  'authors',
  'year',
  'languages',
  'abstract',
  'keywords',
  'categories',
  'publisher',
  'place',
  'journal',
  'volume',
  'issue',
  'pages',
  'doi',
  'isbn',
  'issn',
  'url',
] as const satisfies readonly (keyof RecordData)[];
export type MergeField = (typeof mergeFields)[number];

/** Lists whose values may be united (authors are an ordered list, so they are taken from one side). */
export const unitableFields = ['languages', 'keywords', 'categories'] as const satisfies readonly MergeField[];
const unitable = new Set<MergeField>(unitableFields);

export type FieldChoice = 'existing' | 'incoming' | 'union';

/** What the librarian decided for one entry that matches a record already in the library. */
export type DuplicateDecision =
  | { action: 'skip' }
  | { action: 'replace'; seen?: string }
  | { action: 'merge'; fields: Partial<Record<MergeField, FieldChoice>>; seen?: string };

/** JSON with object keys sorted, so that two equal values written in another key order compare equal. */
const canonical = (v: unknown): string =>
  JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The fields on which an incoming entry differs from the record it matches. */
export function differingFields(existing: RecordData, incoming: RecordData): MergeField[] {
  return mergeFields.filter((f) => !same(existing[f], incoming[f]));
}

/** Whether a field's lists may be united. */
export const canUnite = (field: MergeField) => unitable.has(field);

/**
 * The choice the merge screen proposes for a differing field: the union for lists, the incoming value where the
 * record has none, else the record's own value (the librarian's earlier work wins unless they choose otherwise).
 */
export function proposedChoice(field: MergeField, existing: RecordData): FieldChoice {
  if (unitable.has(field)) return 'union';
  return empty(existing[field]) ? 'incoming' : 'existing';
}

function unite(a: string[], b: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of [...a, ...b]) {
    const key = v.trim().toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

/**
 * The record that a decision makes of a record and a matching entry, or `null` when the entry is skipped.
 * Replace takes every imported field from the entry; merge takes each field from the side chosen (the record's
 * by default), uniting lists when asked. Fields an import never carries (file, access, licence, scope, note,
 * translated titles, date) are always kept. The result is validated again (a union may pass a list's limit).
 */
export function mergeRecord(
  existing: RecordData,
  incoming: RecordData,
  decision: DuplicateDecision,
): RecordData | null {
  if (decision.action === 'skip') return null;
  const merged: Record<string, unknown> = { ...existing };
  for (const field of mergeFields) {
    const choice: FieldChoice = decision.action === 'replace' ? 'incoming' : (decision.fields[field] ?? 'existing');
    if (choice === 'incoming') merged[field] = incoming[field];
    else if (choice === 'union' && unitable.has(field)) {
      merged[field] = unite(existing[field] as string[], incoming[field] as string[]);
    }
  }
  const max = { languages: 7, keywords: 100, categories: 20 } as const;
  for (const f of unitableFields) merged[f] = (merged[f] as string[]).slice(0, max[f]);
  return RecordInput.parse(merged);
}
