import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Raised when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: { pid: number; host: string; startedAt: string },
  ) {
    super(
      `The data folder ${dir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.startedAt}). ` +
        `PGlite allows one process per data folder: stop process ${holder.pid}, or set DATA_DIR to another folder, ` +
        'or use a PostgreSQL server through DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files taken by this process, so that a second open in the same process is refused too. */
const heldHere = new Set<string>();

/**
 * Takes the data folder for this process, or throws `DataDirLockedError` naming the holder. A lock left by a
 * process that has died is taken over. Returns the function that releases it.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'accroche.lock');
  const mine = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      heldHere.add(file);
      const release = () => {
        heldHere.delete(file);
        try {
          const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
          if (held.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid: number; host: string; startedAt: string } | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        holder = undefined; // unreadable or half-written: treat as stale
      }
      const ours = holder?.pid === process.pid;
      if (holder && holder.host === mine.host && (ours ? heldHere.has(file) : isAlive(holder.pid))) {
        throw new DataDirLockedError(dir, holder);
      }
      if (holder && holder.host !== mine.host) throw new DataDirLockedError(dir, holder);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}
