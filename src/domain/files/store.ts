import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

/** The kinds of file people may attach, by the type read from their content (never from their name). */
export const allowedFileTypes = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export type AllowedMime = keyof typeof allowedFileTypes;

/**
 * The type of a file from its first bytes (and, for office documents, the names inside the zip), if it is one
 * we accept; `undefined` otherwise, whatever its name says.
 */
export async function detectAllowedType(content: Uint8Array): Promise<AllowedMime | undefined> {
  const found = await fileTypeFromBuffer(content);
  if (!found) return undefined;
  return found.mime in allowedFileTypes ? (found.mime as AllowedMime) : undefined;
}

/** A file name safe to show and to send in Content-Disposition: no path, no control characters, bounded. */
export function cleanFileName(name: string, mime: AllowedMime): string {
  return cleanFileNameWith(name, allowedFileTypes[mime]);
}

/** The same cleaning with the real extension given, for areas that accept other kinds of file (the library). */
export function cleanFileNameWith(name: string, ext: string): string {
  const base = path
    .basename(name.replaceAll('\\', '/'))
    .replace(/\p{Cc}|"/gu, '')
    .trim();
  const stem = (base.replace(/\.[^.]*$/, '') || 'file').slice(0, 120);
  return `${stem}.${ext}`;
}

/**
 * Files kept under one folder (`DATA_DIR/uploads`), named by the SHA-256 of their content: the same file
 * uploaded twice is stored once, and a stored file never changes. Writes go to a temporary name first and are
 * renamed into place, so a crash never leaves half a file under a real name.
 */
export class FileStore {
  constructor(readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(content: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.access(target);
    } catch {
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temporary, content);
      await fs.rename(temporary, target);
    }
    return { sha256, size: content.byteLength };
  }

  async get(sha256: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(sha256));
  }
}
