import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';
import { FileStore } from '../src/domain/files/store.ts';
import { throwAwayPostgres } from '../test/postgres.ts';
import { root, runCli, startServer, tempDataDir } from './server.ts';
import { copiedDataDir } from './suite.ts';

const schools = path.join(root, 'test/fixtures/schools.csv');
const library = path.join(root, 'test/fixtures/library-sample.bib');
const slow = 240_000;

/** Row count of every table, read here with plain SQL (not with the code under test). */
async function rowCounts(env: { DATA_DIR: string; DATABASE_URL?: string }) {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const tables = await database.raw(
      `SELECT format('%I.%I', table_schema, table_name) AS t FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'drizzle') ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { t } of tables)
      counts[String(t)] = Number((await database.raw(`SELECT count(*) AS n FROM ${t}`))[0]?.n);
    return counts;
  } finally {
    await database.close();
  }
}

/** Every file under the uploads folder with the SHA-256 of its content. */
function uploadSums(dataDir: string): Record<string, string> {
  const dir = path.join(dataDir, 'uploads');
  if (!fs.existsSync(dir)) return {};
  const sums: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) sums[name] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return sums;
}

/**
 * Imports schools and a bibliography through the CLI, and stores two files; seeds the database first on
 * PostgreSQL (a PGlite folder is a copy of the run's seeded one).
 */
async function fill(env: { DATA_DIR: string; DATABASE_URL?: string }) {
  const steps = [
    ['schools', 'import', schools],
    ['library', 'import', '--skip-invalid', library],
  ];
  for (const args of env.DATABASE_URL ? [['seed'], ...steps] : steps) {
    const result = await runCli(args, env);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  }
  const store = new FileStore(path.join(env.DATA_DIR, 'uploads'));
  await store.put(Buffer.from('%PDF-1.4\nA stored report.\n'));
  const large = randomBytes(300_000);
  await store.put(large);
  return large;
}

describe('accroche backup and restore on PGlite', () => {
  // Made in beforeAll, so that a filtered or skipped run leaves no folder behind.
  let source: ReturnType<typeof copiedDataDir>;
  let target: ReturnType<typeof tempDataDir>;
  let backup: string;
  let large: Buffer;
  beforeAll(async () => {
    // The source starts seeded; the target empty, as a restore needs.
    [source, target] = [copiedDataDir(), tempDataDir()];
    backup = path.join(source.dir, 'backups', 'accroche.tar');
    large = await fill({ DATA_DIR: source.dir });
  }, slow);
  afterAll(() => {
    source?.remove();
    target?.remove();
  });

  it(
    'keeps every row count and every file checksum through a round trip',
    async () => {
      const made = await runCli(['backup', backup], { DATA_DIR: source.dir });
      expect(made.code, made.stdout + made.stderr).toBe(0);
      expect(made.stdout).toMatch(/Backup written to .*accroche\.tar \(.*\) in/);
      expect(made.stdout).toContain('uploads:  2 files');
      const restored = await runCli(['restore', backup], { DATA_DIR: target.dir });
      expect(restored.code, restored.stdout + restored.stderr).toBe(0);
      expect(restored.stdout).toContain('every table has the row count and every file the SHA-256');

      const counts = await rowCounts({ DATA_DIR: source.dir });
      expect(counts['public.schools']).toBe(20);
      expect(counts['public.library_records']).toBeGreaterThan(19);
      expect(await rowCounts({ DATA_DIR: target.dir })).toEqual(counts);
      expect(Object.keys(uploadSums(target.dir))).toHaveLength(2);
      expect(uploadSums(target.dir)).toEqual(uploadSums(source.dir));
      const doctor = await runCli(['doctor'], { DATA_DIR: target.dir });
      expect(doctor.stdout).toContain('Everything looks right.');
    },
    slow,
  );

  it(
    'refuses to restore over a non-empty database without --force',
    async () => {
      const refused = await runCli(['restore', backup], { DATA_DIR: target.dir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is not empty (');
      expect(refused.stderr).toContain('Run again with --force to replace it. Nothing was changed.');
    },
    slow,
  );

  it(
    'refuses a truncated or damaged backup and changes nothing, then replaces the data with --force',
    async () => {
      const extra = await new FileStore(path.join(target.dir, 'uploads')).put(Buffer.from('only in the target'));
      const before = { counts: await rowCounts({ DATA_DIR: target.dir }), files: uploadSums(target.dir) };
      const bytes = fs.readFileSync(backup);
      const truncated = path.join(source.dir, 'truncated.tar');
      fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const cut = await runCli(['restore', '--force', truncated], { DATA_DIR: target.dir });
      expect(cut.code).toBe(1);
      expect(cut.stderr).toMatch(/The backup .*truncated\.tar is damaged or incomplete: the archive is truncated/);
      expect(cut.stderr).toContain('Nothing was changed.');

      const damaged = path.join(source.dir, 'damaged.tar');
      const flipped = Buffer.from(bytes);
      const at = bytes.indexOf(large.subarray(0, 64)) + 1000; // inside the larger stored file
      expect(at).toBeGreaterThan(1000);
      flipped[at] = (flipped[at] as number) ^ 0xff;
      fs.writeFileSync(damaged, flipped);
      const bad = await runCli(['restore', '--force', damaged], { DATA_DIR: target.dir });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/damaged or incomplete: uploads\/[0-9a-f/]+ does not match its checksum/);

      expect(await rowCounts({ DATA_DIR: target.dir })).toEqual(before.counts);
      expect(uploadSums(target.dir)).toEqual(before.files);
      expect(fs.readdirSync(target.dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);

      const forced = await runCli(['restore', '--force', backup], { DATA_DIR: target.dir });
      expect(forced.code, forced.stdout + forced.stderr).toBe(0);
      expect(uploadSums(target.dir)[`${extra.sha256.slice(0, 2)}/${extra.sha256}`]).toBeUndefined();
      expect(uploadSums(target.dir)).toEqual(uploadSums(source.dir));
    },
    slow,
  );

  it(
    'refuses to restore while the server holds the data folder',
    async () => {
      const server = await startServer({ DATA_DIR: target.dir });
      try {
        const refused = await runCli(['restore', '--force', backup], { DATA_DIR: target.dir });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(`is in use by process ${server.child.pid}`);
        expect(refused.stderr).toContain('Stop it, then restore. Nothing was changed.');
      } finally {
        await server.stop();
      }
    },
    slow,
  );
});

/** A throw-away database on the server of DATABASE_URL, dropped by `drop`. */
const throwAwayDatabase = (admin: string) => throwAwayPostgres(admin, 'accroche_backup');

describe.skipIf(!process.env.DATABASE_URL)('accroche backup and restore on PostgreSQL', () => {
  const admin = process.env.DATABASE_URL as string;
  let dirs: { source: ReturnType<typeof tempDataDir>; target: ReturnType<typeof tempDataDir> };
  let source: Awaited<ReturnType<typeof throwAwayDatabase>>;
  let target: Awaited<ReturnType<typeof throwAwayDatabase>>;
  beforeAll(async () => {
    dirs = { source: tempDataDir(), target: tempDataDir() };
    [source, target] = await Promise.all([throwAwayDatabase(admin), throwAwayDatabase(admin)]);
    await fill({ DATA_DIR: dirs.source.dir, DATABASE_URL: source.url });
  }, slow);
  afterAll(async () => {
    await Promise.all([source?.drop(), target?.drop()]);
    dirs?.source.remove();
    dirs?.target.remove();
  });

  it(
    'keeps every row count and every file checksum, and replaces a non-empty database only with --force',
    async () => {
      const from = { DATA_DIR: dirs.source.dir, DATABASE_URL: source.url };
      const to = { DATA_DIR: dirs.target.dir, DATABASE_URL: target.url };
      const backup = path.join(dirs.source.dir, 'accroche.tar');
      const made = await runCli(['backup', backup], from);
      expect(made.code, made.stdout + made.stderr).toBe(0);
      expect(made.stdout).toMatch(/database: postgres \(PostgreSQL \d+/);
      const restored = await runCli(['restore', backup], to);
      expect(restored.code, restored.stdout + restored.stderr).toBe(0);
      const counts = await rowCounts(from);
      expect(counts['public.schools']).toBe(20);
      expect(await rowCounts(to)).toEqual(counts);
      expect(uploadSums(dirs.target.dir)).toEqual(uploadSums(dirs.source.dir));

      const refused = await runCli(['restore', backup], to);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/The database accroche_backup_\w+ is not empty/);
      const forced = await runCli(['restore', '--force', backup], to);
      expect(forced.code, forced.stdout + forced.stderr).toBe(0);
      expect(await rowCounts(to)).toEqual(counts);
    },
    slow,
  );
});
