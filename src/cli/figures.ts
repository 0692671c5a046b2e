import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { systemActor } from '../core/context.ts';
import { translator } from '../core/i18n/index.ts';
import {
  GeoJsonRejected,
  ImportRejected,
  importBoundaries,
  importIndicatorValues,
  maxGeoJsonBytes,
  maxImportBytes,
} from '../domain/figures/index.ts';
import { openConfigured, prepare } from './runtime.ts';

const t = translator('en');

/** `accroche indicators import FILE.csv` and `accroche geo import FILE.geojson [--credit TEXT]`. */
export async function figuresCommand(
  config: Config,
  args: { command: string; action: string | undefined; file: string | undefined; credit: string | undefined },
  print: (line: string) => void,
): Promise<number> {
  const geo = args.command === 'geo';
  if (args.action !== 'import' || !args.file) {
    print(
      geo ? 'Usage: accroche geo import FILE.geojson [--credit TEXT]' : 'Usage: accroche indicators import FILE.csv',
    );
    return 2;
  }
  let size: number;
  try {
    size = fs.statSync(args.file).size;
  } catch {
    print(`Cannot read ${args.file}.`);
    return 1;
  }
  if (size > (geo ? maxGeoJsonBytes : maxImportBytes)) {
    print(t('figures.import.tooLarge', { max: Math.round((geo ? maxGeoJsonBytes : maxImportBytes) / 1024 / 1024) }));
    return 1;
  }
  const text = fs.readFileSync(args.file, 'utf8');
  const database = await openConfigured(config);
  try {
    await prepare(database, config);
    const ctx = { actor: systemActor(`${args.command}-import`), db: database.db, requestId: 'cli', now: new Date() };
    const fileName = path.basename(args.file);
    if (geo) {
      const { imported } = await importBoundaries(ctx, { geojson: text, credit: args.credit ?? 'Statbel', fileName });
      print(t('figures.geo.imported', { count: imported }));
    } else {
      const { imported } = await importIndicatorValues(ctx, { csv: text, fileName });
      print(t('figures.import.done', { count: imported }));
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportRejected) {
      print(t('figures.import.rejected', { count: error.rejected.length }));
      for (const r of error.rejected) {
        print(
          `  ${t('figures.import.line', { line: r.line })}: ${t(`figures.reject.${r.reason}`, { value: r.value })}`,
        );
      }
      return 1;
    }
    if (error instanceof GeoJsonRejected) {
      print(`${t('figures.geo.refused')} ${t(`figures.georeject.${error.reason}`, { detail: error.detail })}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
