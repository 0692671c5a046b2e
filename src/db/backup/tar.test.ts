import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTar, TarWriter } from './tar.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-tar-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function entries(file: string) {
  const found: { name: string; content: string }[] = [];
  for await (const entry of readTar(file)) {
    const parts: Buffer[] = [];
    for await (const chunk of entry.chunks()) parts.push(chunk);
    found.push({ name: entry.name, content: Buffer.concat(parts).toString() });
  }
  return found;
}

async function sample(name: string) {
  const file = path.join(dir, name);
  const source = path.join(dir, `${name}.src`);
  fs.writeFileSync(source, 'x'.repeat(1500));
  const tar = await TarWriter.create(file);
  await tar.addBuffer('manifest.json', Buffer.from('{"a":1}'));
  await tar.addFile('uploads/ab/file', source, 1500);
  await tar.close();
  return file;
}

describe('the backup archive (tar)', () => {
  it('reads back what it wrote, and GNU tar reads it too', async () => {
    const file = await sample('ok.tar');
    expect(await entries(file)).toEqual([
      { name: 'manifest.json', content: '{"a":1}' },
      { name: 'uploads/ab/file', content: 'x'.repeat(1500) },
    ]);
    expect(execFileSync('tar', ['-tf', file]).toString().trim().split('\n')).toEqual([
      'manifest.json',
      'uploads/ab/file',
    ]);
  });

  it('refuses a file cut short, inside an entry or before its end marker', async () => {
    const file = await sample('cut.tar');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, 1700));
    await expect(entries(file)).rejects.toThrow('truncated inside uploads/ab/file');
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 1024));
    await expect(entries(file)).rejects.toThrow('truncated (no end marker)');
  });

  it('refuses a damaged header and a file that is not a tar at all', async () => {
    const file = await sample('bad.tar');
    const bytes = fs.readFileSync(file);
    bytes[3] = 0x5a; // inside the first entry's name
    fs.writeFileSync(file, bytes);
    await expect(entries(file)).rejects.toThrow('damaged header at byte 0');
    fs.writeFileSync(file, 'not an archive at all, '.repeat(50));
    await expect(entries(file)).rejects.toThrow(/bad checksum field|damaged header/);
  });

  it('refuses to write over an existing file and to write a name longer than 100 bytes', async () => {
    const file = await sample('twice.tar');
    await expect(TarWriter.create(file)).rejects.toThrow(/EEXIST/);
    const tar = await TarWriter.create(path.join(dir, 'long.tar'));
    await expect(tar.addBuffer('x'.repeat(101), Buffer.from(''))).rejects.toThrow('name too long');
    await tar.abort();
  });
});
