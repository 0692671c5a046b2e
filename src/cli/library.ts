import fs from 'node:fs';
import type { Config } from '../core/config.ts';
import { systemActor } from '../core/context.ts';
import { DomainError } from '../core/errors.ts';
import { migrateDatabase } from '../db/index.ts';
import { type ImportLine, importRecords } from '../domain/library/index.ts';
import { openConfigured } from './runtime.ts';

/** `accroche library import FILE`: the same import as the librarian's page, as the system actor, with progress. */
export async function libraryCommand(
  config: Config,
  args: string[],
  flags: { 'dry-run'?: boolean; 'skip-invalid'?: boolean; update?: boolean; publish?: boolean },
  print: (line: string) => void,
): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'import' || !file) {
    print('Usage: accroche library import FILE [--dry-run] [--skip-invalid] [--update] [--publish]');
    return 2;
  }
  if (!fs.existsSync(file)) {
    print(`No such file: ${file}`);
    return 2;
  }
  const bytes = fs.readFileSync(file);
  const database = await openConfigured(config);
  // On a terminal, one line rewritten in place; otherwise (a log, a pipe) one line per phase when it ends.
  const tty = process.stderr.isTTY === true;
  try {
    await migrateDatabase(database, config.databaseUrl);
    const ctx = { actor: systemActor('library-import'), db: database.db, requestId: 'cli', now: new Date() };
    let last = '';
    const progress = (done: number, total: number, phase: 'read' | 'write') => {
      const label = phase === 'read' ? 'Entries read' : 'Records written';
      const pct = total ? Math.floor((done / total) * 100) : 100;
      const step = `${phase}${Math.floor(pct / 5)}`;
      if (tty && (step !== last || done === total)) {
        last = step;
        process.stderr.write(`\r${label}: ${done}/${total} (${pct}%)${done === total ? '\n' : ''}`);
      } else if (!tty && done === total && last !== phase) {
        last = phase;
        process.stderr.write(`${label}: ${done}/${total}\n`);
      }
    };
    const report = await importRecords(ctx, new Uint8Array(bytes), {
      dryRun: flags['dry-run'],
      skipInvalid: flags['skip-invalid'],
      onDuplicate: flags.update ? 'update' : 'skip',
      publish: flags.publish,
      onProgress: progress,
    });
    const list = (label: string, lines: ImportLine[]) => {
      print(`${label}: ${lines.length}`);
      for (const l of lines.slice(0, 50)) print(`  line ${l.line}: ${l.title}${l.reason ? ` (${l.reason})` : ''}`);
      if (lines.length > 50) print(`  … and ${lines.length - 50} more`);
    };
    print(`${report.entries} entries read (${report.format}, ${report.encoding}).`);
    list('Created', report.created);
    list('Updated', report.updated);
    list('Merged', report.merged);
    list('Skipped', report.skipped);
    list('Rejected', report.rejected);
    print(report.written ? 'Written in one transaction.' : 'Dry run: nothing written.');
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      if (tty) process.stderr.write('\n');
      print(`Import refused: ${error.message}`);
      for (const f of error.fields.slice(0, 100)) print(`  ${f.field}: ${f.message}`);
      print('Nothing was written.');
      if (error.code === 'VALIDATION') print('Use --skip-invalid to import the valid entries and list the others.');
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
