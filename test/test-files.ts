import fs from 'node:fs';
import path from 'node:path';

/**
 * Sorts the unit test files into those that need a database and those that do not, from what each file imports:
 * a file that imports the database helpers (`test/db.ts`, `test/app.ts`, `test/factories.ts`), an area's test
 * support, or the database client needs one, and runs once per engine; any other file runs once, without one. A
 * file added later is sorted the same way without anyone listing it.
 */
const needsDatabase =
  /from\s+['"][^'"]*(?:\/test\/(?:db|app|factories)(?:\.ts)?|\/test-support[\w-]*(?:\.ts)?|\/db\/(?:index|client)(?:\.ts)?)['"]/;

/** The same helpers imported by a test of the helpers themselves, in `test/`. */
const helperInTest = /from\s+['"]\.\/(?:db|app|factories)(?:\.ts)?['"]/;

function testFiles(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    const base = path.join(root, dir);
    if (!fs.existsSync(base)) continue;
    for (const entry of fs.readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      if (/\.test\.tsx?$/.test(entry)) found.push(path.join(dir, entry).split(path.sep).join('/'));
    }
  }
  return found.sort();
}

export function unitTestFiles(root: string): { withDatabase: string[]; withoutDatabase: string[] } {
  const withDatabase: string[] = [];
  const withoutDatabase: string[] = [];
  for (const file of testFiles(root, ['src', 'test'])) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const needs = needsDatabase.test(text) || (file.startsWith('test/') && helperInTest.test(text));
    (needs ? withDatabase : withoutDatabase).push(file);
  }
  return { withDatabase, withoutDatabase };
}
