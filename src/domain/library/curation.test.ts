import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorContext } from '../../../test/app.ts';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { auditLog } from '../../db/schema/index.ts';
import { createRecord } from './create-record.ts';
import { listRecordsForCuration } from './list-records.ts';
import { setRecordStatus } from './set-record-status.ts';
import { updateRecord } from './update-record.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

// Later than the seed's records, whenever the test runs.
const at = (minute: number) => new Date(Date.UTC(2099, 0, 1, 9, minute));
const librarian = (now = at(0)) => ({
  ...visitorContext(database, now),
  actor: { kind: 'user' as const, id: 'librarian-1', roles: ['librarian' as const], municipality: null },
});
const applicant = () => ({
  ...visitorContext(database),
  actor: { kind: 'user' as const, id: 'applicant-1', roles: [], municipality: null },
});
const updates = async (id: string) =>
  (
    await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'library_record.update')))
  ).length;

describe('library curation verbs', () => {
  it('lists drafts and published records for curators only, narrowed by status and text', async () => {
    const draft = await createRecord(librarian(at(1)), { type: 'guide', title: 'Le carnet des médiateurs scolaires' });
    await expect(listRecordsForCuration(visitorContext(database), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listRecordsForCuration(applicant(), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const all = await listRecordsForCuration(librarian(), {});
    expect(all.records[0]?.id).toBe(draft.id);
    expect(all.total).toBeGreaterThan(1);
    const drafts = await listRecordsForCuration(librarian(), { status: 'draft' });
    expect(drafts.records.every((r) => r.status === 'draft')).toBe(true);
    expect(drafts.records.map((r) => r.id)).toContain(draft.id);
    const piece = await listRecordsForCuration(librarian(), { q: 'carnet des média' });
    expect(piece.records.map((r) => r.id)).toEqual([draft.id]);
    expect((await listRecordsForCuration(librarian(), { q: 'médiateurs', status: 'published' })).total).toBe(0);
    const second = await listRecordsForCuration(librarian(), { page: 2 });
    expect(second.page).toBe(2);
    expect(second.records.length).toBe(Math.max(0, Math.min(50, all.total - 50)));
  });

  it('refuses an update from someone who does not curate', async () => {
    const record = await createRecord(librarian(), { type: 'report', title: 'Un rapport à protéger' });
    await expect(updateRecord(applicant(), record.id, { type: 'report', title: 'Pris' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await updates(record.id)).toBe(0);
  });

  it('refuses a save based on an older version, and writes nothing', async () => {
    const record = await createRecord(librarian(at(2)), { type: 'report', title: 'Version une' });
    const opened = record.updatedAt;
    await updateRecord(
      librarian(at(3)),
      record.id,
      { type: 'report', title: 'Version deux' },
      {
        expectedUpdatedAt: opened,
      },
    );
    expect(await updates(record.id)).toBe(1);
    await expect(
      updateRecord(
        librarian(at(4)),
        record.id,
        { type: 'report', title: 'Version trois' },
        { expectedUpdatedAt: opened },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await updates(record.id)).toBe(1);
    // Publishing changes the version too: an editor opened before it must look again.
    const current = await setRecordStatus(librarian(at(5)), record.id, 'published');
    await expect(
      updateRecord(
        librarian(at(6)),
        record.id,
        { type: 'report', title: 'Version trois' },
        {
          expectedUpdatedAt: at(3).toISOString(),
        },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const saved = await updateRecord(
      librarian(at(7)),
      record.id,
      { type: 'report', title: 'Version trois' },
      {
        expectedUpdatedAt: current.updatedAt,
      },
    );
    expect(saved.title).toBe('Version trois');
  });

  it('does not count the stored order of an author’s fields as a change', async () => {
    const authors = [
      { family: 'Berg', given: 'Jan', particle: 'van den' },
      { family: 'UNESCO', organisation: true },
    ];
    const record = await createRecord(librarian(), { type: 'book', title: 'Auteurs en ordre', authors });
    const again = await updateRecord(librarian(at(9)), record.id, { type: 'book', title: 'Auteurs en ordre', authors });
    expect(again.updatedAt).toBe(record.updatedAt);
    expect(await updates(record.id)).toBe(0);
  });
});
