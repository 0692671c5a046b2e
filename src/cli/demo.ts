import { type Context, type PlatformRole, staffRoles, systemActor } from '../core/context.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import { type Auth, createAccount } from '../domain/identity/index.ts';
import { createOrganisation, listMyOrganisations } from '../domain/organisations/index.ts';
import { DEMO_TOTP_KEY, demoTotpUri, ensureDemoTwoFactor } from './demo-two-factor.ts';

/** The password of every demo account: demo data exists only in development, never in production. */
export const DEMO_PASSWORD = 'demo-accroche-2026';

const demoAccounts: { key: string; name: string; roles: PlatformRole[]; municipality?: string }[] = [
  { key: 'admin', name: 'Démo Admin', roles: ['admin'] },
  { key: 'officer', name: 'Démo Agent du Service École', roles: ['officer'] },
  { key: 'reviewer', name: 'Démo Évaluatrice', roles: ['reviewer'] },
  { key: 'librarian', name: 'Démo Bibliothécaire', roles: ['librarian'] },
  { key: 'coordinator', name: 'Démo Coordinatrice (Schaerbeek)', roles: ['coordinator'], municipality: '21015' },
  { key: 'applicant', name: 'Démo Porteuse de projet', roles: [] },
];

/**
 * Creates the demo accounts, one per role, if they are not there yet, and prints them. Called by `serve` in
 * development only; their addresses end in `.demo.accroche.localhost` so nobody takes them for real people.
 */
export async function ensureDemoAccounts(db: Db, auth: Auth, logger: Logger, dataDir: string): Promise<void> {
  const ctx: Context = { actor: systemActor('demo'), db, requestId: 'demo', now: new Date() };
  const lines: string[] = [];
  const ids = new Map<string, string>();
  for (const account of demoAccounts) {
    const email = `${account.key}@demo.accroche.localhost`;
    const { id } = await createAccount(
      ctx,
      auth,
      {
        email,
        name: account.name,
        password: DEMO_PASSWORD,
        lang: 'fr',
        roles: account.roles,
        municipality: account.municipality ?? null,
      },
      { reuse: true },
    );
    ids.set(account.key, id);
    const staff = account.roles.some((r) => (staffRoles as readonly string[]).includes(r));
    if (staff) await ensureDemoTwoFactor(db, auth, id);
    lines.push(`  ${account.key.padEnd(12)} ${email.padEnd(36)}${staff ? ' + two-step code' : ''}`.trimEnd());
  }
  await ensureDemoOrganisations(db, ids.get('applicant') as string);
  const { ensureDemoSchools } = await import('./demo-schools.ts');
  await ensureDemoSchools(db, logger);
  const { ensureDemoCalls } = await import('./demo-calls.ts');
  await ensureDemoCalls(db, logger);
  const { ensureDemoApplications } = await import('./demo-applications.ts');
  await ensureDemoApplications(
    db,
    logger,
    { applicantId: ids.get('applicant') as string, officerId: ids.get('officer') as string },
    dataDir,
  );
  logger.info(
    {
      accounts: demoAccounts.map((a) => `${a.key}@demo.accroche.localhost`),
      password: DEMO_PASSWORD,
      totpKey: DEMO_TOTP_KEY,
    },
    'demo accounts',
  );
  const key = DEMO_TOTP_KEY.match(/.{4}/g)?.join(' ');
  process.stdout.write(
    `\nDEMO ACCOUNTS (development only), password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n` +
      `Staff roles count only with two-step verification on: the accounts marked "+ two-step code" ask for a code\n` +
      `of the demo key ${key} at sign-in (any authenticator app; or: oathtool --totp -b ${DEMO_TOTP_KEY})\n` +
      `  ${demoTotpUri}\n\n`,
  );
}

/** Two demo organisations owned by the demo applicant: an association and a secondary school. */
async function ensureDemoOrganisations(db: Db, ownerId: string): Promise<void> {
  const owner: Context = {
    actor: { kind: 'user', id: ownerId, roles: [], municipality: null },
    db,
    requestId: 'demo',
    now: new Date(),
  };
  const mine = await listMyOrganisations(owner);
  const names = new Set(mine.map((o) => o.legalName));
  const demo = [
    {
      type: 'association' as const,
      legalName: 'Démo – Les Devoirs Partagés ASBL',
      enterpriseNumber: '0412.345.614',
      municipalityNis: '21015',
      street: 'Rue Royale Sainte-Marie 10',
      postalCode: '1030',
      city: 'Schaerbeek',
      iban: 'BE68 5390 0754 7034',
      lang: 'fr' as const,
    },
    {
      type: 'school' as const,
      legalName: 'Démo – Athénée de la Senne',
      enterpriseNumber: '0212.345.668',
      municipalityNis: '21004',
      street: 'Rue du Midi 40',
      postalCode: '1000',
      city: 'Bruxelles',
      iban: null,
      lang: 'fr' as const,
      schoolNumber: '9999',
      languageSystem: 'fr' as const,
      schoolLevel: 'secondary' as const,
      educationType: 'vocational' as const,
    },
  ];
  for (const organisation of demo) {
    if (!names.has(organisation.legalName)) await createOrganisation(owner, organisation);
  }
}
