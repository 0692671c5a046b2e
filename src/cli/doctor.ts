import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { fromRoot } from '../core/paths.ts';
import { migrationStatus } from '../db/index.ts';
import { openConfigured } from './runtime.ts';

const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};

/** Checks the configuration, the runtime and the database, printing one line each. Returns the exit code. */
export async function doctor(config: Config, print: (line: string) => void): Promise<number> {
  let problems = 0;
  const ok = (label: string, value: string) => print(`  ok    ${label}: ${value}`);
  const bad = (label: string, value: string) => {
    problems++;
    print(`  FAIL  ${label}: ${value}`);
  };

  print(`Accroche ${pkg.version}`);
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 20 || (major === 20 && minor >= 19)) ok('node', process.versions.node);
  else bad('node', `${process.versions.node}, but ${pkg.engines.node} is needed`);
  ok('environment', config.env);
  ok('base URL', config.baseUrl + (config.secure ? ' (https: HSTS on)' : ''));
  ok('port', String(config.port));

  if (!config.databaseUrl) {
    try {
      fs.mkdirSync(config.dataDir, { recursive: true });
      fs.accessSync(config.dataDir, fs.constants.W_OK);
      ok('data folder', `${config.dataDir} (writable)`);
    } catch (error) {
      bad('data folder', `${config.dataDir}: ${(error as Error).message}`);
    }
    const lock = path.join(config.dataDir, 'accroche.lock');
    if (fs.existsSync(lock)) print(`  note  lock file present: ${fs.readFileSync(lock, 'utf8')}`);
  }

  let database: Awaited<ReturnType<typeof openConfigured>> | undefined;
  try {
    database = await openConfigured(config);
    const [row] = await database.raw('SELECT version() AS version');
    ok('database', `${database.engine} at ${database.location}`);
    ok('server', String(row?.version ?? '?').split(',')[0] ?? '?');
    const status = await migrationStatus(database);
    if (status.current) ok('migrations', `${status.applied} applied, all current`);
    else bad('migrations', `${status.pending.length} pending (${status.pending.join(', ')}): run accroche migrate`);
    const ext = await database.raw("SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm','unaccent')");
    if (ext.length === 2) ok('extensions', 'pg_trgm, unaccent');
    else bad('extensions', 'pg_trgm and unaccent are needed (applied by the first migration)');
    const { referenceVersion } = await import('../domain/reference/index.ts');
    try {
      const [meta] = await database.raw("SELECT value FROM app_meta WHERE key = 'reference_data_version'");
      if (meta?.value === referenceVersion) ok('reference data', `version ${referenceVersion}`);
      else
        bad(
          'reference data',
          `loaded ${String(meta?.value ?? 'none')}, shipped ${referenceVersion}: run accroche seed`,
        );
    } catch {
      bad('reference data', 'not loaded: run accroche migrate and accroche seed');
    }
  } catch (error) {
    bad('database', (error as Error).message);
  } finally {
    await database?.close();
  }
  print(problems ? `${problems} problem(s) found.` : 'Everything looks right.');
  return problems ? 1 : 0;
}
