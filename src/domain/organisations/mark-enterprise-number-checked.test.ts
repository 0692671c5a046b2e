import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import {
  addUser,
  association,
  auditOf,
  contextOf,
  enterpriseNumberFrom,
  type UserActor,
} from '../../../test/factories.ts';
import { createOrganisation, getOrganisation, markEnterpriseNumberChecked, updateOrganisation } from './index.ts';

let database: TestDatabase;
let owner: UserActor;
let officer: UserActor;
beforeAll(async () => {
  database = await freshDatabase();
  owner = await addUser(database.db, { name: 'Lea Owner', email: 'lea@asbl.example' });
  officer = await addUser(database.db, { name: 'Omar Officer', email: 'omar@perspective.example', roles: ['officer'] });
});
afterAll(() => database.dispose());

describe("an officer's check of the enterprise number", () => {
  it('is refused to the organisation’s own owner, and recorded with its audit row for an officer', async () => {
    const created = await createOrganisation(
      contextOf(database.db, owner),
      association({ enterpriseNumber: enterpriseNumberFrom('04123456') }),
    );
    await expect(markEnterpriseNumberChecked(contextOf(database.db, owner), created.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const ctx = contextOf(database.db, officer);
    const checked = await markEnterpriseNumberChecked(ctx, created.id);
    expect(checked.enterpriseCheckedAt).not.toBeNull();
    const audit = await auditOf(database.db, ctx);
    expect(audit.map((r) => r.action)).toContain('organisation.check_enterprise_number');
  });

  it('is cleared when the owner changes the number', async () => {
    const created = await createOrganisation(
      contextOf(database.db, owner),
      association({ legalName: 'ASBL Deux', enterpriseNumber: enterpriseNumberFrom('04234567') }),
    );
    await markEnterpriseNumberChecked(contextOf(database.db, officer), created.id);
    await updateOrganisation(contextOf(database.db, owner), created.id, {
      enterpriseNumber: enterpriseNumberFrom('04345678'),
    });
    const after = await getOrganisation(contextOf(database.db, owner), created.id);
    expect(after.enterpriseCheckedAt).toBeNull();
  });
});
