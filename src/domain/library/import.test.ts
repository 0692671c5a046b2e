import fs from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { DomainError } from '../../core/errors.ts';
import { auditLog, libraryRecords } from '../../db/schema/index.ts';
import { importRecords } from './import-records.ts';

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
const records = async () => (await database.db.select({ n: count() }).from(libraryRecords))[0]?.n ?? 0;

describe('library import', () => {
  it('refuses visitors', async () => {
    await expect(importRecords(visitorContext(database), sample())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('previews a BibTeX file: LaTeX accents, @string macros, duplicates and the broken entry, with lines', async () => {
    const report = await importRecords(librarian(), sample(), { dryRun: true });
    expect(report.format).toBe('bibtex');
    expect(report.created.map((l) => [l.line, l.title])).toEqual([
      [5, 'Le décrochage scolaire à Bruxelles : un état des lieux'],
      [16, 'Schoolverzuim in het Brussels Nederlandstalig onderwijs'],
      [24, 'Raccrocher les élèves : guide pour les équipes'],
    ]);
    expect(report.skipped.map((l) => [l.line, l.reason])).toEqual([
      [31, 'duplicate of line 5'],
      [39, 'duplicate of line 24'],
    ]);
    expect(report.rejected.map((l) => l.line)).toEqual([45]);
    expect(report.written).toBe(false);
  });

  it('writes nothing when an entry is invalid, unless asked to skip it', async () => {
    const before = await records();
    const refused = await importRecords(librarian(), sample()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fields[0]?.field).toBe('line 45');
    expect(await records()).toBe(before);
    const report = await importRecords(librarian(), sample(), { skipInvalid: true, publish: true });
    expect(report.created.length).toBe(3);
    expect(await records()).toBe(before + 3);
    const [row] = await database.db
      .select()
      .from(libraryRecords)
      .where(eq(libraryRecords.doi, '10.9999/accroche.2019.001'));
    expect(row?.authors[1]).toEqual({ family: 'Berg', particle: 'van den', given: 'Anna' });
    expect(row?.categories).toEqual(['prevention']);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, 'library_record.import'));
    expect(audits.length).toBe(1);
    // A second import finds every entry already there.
    const again = await importRecords(librarian(), sample(), { dryRun: true });
    expect(again.created).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'already in the library').length).toBe(3);
  });

  it('reads Windows-1252 files, RIS, CSL-JSON and CSV', async () => {
    const latin = new Uint8Array(
      Buffer.from('@book{x, author = {Lefèvre, Zoé}, title = {Élèves et décrochage en 1999}, year = 1999}\n', 'latin1'),
    );
    const fromLatin = await importRecords(librarian(), latin, { dryRun: true });
    expect(fromLatin.encoding).toBe('windows-1252');
    expect(fromLatin.created[0]?.title).toBe('Élèves et décrochage en 1999');
    const ris = 'TY  - RPRT\nAU  - Janssens, Mia\nTI  - Spijbelen in Brussel\nPY  - 2020\nLA  - nl\nER  - \n';
    const fromRis = await importRecords(librarian(), new TextEncoder().encode(ris), { dryRun: true });
    expect(fromRis).toMatchObject({ format: 'ris', created: [{ line: 1, title: 'Spijbelen in Brussel' }] });
    const json = JSON.stringify(
      [{ type: 'book', title: 'Un livre', issued: { 'date-parts': [[2001]] } }, { type: 'book' }],
      null,
      1,
    );
    const fromJson = await importRecords(librarian(), new TextEncoder().encode(json), { dryRun: true });
    expect(fromJson.created.map((c) => c.line)).toEqual([2]);
    expect(fromJson.rejected.map((c) => c.line)).toEqual([13]);
    const csv =
      'title;authors;year;languages\n"Un titre; avec point-virgule";"Dupont, Jean; Peeters, An";2015;fr\n;;;\n';
    const fromCsv = await importRecords(librarian(), new TextEncoder().encode(csv), { dryRun: true });
    expect(fromCsv).toMatchObject({ format: 'csv', created: [{ line: 2, title: 'Un titre; avec point-virgule' }] });
  });
});
