import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config.ts';
import { createLogger } from '../core/logger.ts';
import { DataDirLockedError } from '../db/lock.ts';

const usage = `Usage: accroche <command> [options]

Commands:
  serve            start the web server (migrates and loads reference data first)
  migrate          apply the database migrations
  seed [--force]   load the reference data (municipalities, schemes, calls, timeline, key figures)
  doctor           check configuration, runtime and database
  create-admin --email ADDRESS --name "NAME"
                   create an administrator (the first one in production); the password is read from
                   ACCROCHE_ADMIN_PASSWORD or, when unset, from the first line of standard input
  schools import FILE [--skip-invalid]
                   import the school registry from a CSV file and print the report; without --skip-invalid,
                   one refused line means nothing is written (and the exit code is 1)
  indicators import FILE.csv
                   import indicator values (all lines checked first; nothing written if one is wrong)
  geo import FILE.geojson [--credit TEXT]
                   import the boundaries of the 19 municipalities (WGS84 GeoJSON with NIS codes)
  library import FILE [--dry-run] [--skip-invalid] [--update] [--publish]
                   import a BibTeX, RIS, CSL-JSON or CSV bibliography into the library (one transaction)
  backup FILE      write the database and the uploaded files into one file (a tar with a manifest)
  restore FILE [--force]
                   restore a backup, then check every table's row count and every file's checksum against it;
                   refuses a non-empty database without --force (with PGlite, stop the server first)
  help             show this text

Configuration comes from the environment: see .env.example.`;

const commands = [
  'serve',
  'migrate',
  'seed',
  'doctor',
  'create-admin',
  'schools',
  'indicators',
  'geo',
  'library',
  'backup',
  'restore',
];

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      credit: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0] ?? 'help';
  if (command === 'help' || values.help) {
    console.log(usage);
    return 0;
  }
  if (!commands.includes(command)) {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  const print = (line: string) => console.log(line);

  switch (command) {
    case 'serve': {
      // Loaded on demand: each command imports only what it uses, which keeps start-up short.
      const { serve } = await import('./serve.ts');
      await serve(config, createLogger(config.logLevel));
      return -1; // keeps running until a signal stops it
    }
    case 'migrate': {
      const { migrateDatabase, migrationStatus } = await import('../db/index.ts');
      const { openConfigured } = await import('./runtime.ts');
      const database = await openConfigured(config);
      try {
        await migrateDatabase(database, config.databaseUrl);
        const status = await migrationStatus(database);
        print(`Migrations: ${status.applied} applied (${database.engine} at ${database.location}).`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'seed': {
      const { migrateDatabase } = await import('../db/index.ts');
      const { seedReferenceData } = await import('../domain/reference/index.ts');
      const { openConfigured } = await import('./runtime.ts');
      const database = await openConfigured(config);
      try {
        await migrateDatabase(database, config.databaseUrl);
        const result = await seedReferenceData(database, { force: values.force });
        const counts = Object.entries(result.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ');
        print(
          result.applied
            ? `Reference data ${result.version} loaded: ${counts}.`
            : `Reference data ${result.version} already loaded (use --force to load it again).`,
        );
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'create-admin': {
      const { createAdmin } = await import('./create-admin.ts');
      return createAdmin(config, { email: values.email, name: values.name }, print);
    }
    case 'doctor': {
      const { doctor } = await import('./doctor.ts');
      return doctor(config, print);
    }
    case 'schools': {
      const { schoolsCommand } = await import('./schools.ts');
      const [, action, file] = positionals;
      return schoolsCommand(config, { action, file, skipInvalid: values['skip-invalid'] }, print);
    }
    case 'indicators':
    case 'geo': {
      const { figuresCommand } = await import('./figures.ts');
      return figuresCommand(
        config,
        { command, action: positionals[1], file: positionals[2], credit: values.credit },
        print,
      );
    }
    case 'library': {
      const { libraryCommand } = await import('./library.ts');
      return libraryCommand(config, positionals.slice(1), values, print);
    }
    case 'backup': {
      const { backupCommand } = await import('./backup.ts');
      return backupCommand(config, positionals[1], print);
    }
    case 'restore': {
      const { restoreCommand } = await import('./backup.ts');
      return restoreCommand(config, { file: positionals[1], force: values.force }, print);
    }
    default:
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
