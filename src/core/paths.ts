import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of package.json, whether the code runs from src/ (tsx, tests) or from the dist/ bundle. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the running code');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot();

/** A path inside the project, e.g. `fromRoot('src/db/migrations')`. */
export const fromRoot = (...parts: string[]) => path.join(projectRoot, ...parts);
