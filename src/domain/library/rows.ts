import { getTableColumns, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../core/context.ts';
import { libraryRecords } from '../../db/schema/library.ts';
import { authorName, authorSortKey, matchKeyOf, normaliseDoi, titleSortKey } from './names.ts';
import type { LibraryRecord, RecordData, RecordFileMime } from './schemas.ts';

export type RecordRow = typeof libraryRecords.$inferSelect;
export type RecordValues = Omit<typeof libraryRecords.$inferInsert, 'id' | 'search'>;

/** The stored columns of a record: its data plus the keys derived from it (names, sort keys, match key). */
export function valuesOf(data: RecordData): RecordValues {
  return {
    ...data,
    doi: normaliseDoi(data.doi) ?? data.doi,
    authorNames: data.authors.map(authorName),
    authorSort: data.authors[0] ? authorSortKey(data.authors[0]) : '',
    titleSort: titleSortKey(data.title),
    matchKey: matchKeyOf(data.title, data.year, data.authors),
  };
}

/** A stored record as the domain gives it out. */
export function toRecord(row: RecordRow): LibraryRecord {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    translatedTitles: row.translatedTitles,
    authors: row.authors,
    year: row.year,
    date: row.date,
    languages: row.languages,
    abstract: row.abstract,
    keywords: row.keywords,
    categories: row.categories,
    publisher: row.publisher,
    place: row.place,
    journal: row.journal,
    volume: row.volume,
    issue: row.issue,
    pages: row.pages,
    doi: row.doi,
    isbn: row.isbn,
    issn: row.issn,
    url: row.url,
    fileUrl: row.fileUrl,
    file:
      row.fileSha256 && row.fileName && row.fileMime && row.fileSize !== null
        ? { name: row.fileName, mime: row.fileMime as RecordFileMime, size: row.fileSize, sha256: row.fileSha256 }
        : null,
    access: row.access,
    licence: row.licence,
    scope: row.scope,
    note: row.note,
    status: row.status,
    views: row.views,
    downloads: row.downloads,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The data of a stored record, for editing. */
export function dataOfRecord(r: LibraryRecord): RecordData {
  const { id: _i, status: _s, views: _v, downloads: _d, createdAt: _c, updatedAt: _u, file: _f, ...data } = r;
  return data as RecordData;
}

/** A new record's row as inserted in bulk: its values, status and dates (the id comes from the database). */
export type NewRecordRow = RecordValues & {
  status: 'draft' | 'published';
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

const columnNames = Object.fromEntries(
  Object.entries(getTableColumns(libraryRecords)).map(([key, column]) => [key, column.name]),
);

/**
 * Inserts many records in one statement whose only parameter is a JSON array of the rows, read back by
 * `jsonb_populate_recordset`. Building a multi-row INSERT with one parameter per value costs far more than
 * the database's own work on large imports (tens of thousands of parameters per statement); one JSON text does not.
 */
export async function insertRecordRows(tx: Db | Tx, rows: NewRecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter(
    (key) => key in columnNames && rows.some((row) => (row as Record<string, unknown>)[key] !== undefined),
  );
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(keys.map((key) => [columnNames[key], (row as Record<string, unknown>)[key]]))),
  );
  const columns = sql.raw(keys.map((key) => `"${columnNames[key]}"`).join(', '));
  await tx.execute(
    sql`INSERT INTO library_records (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::library_records, ${json}::jsonb)`,
  );
}
