import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { libraryRecords } from '../../db/schema/index.ts';
import { insertRecordRows, toRecord, valuesOf } from './rows.ts';
import { RecordInput } from './schemas.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

describe('bulk insert of records', () => {
  it('stores every column as a one-row insert would, and the database computes the search documents', async () => {
    const now = new Date('2026-11-28T10:00:00.000Z');
    const data = RecordInput.parse({
      type: 'report',
      title: 'Décrochage <b>scolaire</b> et "raccrochage"',
      translatedTitles: [{ lang: 'nl', title: 'Vroegtijdig schoolverlaten' }],
      authors: [
        { family: 'Bogaert', given: 'An', particle: 'van den' },
        { family: 'Observatoire bruxellois', organisation: true },
      ],
      year: 2019,
      languages: ['fr'],
      abstract: "L'absentéisme des élèves, d'une école à l'autre.",
      keywords: ['absentéisme', 'école'],
      categories: ['prevention'],
      doi: 'https://doi.org/10.1234/ABC',
      scope: ['brussels'],
    });
    await insertRecordRows(database.db, [
      { ...valuesOf(data), status: 'published', publishedAt: now, createdAt: now, updatedAt: now },
      { ...valuesOf({ ...data, title: 'Second' }), status: 'draft', publishedAt: null, createdAt: now, updatedAt: now },
    ]);
    const rows = await database.db.select().from(libraryRecords).where(eq(libraryRecords.createdAt, now));
    expect(rows).toHaveLength(2);
    const first = rows.find((r) => r.status === 'published');
    if (!first) throw new Error('published row missing');
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      views: _v,
      downloads: _d,
      status: _s,
      file,
      ...stored
    } = toRecord(first);
    expect(file).toBeNull();
    const expected = { ...data, doi: '10.1234/abc' };
    expect(stored).toEqual(expected);
    expect(first.authorNames).toEqual(valuesOf(data).authorNames);
    expect(first.matchKey).toBe(valuesOf(data).matchKey);
    expect(first.publishedAt?.toISOString()).toBe(now.toISOString());
    expect(String(first.search)).toContain("'absente");
    expect(String(first.searchHead)).toContain("'absente");
    expect(String(first.searchHead)).not.toContain('autr');
  });

  it('does nothing with no rows', async () => {
    await expect(insertRecordRows(database.db, [])).resolves.toBeUndefined();
  });
});
