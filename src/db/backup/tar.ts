import fs from 'node:fs/promises';

/**
 * A small POSIX tar (ustar) writer and reader for backup files, streaming so that neither side holds the whole
 * archive in memory. Only what backups need: regular files with names up to 100 bytes. Sizes from 8 GiB up use
 * the base-256 form that GNU tar and bsdtar read. The reader checks every header's checksum and the two zero
 * blocks that end an archive, so a damaged or truncated file is refused rather than half read.
 */
const BLOCK = 512;
const CHUNK = 1 << 20;

/** Raised when an archive is not a well-formed tar file, with what is wrong with it. */
export class TarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarError';
  }
}

function octal(header: Buffer, offset: number, length: number, value: number) {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
}

function header(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  if (Buffer.byteLength(name) > 100) throw new TarError(`name too long for the archive: ${name}`);
  block.write(name, 0, 100, 'utf8');
  octal(block, 100, 8, 0o644);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  if (size < 0o77777777777) octal(block, 124, 12, size);
  else {
    block[124] = 0x80; // base-256, big-endian in the remaining 11 bytes
    block.writeBigUInt64BE(BigInt(size), 128);
  }
  octal(block, 136, 12, Math.floor(mtime.getTime() / 1000));
  block.write('        ', 148, 8, 'ascii');
  block.write('0', 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return block;
}

/** Writes an archive entry by entry; `close` adds the end blocks and flushes the file to disk. */
export class TarWriter {
  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<TarWriter> {
    return new TarWriter(await fs.open(file, 'wx'));
  }

  async addBuffer(name: string, data: Uint8Array, mtime = new Date()): Promise<void> {
    await this.handle.write(header(name, data.byteLength, mtime));
    await this.handle.write(data);
    await this.pad(data.byteLength);
  }

  /** Copies a file into the archive; it must still have the size given (stored files never change). */
  async addFile(name: string, source: string, size: number, mtime = new Date()): Promise<void> {
    await this.handle.write(header(name, size, mtime));
    const input = await fs.open(source, 'r');
    try {
      const buffer = Buffer.alloc(CHUNK);
      let copied = 0;
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, CHUNK, copied);
        if (bytesRead === 0) break;
        await this.handle.write(buffer.subarray(0, bytesRead));
        copied += bytesRead;
      }
      if (copied !== size) throw new TarError(`${source} changed while it was copied (${copied} bytes, not ${size})`);
    } finally {
      await input.close();
    }
    await this.pad(size);
  }

  private async pad(size: number) {
    const rest = size % BLOCK;
    if (rest) await this.handle.write(Buffer.alloc(BLOCK - rest));
  }

  async close(): Promise<void> {
    await this.handle.write(Buffer.alloc(BLOCK * 2));
    await this.handle.sync();
    await this.handle.close();
  }

  /** Closes without finishing the archive (the caller removes the file). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
  }
}

function readOctal(block: Buffer, offset: number, length: number, what: string): number {
  if (block[offset] === 0x80) return Number(block.readBigUInt64BE(offset + length - 8));
  const text = block
    .toString('ascii', offset, offset + length)
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(text)) throw new TarError(`bad ${what} field in a header`);
  return Number.parseInt(text, 8);
}

function parseHeader(block: Buffer, position: number) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
  if (readOctal(block, 148, 8, 'checksum') !== sum) throw new TarError(`damaged header at byte ${position}`);
  const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
  const type = String.fromCharCode(block[156] as number);
  return { name, type, size: readOctal(block, 124, 12, 'size') };
}

/** One entry of an archive being read; `chunks()` yields its content (read it before moving to the next). */
export interface TarEntry {
  name: string;
  size: number;
  chunks(): AsyncGenerator<Buffer>;
}

/** Reads the entries of an archive in order; throws `TarError` on a damaged or truncated file. */
export async function* readTar(file: string): AsyncGenerator<TarEntry> {
  const handle = await fs.open(file, 'r');
  try {
    const total = (await handle.stat()).size;
    const block = Buffer.alloc(BLOCK);
    let position = 0;
    for (;;) {
      if (position + BLOCK > total) throw new TarError('the archive is truncated (no end marker)');
      await handle.read(block, 0, BLOCK, position);
      if (block.every((b) => b === 0)) {
        if (position + 2 * BLOCK > total) throw new TarError('the archive is truncated (end marker cut short)');
        return;
      }
      const { name, type, size } = parseHeader(block, position);
      if (type !== '0' && type !== '\0') throw new TarError(`unexpected entry type "${type}" for ${name}`);
      const start = position + BLOCK;
      if (start + size > total) throw new TarError(`the archive is truncated inside ${name}`);
      yield {
        name,
        size,
        async *chunks() {
          for (let done = 0; done < size; ) {
            const buffer = Buffer.alloc(Math.min(CHUNK, size - done));
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, start + done);
            if (bytesRead === 0) throw new TarError(`the archive is truncated inside ${name}`);
            done += bytesRead;
            yield buffer.subarray(0, bytesRead);
          }
        },
      };
      position = start + Math.ceil(size / BLOCK) * BLOCK;
    }
  } finally {
    await handle.close();
  }
}
