import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { auditLog } from '../../db/schema/index.ts';
import { FileStore } from '../files/index.ts';
import { attachRecordFile } from './attach-record-file.ts';
import { createRecord } from './create-record.ts';
import { detachRecordFile } from './detach-record-file.ts';
import { getRecordFile } from './get-record-file.ts';

let database: TestDatabase;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-record-file-'));
const files = { store: new FileStore(root), maxBytes: 64 * 1024 };
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

const librarian = () => ({
  ...visitorContext(database),
  actor: { kind: 'user' as const, id: 'librarian-1', roles: ['librarian' as const], municipality: null },
});
const applicant = () => ({
  ...visitorContext(database),
  actor: { kind: 'user' as const, id: 'applicant-1', roles: [], municipality: null },
});

/** A zip holding its entries uncompressed, `mimetype` first, as EPUB and OpenDocument files are made. */
function zipOf(entries: [string, string][]): Uint8Array {
  return Buffer.concat(
    entries.map(([name, data]) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt32LE(Buffer.byteLength(data), 18);
      header.writeUInt32LE(Buffer.byteLength(data), 22);
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      return Buffer.concat([header, Buffer.from(name), Buffer.from(data)]);
    }),
  );
}
const epub = zipOf([
  ['mimetype', 'application/epub+zip'],
  ['META-INF/container.xml', '<container/>'],
]);
const spreadsheet = zipOf([
  ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['content.xml', '<x/>'],
]);
const fileAudit = async (id: string) =>
  (
    await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), like(auditLog.action, 'library_record.%_file')))
  ).map((r) => r.action);

describe('a record’s full text', () => {
  it('takes an EPUB read from its content, whatever its name, with an audit row', async () => {
    const record = await createRecord(librarian(), { type: 'book', title: 'Un livre numérique', status: 'published' });
    const attached = await attachRecordFile(librarian(), record.id, { fileName: 'livre.bin', content: epub }, files);
    expect(attached.file).toMatchObject({ name: 'livre.epub', mime: 'application/epub+zip', size: epub.byteLength });
    expect(await fileAudit(record.id)).toEqual(['library_record.attach_file']);
    const { file } = await getRecordFile(visitorContext(database), record.id, files.store);
    expect(file?.content.equals(Buffer.from(epub))).toBe(true);
  });

  it('refuses a kind of file the library does not hold, an empty one and one over the limit', async () => {
    const record = await createRecord(librarian(), { type: 'report', title: 'Un tableur refusé' });
    const tries = [spreadsheet, new Uint8Array(), Buffer.concat([Buffer.from(epub), Buffer.alloc(files.maxBytes)])].map(
      (content) => attachRecordFile(librarian(), record.id, { fileName: 'x.epub', content }, files),
    );
    await expect(tries[0]).rejects.toMatchObject({ code: 'VALIDATION', reason: 'wrongType' });
    await expect(tries[1]).rejects.toMatchObject({ code: 'VALIDATION', reason: 'fileRequired' });
    await expect(tries[2]).rejects.toMatchObject({ code: 'VALIDATION', reason: 'tooLarge' });
    expect(await fileAudit(record.id)).toEqual([]);
  });

  it('is attached and removed by curators only, and a restricted one is given to curators only', async () => {
    const record = await createRecord(librarian(), {
      type: 'thesis',
      title: 'Une thèse réservée',
      access: 'restricted',
      status: 'published',
    });
    const upload = { fileName: 'these.epub', content: epub };
    await expect(attachRecordFile(applicant(), record.id, upload, files)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attachRecordFile(visitorContext(database), record.id, upload, files)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await attachRecordFile(librarian(), record.id, upload, files);
    await expect(getRecordFile(applicant(), record.id, files.store)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getRecordFile(librarian(), record.id, files.store)).file?.info.name).toBe('these.epub');
    await expect(detachRecordFile(applicant(), record.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const detached = await detachRecordFile(librarian(), record.id);
    expect(detached.file).toBeNull();
    expect(await fileAudit(record.id)).toEqual(['library_record.attach_file', 'library_record.detach_file']);
  });
});
