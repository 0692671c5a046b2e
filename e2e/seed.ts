/**
 * Rows written straight into a data folder before a server starts on it, with the domain's own verbs where the
 * tests' factories have them: an officer of the School Service, a call open now with applications in every
 * screening state. The browser tests use a handful; `npm run bench` a thousand (bench/applications.ts).
 */
import { openConfigured, prepare } from '../src/cli/runtime.ts';
import { type Config, loadConfig } from '../src/core/config.ts';
import { type Db, systemActor } from '../src/core/context.ts';
import { organisationMembers, organisations } from '../src/db/schema/index.ts';
import type { BudgetAnswer, BudgetCategory } from '../src/domain/forms/definition.ts';
import { createAuth } from '../src/domain/identity/auth.ts';
import { createAccount } from '../src/domain/identity/create-account.ts';
import { addUser, anApplication, aPublishedCall, enterpriseNumberFrom } from '../test/factories.ts';

/** The officer `addOfficer` creates (sign in with `signInTurningOnTwoFactor` of e2e/http-client.ts). */
export const officer = { email: 'officer@e2e.example.be', password: 'a long officer passphrase' };

/** Opens the folder's database (migrated and seeded if it is not yet), hands it to `work`, and closes it. */
export async function withDataDir<T>(
  dataDir: string,
  work: (db: Db, config: Config) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const database = await openConfigured(config);
  try {
    await prepare(database, config);
    return await work(database.db, config);
  } finally {
    await database.close();
  }
}

/** An officer of the School Service, without two-step verification yet (their first sign-in turns it on). */
export async function addOfficer(db: Db, config: Config): Promise<void> {
  const ctx = { actor: systemActor('e2e'), db, requestId: 'e2e', now: new Date() };
  await createAccount(ctx, createAuth({ db, config }), { ...officer, name: 'Officer', lang: 'fr', roles: ['officer'] });
}

const municipalities = Array.from({ length: 19 }, (_, i) => String(21001 + i));

/** A budget over 2027-2029 that varies from one application to the next, as real ones do (cents). */
function budgetFor(i: number): BudgetAnswer {
  const spread = (base: number) => Math.round(base * (0.6 + ((i * 37) % 80) / 100));
  const years = ['2027', '2028', '2029'];
  const line = (category: BudgetCategory, label: string, yearly: number) => ({
    category,
    label,
    amounts: Object.fromEntries(years.map((y) => [y, String(spread(yearly))])),
  });
  return {
    lines: [
      line('staff', 'Animateur à mi-temps', 2_200_000),
      line('staff', 'Coordination', 600_000),
      line('operating', 'Ateliers et sorties', 450_000),
      line('equipment', 'Matériel pédagogique', i % 3 === 0 ? 150_000 : 0),
      line('other', 'Frais de gestion', 80_000),
    ],
    cofunding: i % 4 === 0 ? [{ source: 'Commune', amounts: { '2027': String(spread(300_000)) } }] : [],
  };
}

/**
 * A call open now (since 30 days, for 20 more) with `count` applications in every screening state, each from its
 * own organisation (written in bulk), with a three-year budget and a municipality concerned; the call's code.
 */
export async function aCallWithApplications(db: Db, count: number): Promise<string> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 16);
  const call = await aPublishedCall(db, { at: new Date(), opensAt: day(-30), closesAt: day(20) });
  const owner = await addUser(db, { name: 'Applicant', email: 'applicant@e2e.example.be' });
  const states = ['submitted', 'submitted', 'submitted', 'info_requested', 'eligible', 'ineligible'] as const;
  const created = await db
    .insert(organisations)
    .values(
      Array.from({ length: count }, (_, i) => ({
        type: (['association', 'association', 'school', 'municipal_service'] as const)[i % 4] ?? 'association',
        legalName: `${['Association', 'Maison de jeunes', 'École', 'Service communal'][i % 4]} ${i + 1}`,
        enterpriseNumber: enterpriseNumberFrom(`0${String(20_000_000 + i).slice(1)}`),
        municipalityNis: municipalities[i % municipalities.length] as string,
        street: 'Rue de la Loi 1',
        postalCode: '1000',
        city: 'Bruxelles',
        lang: 'fr' as const,
      })),
    )
    .returning({ id: organisations.id });
  await db
    .insert(organisationMembers)
    .values(created.map((o) => ({ organisationId: o.id, userId: owner.id, role: 'owner' as const })));
  for (let i = 0; i < count; i++) {
    await anApplication(db, {
      call,
      organisationId: created[i]?.id as string,
      state: states[i % states.length] ?? 'submitted',
      budget: budgetFor(i),
      title: `Projet d’accrochage n° ${i + 1}`,
      municipalities: [municipalities[(i * 7) % municipalities.length] as string],
      submittedAt: new Date(Date.now() - (i % 30) * 3_600_000),
    });
  }
  return call.code;
}
