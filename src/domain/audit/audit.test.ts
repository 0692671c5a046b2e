import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { systemActor } from '../../core/context.ts';
import { auditLog } from '../../db/schema/index.ts';
import { seedReferenceData } from '../reference/index.ts';
import { recordAudit } from './record-audit.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

describe('audit log', () => {
  it('records the reference data load with the system as actor', async () => {
    await seedReferenceData(database, { force: true });
    const rows = await database.db.select().from(auditLog).where(sql`${auditLog.action} = 'reference.seed'`);
    expect(rows.at(-1)).toMatchObject({ actor: 'system:seed', entityType: 'reference_data' });
    expect(rows.at(-1)?.changes).toMatchObject({ municipalities: 19 });
  });

  it('writes a row with the change it records, or none when the transaction fails', async () => {
    const ctx = { actor: systemActor('test'), db: database.db, requestId: 'req-1', now: new Date(), ip: '127.0.0.1' };
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, ctx, { action: 'user.disable', entityType: 'user', entityId: 'u-rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await database.db.transaction((tx) =>
      recordAudit(tx, ctx, { action: 'user.disable', entityType: 'user', entityId: 'u-kept' }),
    );
    const ids = (await database.db.select().from(auditLog)).map((r) => r.entityId);
    expect(ids).toContain('u-kept');
    expect(ids).not.toContain('u-rolled-back');
  });

  it('refuses to alter or delete a row, even with plain SQL', async () => {
    await expect(database.raw("UPDATE audit_log SET actor = 'someone else'")).rejects.toThrow(/cannot be changed/);
    await expect(database.raw('DELETE FROM audit_log')).rejects.toThrow(/cannot be changed/);
    await expect(database.raw('TRUNCATE audit_log')).rejects.toThrow(/cannot be changed/);
    expect((await database.db.select().from(auditLog)).length).toBeGreaterThan(0);
  });
});
