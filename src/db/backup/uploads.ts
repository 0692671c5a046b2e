import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from './manifest.ts';

type Upload = Manifest['uploads'][number];

/** The SHA-256 and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * The files kept by the FileStore under `root`, with their checksum read from their content. Writes in progress
 * (`*.tmp`) are left out. A file whose content no longer matches its name was damaged on disk: it is listed in
 * `damaged` and kept as it is, so that the backup holds what the disk holds.
 */
export async function listUploads(root: string): Promise<{ files: Upload[]; damaged: string[] }> {
  const files: Upload[] = [];
  const damaged: string[] = [];
  let folders: string[];
  try {
    folders = (await fs.readdir(root)).filter((name) => /^[0-9a-f]{2}$/.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files, damaged };
    throw error;
  }
  for (const folder of folders) {
    for (const name of (await fs.readdir(path.join(root, folder))).sort()) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const { sha256, size } = await hashFile(path.join(root, folder, name));
      if (sha256 !== name) damaged.push(`${folder}/${name}`);
      files.push({ path: `${folder}/${name}`, sha256, size });
    }
  }
  return { files, damaged };
}

/** Whether the uploads folder holds any stored file. */
export async function hasUploads(root: string): Promise<boolean> {
  try {
    for (const entry of await fs.readdir(root, { recursive: true })) {
      if (/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(entry)) return true;
    }
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
