import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStore } from '../files/index.ts';
import { ImportSessions } from './import-sessions.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-import-sessions-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const librarian = (id: string) => ({ kind: 'user' as const, id, roles: ['librarian' as const], municipality: null });
const sessions = new ImportSessions(path.join(dir, 'sessions'), new FileStore(path.join(dir, 'uploads')));
const bytes = new TextEncoder().encode('@book{a, title = {Un livre}, year = 2020}\n');

describe('import sessions', () => {
  it('refuses anyone who does not curate the library', async () => {
    await expect(
      sessions.open({ kind: 'visitor' }, bytes, 'a.bib', { skipInvalid: false, publish: false }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('gives a session back to its owner only, with the very bytes uploaded', async () => {
    const opened = await sessions.open(librarian('one'), bytes, 'dir/a.bib', { skipInvalid: true, publish: false });
    expect(opened.id).toMatch(/^[0-9a-f]{32}$/);
    const again = await sessions.get(librarian('one'), opened.id);
    expect(again).toMatchObject({ sha256: opened.sha256, skipInvalid: true, state: 'ready' });
    expect(await sessions.bytesOf(again)).toEqual(bytes);
    await expect(sessions.get(librarian('two'), opened.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sessions.get(librarian('one'), '../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a stored file that no longer matches its hash', async () => {
    const opened = await sessions.open(librarian('one'), new TextEncoder().encode('changed later'), 'b.bib', {
      skipInvalid: false,
      publish: false,
    });
    fs.writeFileSync(path.join(dir, 'uploads', opened.sha256.slice(0, 2), opened.sha256), 'tampered');
    await expect(sessions.bytesOf(opened)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
