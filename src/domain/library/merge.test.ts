import fs from 'node:fs';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { auditLog, libraryRecords } from '../../db/schema/index.ts';
import { analyseImport } from './import-plan.ts';
import { importRecords } from './import-records.ts';
import { differingFields, mergeRecord, proposedChoice } from './merge-records.ts';
import { RecordInput } from './schemas.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

const librarian = () => ({
  ...visitorContext(database),
  actor: { kind: 'user' as const, id: 'librarian-1', roles: ['librarian' as const], municipality: null },
});
const sample = () =>
  new Uint8Array(fs.readFileSync(new URL('../../../test/fixtures/library-sample.bib', import.meta.url)));
const audits = async (action: string) =>
  (await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)))[0]?.n ?? 0;

const record = (over: Partial<RecordInput>) => RecordInput.parse({ type: 'report', title: 'Un rapport', ...over });

describe('merging a duplicate', () => {
  const existing = record({
    title: 'Le décrochage',
    year: 2019,
    keywords: ['décrochage', 'Prévention'],
    categories: ['prevention'],
    publisher: null,
    note: 'Note de la bibliothécaire',
  });
  const incoming = record({
    title: 'Le décrochage scolaire',
    year: 2019,
    keywords: ['prévention', 'absentéisme'],
    categories: ['research'],
    publisher: 'Éditions du Midi',
  });

  it('lists the fields that differ, and proposes the union for lists and the incoming value for empty fields', () => {
    expect(differingFields(existing, incoming)).toEqual(['title', 'keywords', 'categories', 'publisher']);
    expect(proposedChoice('keywords', existing)).toBe('union');
    expect(proposedChoice('publisher', existing)).toBe('incoming');
    expect(proposedChoice('title', existing)).toBe('existing');
  });

  it('skips, replaces, or merges field by field with lists united without repeats', () => {
    expect(mergeRecord(existing, incoming, { action: 'skip' })).toBeNull();
    const replaced = mergeRecord(existing, incoming, { action: 'replace' });
    expect(replaced).toMatchObject({ title: 'Le décrochage scolaire', keywords: ['prévention', 'absentéisme'] });
    // Fields an import never carries stay as the librarian wrote them.
    expect(replaced?.note).toBe('Note de la bibliothécaire');
    const merged = mergeRecord(existing, incoming, {
      action: 'merge',
      fields: { keywords: 'union', categories: 'incoming', publisher: 'incoming' },
    });
    expect(merged).toMatchObject({
      title: 'Le décrochage',
      keywords: ['décrochage', 'Prévention', 'absentéisme'],
      categories: ['research'],
      publisher: 'Éditions du Midi',
      note: 'Note de la bibliothécaire',
    });
  });

  it('keeps a united list within its limit', () => {
    const many = (p: string) => Array.from({ length: 80 }, (_, i) => `${p}${i}`);
    const merged = mergeRecord(record({ keywords: many('a') }), record({ keywords: many('b') }), {
      action: 'merge',
      fields: { keywords: 'union' },
    });
    expect(merged?.keywords.length).toBe(100);
  });
});

describe('an import with decisions', () => {
  it('applies skip, replace and merge per line, with an audit row for each record changed', async () => {
    const first = await importRecords(librarian(), sample(), { skipInvalid: true });
    expect(first.created.length).toBe(3);
    const changed = new TextEncoder().encode(
      `@book{martin2018,
  author = {Martin, {\\'E}lise},
  title = {Raccrocher les {\\'e}l{\\'e}ves : guide pour les {\\'e}quipes},
  publisher = {Autre {\\'e}diteur},
  year = {2018},
  keywords = {guide; pr{\\'e}vention}
}

@article{dupont2019,
  author = {Dupont, Fran{\\c c}ois},
  title = {Le d{\\'e}crochage scolaire {\\\`a} Bruxelles : un {\\'e}tat des lieux},
  year = {2019},
  volume = {13},
  doi = {10.9999/accroche.2019.001},
  keywords = {d{\\'e}crochage scolaire; absent{\\'e}isme}
}

@techreport{peeters2021,
  author = {Peeters, Lies and De Smet, Koen},
  title = {Schoolverzuim in het Brussels Nederlandstalig onderwijs},
  year = {2021},
  note = {ignored}
}
`,
    );
    const plan = await analyseImport(librarian(), changed);
    expect(plan.duplicates.map((d) => [d.line, d.by])).toEqual([
      [1, 'title'],
      [9, 'doi'],
      [18, 'title'],
    ]);
    const dupont = plan.duplicates[1];
    const phases = new Set<string>();
    const report = await importRecords(librarian(), changed, {
      onProgress: (done, total, phase) => {
        expect(done).toBeLessThanOrEqual(total);
        phases.add(phase);
      },
      decisions: {
        1: { action: 'replace' },
        9: { action: 'merge', fields: { keywords: 'union', volume: 'incoming' }, seen: dupont?.existing.updatedAt },
        18: { action: 'skip' },
      },
    });
    expect([...phases]).toEqual(['read', 'write']);
    expect(report.updated.map((l) => l.line)).toEqual([1]);
    expect(report.merged.map((l) => [l.line, l.reason])).toEqual([[9, 'keywords, volume']]);
    expect(report.skipped.map((l) => [l.line, l.reason])).toEqual([[18, 'already in the library']]);
    const [row] = await database.db
      .select()
      .from(libraryRecords)
      .where(eq(libraryRecords.doi, '10.9999/accroche.2019.001'));
    expect(row?.volume).toBe('13');
    expect(row?.keywords).toEqual(['décrochage scolaire', 'prévention', 'absentéisme']);
    expect(row?.authors.length).toBe(2);
    expect(await audits('library_record.merge')).toBe(1);
    expect(await audits('library_record.update')).toBe(1);
  });

  it('writes nothing, audit included, when a record changed since the preview', async () => {
    const extra = new TextEncoder().encode(
      '@book{new1, author = {Nouveau, Nom}, title = {Un livre tout neuf}, year = 2024}\n\n' +
        "@book{martin2018, author = {Martin, {\\'E}lise}, title = {Raccrocher les {\\'e}l{\\'e}ves : guide pour les {\\'e}quipes}, year = {2018}, volume = {9}}\n",
    );
    const plan = await analyseImport(librarian(), extra);
    expect(plan.fresh.length).toBe(1);
    const [dup] = plan.duplicates;
    const imports = await audits('library_record.import');
    const updates = await audits('library_record.update');
    const outcome = await importRecords(librarian(), extra, {
      decisions: { [dup?.line ?? 0]: { action: 'replace', seen: '2000-01-01T00:00:00.000Z' } },
    }).catch((e: unknown) => e);
    expect(outcome).toMatchObject({ code: 'CONFLICT' });
    const created = await database.db
      .select()
      .from(libraryRecords)
      .where(inArray(libraryRecords.title, ['Un livre tout neuf']));
    expect(created).toEqual([]);
    expect(await audits('library_record.import')).toBe(imports);
    expect(await audits('library_record.update')).toBe(updates);
  });
});
