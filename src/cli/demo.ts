import { type Context, type PlatformRole, systemActor } from '../core/context.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import type { Auth } from '../domain/identity/auth.ts';
import { createAccount } from '../domain/identity/create-account.ts';

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
export async function ensureDemoAccounts(db: Db, auth: Auth, logger: Logger): Promise<void> {
  const ctx: Context = { actor: systemActor('demo'), db, requestId: 'demo', now: new Date() };
  const lines: string[] = [];
  for (const account of demoAccounts) {
    const email = `${account.key}@demo.accroche.localhost`;
    await createAccount(
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
    lines.push(`  ${account.key.padEnd(12)} ${email}`);
  }
  logger.info(
    { accounts: demoAccounts.map((a) => `${a.key}@demo.accroche.localhost`), password: DEMO_PASSWORD },
    'demo accounts',
  );
  process.stdout.write(`\nDEMO ACCOUNTS (development only), password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n\n`);
}
