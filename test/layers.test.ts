import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of `biome.json` (noRestrictedImports per folder, see docs/architecture.md, "Layers") at work:
 * small probe files, each importing one module from one place, are written into a scratch copy of the project's
 * layout beside a verbatim copy of `biome.json`, and linted in one run of Biome with that rule only. The forbidden
 * imports must be reported, with the message of their rule, and the allowed ones must not. Nothing is written into
 * the working tree, and no database is needed.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/** The first words of each rule's message in biome.json. */
const refusals = {
  db: 'src/http and src/web never import src/db',
  upward: 'The domain, src/core and src/db never import src/http or src/web',
  domain: 'src/core and src/db never import src/domain',
  index: 'Enter a domain area through its index.ts',
  area: 'Another domain area is entered through its index.ts',
} as const;

interface Probe {
  /** Where the importing file is, from the project's root. */
  file: string;
  /** What it imports, as written in the file. */
  source: string;
  /** The rule that refuses it, or `allowed`. */
  expect: keyof typeof refusals | 'allowed';
  /** Import it with `import()` rather than a static import. */
  dynamic?: boolean;
}

const probes: Probe[] = [
  // src/http and src/web never import src/db; their test files may, to inspect rows.
  { file: 'src/http/pages/library/routes.tsx', source: '../../../db/schema/index.ts', expect: 'db' },
  { file: 'src/http/pages/library/routes.tsx', source: '../../../db/index.ts', expect: 'db' },
  { file: 'src/web/pages/library/search-page.tsx', source: '../../../db/schema/library.ts', expect: 'db' },
  { file: 'src/http/middleware/session.ts', source: '../../db/client.ts', expect: 'db' },
  { file: 'src/http/pages/library/routes.test.ts', source: '../../../db/schema/index.ts', expect: 'allowed' },
  { file: 'src/http/library.test.tsx', source: '../db/schema/index.ts', expect: 'allowed' },
  // Outside the domain, an area is entered through its index.ts or a named second entry.
  { file: 'src/http/library.tsx', source: '../domain/library/search-records.ts', expect: 'index' },
  { file: 'src/http/library.tsx', source: '../domain/library/import-records.ts', expect: 'index', dynamic: true },
  { file: 'src/http/library.tsx', source: '../domain/library/index.ts', expect: 'allowed' },
  { file: 'src/web/pages/library/import-merge.tsx', source: '../../../domain/library/rows.ts', expect: 'index' },
  { file: 'src/web/pages/library/import-merge.tsx', source: '../../../domain/library/index.ts', expect: 'allowed' },
  { file: 'src/http/pages/library/routes.test.ts', source: '../../../domain/library/rows.ts', expect: 'index' },
  { file: 'src/http/env.ts', source: '../domain/identity/auth.ts', expect: 'allowed' },
  { file: 'src/cli/library.ts', source: '../domain/library/import-records.ts', expect: 'index' },
  { file: 'src/cli/library.ts', source: '../domain/library/index.ts', expect: 'allowed' },
  { file: 'src/cli/serve.ts', source: '../domain/identity/auth.ts', expect: 'allowed' },
  { file: 'src/cli/serve.ts', source: '../db/index.ts', expect: 'allowed' },
  { file: 'src/cli/serve.ts', source: '../http/app.tsx', expect: 'allowed' },
  // The domain never imports src/http or src/web; another area through its index.ts; its own files freely.
  { file: 'src/domain/library/search-records.ts', source: '../../http/app.tsx', expect: 'upward' },
  { file: 'src/domain/library/search-records.ts', source: '../../web/layout.tsx', expect: 'upward' },
  { file: 'src/domain/identity/auth.test.ts', source: '../../http/app.tsx', expect: 'upward' },
  { file: 'src/domain/applications/save-section.ts', source: '../forms/definition.ts', expect: 'area' },
  { file: 'src/domain/applications/save-section.ts', source: '../files/store.ts', expect: 'area', dynamic: true },
  { file: 'src/domain/applications/save-section.ts', source: '../forms/index.ts', expect: 'allowed' },
  { file: 'src/domain/applications/render-pdf.ts', source: '../forms/pdf.ts', expect: 'allowed' },
  { file: 'src/domain/applications/save-section.ts', source: './workflow.ts', expect: 'allowed' },
  { file: 'src/domain/library/search-records.ts', source: '../../db/schema/index.ts', expect: 'allowed' },
  { file: 'src/domain/library/search-records.ts', source: '../../core/context.ts', expect: 'allowed' },
  { file: 'src/domain/reference.test.ts', source: './library/rows.ts', expect: 'area' },
  { file: 'src/domain/reference.test.ts', source: './library/index.ts', expect: 'allowed' },
  { file: 'src/domain/reference.test.ts', source: '../http/app.tsx', expect: 'upward' },
  // src/core and src/db never import the domain (nor src/http, src/web).
  { file: 'src/db/schema/applications.ts', source: '../../domain/forms/index.ts', expect: 'domain' },
  { file: 'src/db/index.ts', source: '../domain/reference/index.ts', expect: 'domain', dynamic: true },
  { file: 'src/core/audit.ts', source: '../domain/audit/index.ts', expect: 'domain' },
  { file: 'src/db/client.ts', source: '../http/app.tsx', expect: 'upward' },
  { file: 'src/core/context.ts', source: '../web/view.ts', expect: 'upward' },
  { file: 'src/db/seed/reference/library.ts', source: '../../schema/library.ts', expect: 'allowed' },
  { file: 'src/core/context.ts', source: '../db/client.ts', expect: 'allowed' },
];

