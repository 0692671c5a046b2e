import readline from 'node:readline';
import type { Config } from '../core/config.ts';
import { systemActor } from '../core/context.ts';
import { DomainError } from '../core/errors.ts';
import { createAuth } from '../domain/identity/auth.ts';
import { createAccount } from '../domain/identity/index.ts';
import { openConfigured, prepare } from './runtime.ts';

async function readPassword(): Promise<string> {
  if (process.env.ACCROCHE_ADMIN_PASSWORD) return process.env.ACCROCHE_ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

/** `accroche create-admin`: a verified account with the admin role, audited as done by the system. */
export async function createAdmin(
  config: Config,
  args: { email: string | undefined; name: string | undefined },
  print: (line: string) => void,
): Promise<number> {
  if (!args.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(args.email) || !args.name?.trim()) {
    print(
      'Usage: accroche create-admin --email ADDRESS --name "NAME" (password from ACCROCHE_ADMIN_PASSWORD or stdin)',
    );
    return 2;
  }
  const password = await readPassword();
  const database = await openConfigured(config);
  try {
    await prepare(database, config);
    const auth = createAuth({ db: database.db, config });
    const ctx = { actor: systemActor('create-admin'), db: database.db, requestId: 'cli', now: new Date() };
    const { id } = await createAccount(ctx, auth, {
      email: args.email,
      name: args.name.trim(),
      password,
      lang: 'fr',
      roles: ['admin'],
    });
    print(`Administrator ${args.email} created (id ${id}).`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      print(`Not created: ${error.message}.`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
