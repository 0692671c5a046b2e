import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../src/db/index.ts';
import { seedReferenceData } from '../src/domain/reference/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Builds one migrated and seeded PGlite database and saves its dump: each test file starts its own copy from it
 * in about a second, instead of creating a cluster (several seconds of WebAssembly start-up) each time.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-template-'));
  const file = path.join(dir, 'template.tar');
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  await seedReferenceData(database);
  const dump = await database.dump?.();
  if (!dump) throw new Error('PGlite dump unavailable');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
