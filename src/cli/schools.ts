import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Config } from '../core/config.ts';
import { systemActor } from '../core/context.ts';
import { translator } from '../core/i18n/index.ts';
import { checkCsvUpload, describeReason, importSchools } from '../domain/schools/index.ts';
import { openConfigured, prepare } from './runtime.ts';

/**
 * `accroche schools import FILE [--skip-invalid]`: imports the school registry from a CSV file and prints the
 * report. Exits with 1 when lines were refused and nothing was written, 0 otherwise (refused lines skipped with
 * --skip-invalid are printed but do not fail the command).
 */
export async function schoolsCommand(
  config: Config,
  args: { action: string | undefined; file: string | undefined; skipInvalid: boolean },
  print: (line: string) => void,
): Promise<number> {
  if (args.action !== 'import' || !args.file) {
    print('Usage: accroche schools import FILE [--skip-invalid]');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(args.file));
  } catch (error) {
    print(`Cannot read ${args.file}: ${(error as Error).message}`);
    return 2;
  }
  const problem = await checkCsvUpload(bytes);
  if (problem) {
    print(`${args.file}: ${translator('en')(`schools.upload.${problem}`)}`);
    return 2;
  }
  const database = await openConfigured(config);
  try {
    await prepare(database, config);
    const ctx = { actor: systemActor('cli'), db: database.db, requestId: `cli-${randomUUID()}`, now: new Date() };
    const report = await importSchools(ctx, bytes, { skipInvalid: args.skipInvalid });
    for (const { line, reasons } of report.rejected) {
      for (const reason of reasons) print(`line ${line}: ${describeReason('en', reason)}`);
    }
    if (!report.applied) {
      print(`Nothing imported: ${report.rejected.length} line(s) refused (use --skip-invalid to import the others).`);
      return 1;
    }
    print(
      `Schools imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged` +
        (report.rejected.length ? `, ${report.rejected.length} line(s) skipped.` : '.'),
    );
    return 0;
  } finally {
    await database.close();
  }
}
