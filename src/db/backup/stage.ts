import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BackupError, formatVersion, Manifest, manifestEntry } from './manifest.ts';
import { readTar, TarError } from './tar.ts';

const damaged = (file: string, detail: string) =>
  new BackupError(`The backup ${file} is damaged or incomplete: ${detail}. Nothing was changed.`);

async function readAll(chunks: AsyncGenerator<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

function parseManifest(file: string, bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged(file, 'its manifest is not readable JSON');
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw damaged(file, `its manifest is not valid (${parsed.error.issues[0]?.message})`);
  if (parsed.data.formatVersion > formatVersion) {
    throw new BackupError(
      `The backup ${file} has format version ${parsed.data.formatVersion}; this version of Accroche reads ` +
        `up to ${formatVersion}. Restore it with a newer Accroche. Nothing was changed.`,
    );
  }
  return parsed.data;
}

/**
 * Reads a backup into `staging` (`database`, `uploads/…`) and checks it against its manifest as it goes: every
 * entry's size and SHA-256, nothing missing, nothing unexpected, the archive's end present. `check` runs once the
 * manifest is read, before the bulk of the file, so that a refusal comes early. Nothing outside `staging` is
 * touched; any damage throws a `BackupError`.
 */
export async function stageBackup(file: string, staging: string, check: (manifest: Manifest) => Promise<void>) {
  let manifest: Manifest | undefined;
  const expected = new Map<string, { sha256: string; size: number; target: string }>();
  try {
    for await (const entry of readTar(file)) {
      if (!manifest) {
        if (entry.name !== manifestEntry) throw damaged(file, 'it does not start with a manifest');
        manifest = parseManifest(file, await readAll(entry.chunks()));
        await check(manifest);
        const db = manifest.database;
        expected.set(db.entry, { sha256: db.sha256, size: db.size, target: path.join(staging, 'database') });
        for (const u of manifest.uploads) {
          expected.set(`uploads/${u.path}`, { ...u, target: path.join(staging, 'uploads', u.path) });
        }
        continue;
      }
      const want = expected.get(entry.name);
      if (!want) throw damaged(file, `it holds an unexpected entry "${entry.name}"`);
      expected.delete(entry.name);
      if (entry.size !== want.size) throw damaged(file, `${entry.name} has ${entry.size} bytes, not ${want.size}`);
      await fs.mkdir(path.dirname(want.target), { recursive: true });
      const out = await fs.open(want.target, 'wx');
      const hash = createHash('sha256');
      try {
        for await (const chunk of entry.chunks()) {
          hash.update(chunk);
          await out.write(chunk);
        }
      } finally {
        await out.close();
      }
      if (hash.digest('hex') !== want.sha256) throw damaged(file, `${entry.name} does not match its checksum`);
    }
  } catch (error) {
    if (error instanceof TarError) throw damaged(file, error.message);
    throw error;
  }
  if (!manifest) throw damaged(file, 'it is empty');
  if (expected.size) throw damaged(file, `${expected.size} entries are missing (${[...expected.keys()][0]}, …)`);
  await fs.mkdir(path.join(staging, 'uploads'), { recursive: true });
  return manifest;
}