/** Each probe gets a file of its own, named after the file it stands for, so that it matches the same globs. */
const probeFile = (probe: Probe, index: number) => {
  const { dir, name, ext } = path.parse(probe.file);
  const test = name.match(/\.test$/) ? '.test' : '';
  return path.join(dir, `${name.replace(/\.test$/, '')}-probe${index}${test}${ext}`);
};

const probeText = (probe: Probe) =>
  probe.dynamic
    ? `export const load = () => import('${probe.source}');\n`
    : `import * as probed from '${probe.source}';\n\nexport { probed };\n`;

let scratch: string;
/** Messages reported, by probe file. */
const reported = new Map<string, string[]>();

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-layers-'));
  fs.copyFileSync(path.join(root, 'biome.json'), path.join(scratch, 'biome.json'));
  probes.forEach((probe, index) => {
    const file = path.join(scratch, probeFile(probe, index));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, probeText(probe));
  });
  // The scratch folder is not a git repository: VCS integration off, the rules as they are.
  const run = spawnSync(
    process.execPath,
    [biome, 'lint', '--vcs-enabled=false', '--only=style/noRestrictedImports', '--reporter=github', '.'],
    { cwd: scratch, encoding: 'utf8', timeout: 30_000 },
  );
  if (run.error) throw run.error;
  const real = fs.realpathSync(scratch);
  // GitHub workflow commands: `::error title=<rule>,file=<path>,line=...::<message>`, one per diagnostic.
  for (const line of run.stdout.split('\n')) {
    const match = line.match(/^::error title=lint\/style\/noRestrictedImports,file=([^,]+),.*?::(.*)$/);
    if (!match?.[1] || match[2] === undefined) continue;
    // Biome names the file by its absolute path (or from the folder it ran in): back to the probe's own name.
    const file = path.relative(real, fs.realpathSync(path.resolve(scratch, match[1])));
    reported.set(file, [...(reported.get(file) ?? []), match[2]]);
  }
  if (run.status !== 0 && reported.size === 0) {
    throw new Error(`biome failed without a layer diagnostic:\n${run.stdout}\n${run.stderr}`);
  }
});

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('layer rules', () => {
  probes.forEach((probe, index) => {
    const how = probe.dynamic ? 'import()' : 'import';
    if (probe.expect === 'allowed') {
      it(`lets ${probe.file} ${how} ${probe.source}`, () => {
        expect(reported.get(probeFile(probe, index)) ?? []).toEqual([]);
      });
    } else {
      const message = refusals[probe.expect];
      it(`refuses ${probe.file} ${how} ${probe.source} (${probe.expect})`, () => {
        const messages = reported.get(probeFile(probe, index)) ?? [];
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain(message);
      });
    }
  });

  it('reports nothing but the probes', () => {
    const expected = new Set(probes.map(probeFile));
    expect([...reported.keys()].filter((file) => !expected.has(file))).toEqual([]);
  });
});
