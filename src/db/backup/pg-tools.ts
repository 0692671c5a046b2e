import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { BackupError } from './manifest.ts';

/** A folder holding both pg_dump and pg_restore, and their version. */
export interface PgTools {
  dir: string;
  version: string;
  major: number;
}

/** The major version in a `--version` line or a version string: "pg_dump (PostgreSQL) 15.18 (Debian…)" gives 15. */
export function majorOf(text: string): number {
  const match = text.match(/(\d+)(?:\.\d+)?/);
  return match ? Number(match[1]) : 0;
}

/** Folders where PostgreSQL's client programs may be: PATH, then Debian's per-version folders. */
function candidateDirs(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  try {
    for (const version of fs.readdirSync('/usr/lib/postgresql')) dirs.push(`/usr/lib/postgresql/${version}/bin`);
  } catch {
    // No Debian-style installation: PATH only.
  }
  return [...new Set(dirs)];
}

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Every installed pair of pg_dump and pg_restore, with the version each pg_dump reports. */
export async function findPgTools(): Promise<PgTools[]> {
  const found: PgTools[] = [];
  for (const dir of candidateDirs()) {
    const dump = path.join(dir, 'pg_dump');
    if (!executable(dump) || !executable(path.join(dir, 'pg_restore'))) continue;
    try {
      const { stdout } = await promisify(execFile)(dump, ['--version']);
      found.push({ dir, version: stdout.trim(), major: majorOf(stdout) });
    } catch {
      // A broken wrapper (e.g. Debian's pg_wrapper without any client installed): not a candidate.
    }
  }
  return found;
}

/**
 * The newest tools found, if they are at least `needed` (the server's major version for pg_dump, which refuses
 * a newer server; the version that wrote a dump for pg_restore). Otherwise a `BackupError` that says which
 * version was found, where, and what to install.
 */
export function chooseTools(found: PgTools[], needed: number, why: string): PgTools {
  const best = [...found].sort((a, b) => b.major - a.major)[0];
  if (!best) {
    throw new BackupError(
      'pg_dump and pg_restore were not found on PATH or under /usr/lib/postgresql/*/bin. Install the PostgreSQL ' +
        `client programs, version ${needed} or newer (Debian: apt-get install postgresql-client-${needed}).`,
    );
  }
  if (best.major < needed) {
    throw new BackupError(
      `${best.version} (in ${best.dir}) is older than ${why} (${needed}): it cannot be used. Install the ` +
        `PostgreSQL ${needed} client programs or newer (Debian: postgresql-client-${needed}) and put them on PATH.`,
    );
  }
  return best;
}

/**
 * The arguments and environment for running a client program on `url`: the password goes through PGPASSWORD,
 * so that it does not show in the process list.
 */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const target = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (target.password) {
    env.PGPASSWORD = decodeURIComponent(target.password);
    target.password = '';
  }
  return { dbname: target.toString(), env };
}

/** Runs a program to its end; a non-zero exit becomes a `BackupError` carrying what it wrote on stderr. */
export function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => reject(new BackupError(`${program} could not start: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(program)} failed (exit code ${code}):\n${stderr.trim()}`));
    });
  });
}
