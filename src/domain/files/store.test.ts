import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFileName, detectAllowedType, FileStore } from './store.ts';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('file types', () => {
  it('reads the type from the content, not the name', async () => {
    expect(await detectAllowedType(png)).toBe('image/png');
    expect(await detectAllowedType(pdf)).toBe('application/pdf');
    expect(await detectAllowedType(Buffer.from('MZ\x90\x00 not a pdf at all'))).toBeUndefined();
    expect(await detectAllowedType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined();
  });

  it('cleans names and gives them the extension of their real type', () => {
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\x\\budget "final".exe', 'image/png')).toBe('budget final.png');
  });
});

describe('file store', () => {
  it('stores by content hash, once, and reads back', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-files-'));
    const store = new FileStore(root);
    const a = await store.put(pdf);
    const b = await store.put(pdf);
    expect(a).toEqual(b);
    expect(a.size).toBe(pdf.byteLength);
    expect((await store.get(a.sha256)).equals(pdf)).toBe(true);
    await expect(store.get('../x')).rejects.toThrow();
    fs.rmSync(root, { recursive: true, force: true });
  });
});
