import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { signedInAs, type TestApp } from '../../test/factories.ts';
import { type PlatformRole, systemActor } from '../core/context.ts';
import { auditLog, libraryRecords } from '../db/schema/index.ts';
import { createRecord } from '../domain/library/index.ts';
import type { createApp } from './app.tsx';
import { attachmentDisposition } from './pages/library/form.ts';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
let librarian: Visitor;
let applicant: Visitor;
let openId: string;
let restrictedId: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-library-file-'));
const uploads = path.join(dataDir, 'uploads');
const maxBytes = 1024 * 1024;

/** A small but real PDF file (one empty page). */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Every file kept under the upload folder. */
const storedFiles = () =>
  fs.existsSync(uploads)
    ? fs.readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    : [];

async function signedIn(t: TestApp, who: string, roles: PlatformRole[]) {
  return (await signedInAs(t, { email: `${who}@library-file.example.be`, name: who, roles })).visitor;
}

beforeAll(async () => {
  const t = await testApp({ DATA_DIR: dataDir, UPLOAD_MAX_MB: '1' });
  ({ app, database } = t);
  librarian = await signedIn(t, 'librarian', ['librarian']);
  applicant = await signedIn(t, 'applicant', []);
  const ctx = { actor: systemActor('test'), db: database.db, requestId: 'test', now: new Date() };
  openId = (
    await createRecord(ctx, {
      type: 'report',
      title: 'Rapport sur l’accrochage scolaire',
      fileUrl: 'https://example.be/rapport.pdf',
      access: 'open',
      status: 'published',
    })
  ).id;
  restrictedId = (
    await createRecord(ctx, {
      type: 'thesis',
      title: 'Une thèse en accès restreint',
      access: 'restricted',
      status: 'published',
    })
  ).id;
});
afterAll(async () => {
  await database.dispose();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const rowOf = async (id: string) => {
  const [row] = await database.db.select().from(libraryRecords).where(eq(libraryRecords.id, id));
  if (!row) throw new Error(`no record ${id}`);
  return row;
};
const auditOf = async (id: string) =>
  (
    await database.db
      .select({ action: auditLog.action, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'library_record'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.id)
  ).filter((r) => r.action.endsWith('_file'));
const attach = (who: Visitor, lang: string, id: string, content: Uint8Array, name: string) =>
  who.postMultipart(
    `/${lang}/library/manage/records/${id}/file`,
    {},
    { file: new File([new Uint8Array(content)], name) },
  );

describe('the full text of a library record', () => {
  it('lets a librarian attach a PDF from the edit page, stored by its SHA-256 with its name, type and size', async () => {
    const edit = await (await librarian.get(`/fr/library/manage/records/${openId}`)).text();
    expect(edit).toContain('enctype="multipart/form-data"');
    expect(edit).toContain('Aucun fichier joint.');
    const res = await attach(librarian, 'fr', openId, pdf, 'C:\\Documents\\Étude « accrochage » (finale).pdf');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/fr/library/manage/records/${openId}?fileAttached#file-title`);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(await rowOf(openId)).toMatchObject({
      fileSha256: sha256,
      fileName: 'Étude « accrochage » (finale).pdf',
      fileMime: 'application/pdf',
      fileSize: pdf.byteLength,
    });
    expect(fs.readFileSync(path.join(uploads, sha256.slice(0, 2), sha256)).equals(pdf)).toBe(true);
    const audit = await auditOf(openId);
    expect(audit.map((a) => a.action)).toEqual(['library_record.attach_file']);
    expect(audit[0]?.changes).toMatchObject({ file: { sha256, mime: 'application/pdf', size: pdf.byteLength } });
    const page = await (await librarian.get(`/fr/library/manage/records/${openId}?fileAttached`)).text();
    expect(page).toContain('Le fichier est joint à la notice.');
    expect(page).toContain('Remplacer le fichier');
  });

  it('lets a visitor download it with its type, a safe attachment name and nosniff, and counts the download', async () => {
    const page = await (await app.request(`/en/library/records/${openId}`)).text();
    expect(page).toContain('Download the full text');
    expect(page).toContain('Étude « accrochage » (finale).pdf');
    expect(page).toMatch(/\(PDF, \d+ B\)/);
    expect(page).toContain('"encodingFormat":"application/pdf"');
    const before = (await rowOf(openId)).downloads;
    const file = await app.request(`/en/library/records/${openId}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Etude _ accrochage _ (finale).pdf"; filename*=UTF-8''%C3%89tude%20%C2%AB%20accrochage%20%C2%BB%20%28finale%29.pdf`,
    );
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await rowOf(openId)).downloads).toBe(before + 1);
    const oai = await (
      await app.request(`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:accroche:library/${openId}`)
    ).text();
    expect(oai).toContain(`<dc:identifier>http://localhost:3000/en/library/records/${openId}/file</dc:identifier>`);
    expect(oai).toContain('<dc:format>application/pdf</dc:format>');
  });

  it('writes a Content-Disposition without quotes, backslashes or control characters in the plain name', () => {
    expect(attachmentDisposition('a"b\\c\u0001d’e.pdf')).toBe(
      `attachment; filename="a_b_c_d_e.pdf"; filename*=UTF-8''a%22b%5Cc%01d%E2%80%99e.pdf`,
    );
  });

  it('refuses a text file named .pdf, in the page language, and stores nothing', async () => {
    const files = storedFiles().length;
    const rowBefore = await rowOf(restrictedId);
    const res = await attach(librarian, 'nl', restrictedId, Buffer.from('just text, named like a PDF'), 'tekst.pdf');
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Dit bestand is geen PDF, DOCX, ODT of EPUB');
    expect(html).toContain('href="#field-file"');
    expect(html).toContain('aria-invalid="true"');
    expect(storedFiles().length).toBe(files);
    expect(await rowOf(restrictedId)).toEqual(rowBefore);
    expect(await auditOf(restrictedId)).toEqual([]);
  });

  it('refuses an oversized upload with 413 before the body is read, storing nothing', async () => {
    const files = storedFiles().length;
    const declared = 3 * maxBytes;
    let delivered = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x25);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (delivered >= declared) return controller.close();
        delivered += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await app.request(`/en/library/manage/records/${restrictedId}/file`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: {
        'content-type': 'multipart/form-data; boundary=----accroche',
        'content-length': String(declared),
        origin: 'http://localhost:3000',
        cookie: [...librarian.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('This file is larger than allowed (1 MB): it was not attached.');
    // Nothing read the body beyond what the stream hands over on its own: far less than the limit.
    expect(delivered).toBeLessThan(maxBytes);
    expect(storedFiles().length).toBe(files);
    expect((await rowOf(restrictedId)).fileSha256).toBeNull();
  });

  it('refuses a file just over the limit (within the envelope allowance) with the message on the page', async () => {
    const big = new Uint8Array(maxBytes + 1);
    big.set(pdf);
    const res = await attach(librarian, 'fr', restrictedId, big, 'gros.pdf');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Ce fichier dépasse la taille permise (1 MB) : il n’a pas été joint.');
    expect((await rowOf(restrictedId)).fileSha256).toBeNull();
  });

  it('refuses applicants (403), sends visitors to sign in, and refuses a form without its CSRF token', async () => {
    const files = storedFiles().length;
    expect((await attach(applicant, 'fr', restrictedId, pdf, 'a.pdf')).status).toBe(403);
    const visitor = new Visitor(app);
    await visitor.get('/fr/sign-in');
    const anonymous = await attach(visitor, 'fr', restrictedId, pdf, 'a.pdf');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/fr/sign-in');
    const form = new FormData();
    form.set('file', new File([new Uint8Array(pdf)], 'a.pdf'));
    const noToken = await app.request(`/fr/library/manage/records/${restrictedId}/file`, {
      method: 'POST',
      body: form,
      headers: {
        origin: 'http://localhost:3000',
        cookie: [...librarian.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    expect(noToken.status).toBe(403);
    const removal = await applicant.post(`/fr/library/manage/records/${openId}/file/remove`, {});
    expect(removal.status).toBe(403);
    expect(storedFiles().length).toBe(files);
    expect((await rowOf(restrictedId)).fileSha256).toBeNull();
    expect((await rowOf(openId)).fileSha256).not.toBeNull();
    expect(await auditOf(restrictedId)).toEqual([]);
  });

  it('keeps a restricted full text from the public and lets librarians download it', async () => {
    expect((await attach(librarian, 'fr', restrictedId, pdf, 'these.pdf')).status).toBe(303);
    const page = await (await app.request(`/fr/library/records/${restrictedId}`)).text();
    expect(page).toContain('Accès restreint : ce texte intégral n’est pas téléchargeable par le public.');
    expect(page).not.toContain('id="file-download"');
    expect(page).not.toContain('encodingFormat');
    const oai = await (
      await app.request(`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:accroche:library/${restrictedId}`)
    ).text();
    expect(oai).toContain('<dc:format>application/pdf</dc:format>');
    expect(oai).not.toContain(`${restrictedId}/file`);
    const before = (await rowOf(restrictedId)).downloads;
    expect((await app.request(`/fr/library/records/${restrictedId}/file`)).status).toBe(403);
    expect((await applicant.get(`/fr/library/records/${restrictedId}/file`)).status).toBe(403);
    expect((await rowOf(restrictedId)).downloads).toBe(before);
    const curatorPage = await (await librarian.get(`/fr/library/records/${restrictedId}`)).text();
    expect(curatorPage).toContain('id="file-download"');
    expect(curatorPage).toContain('vous le pouvez en tant que bibliothécaire');
    const file = await librarian.get(`/fr/library/records/${restrictedId}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect((await rowOf(restrictedId)).downloads).toBe(before + 1);
  });

  it('removes the file with an audit row, and the external address applies again', async () => {
    const res = await librarian.post(`/fr/library/manage/records/${openId}/file/remove`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/fr/library/manage/records/${openId}?fileRemoved#file-title`);
    expect(await rowOf(openId)).toMatchObject({ fileSha256: null, fileName: null, fileMime: null, fileSize: null });
    expect((await auditOf(openId)).map((a) => a.action)).toEqual([
      'library_record.attach_file',
      'library_record.detach_file',
    ]);
    const file = await app.request(`/fr/library/records/${openId}/file`);
    expect(file.status).toBe(302);
    expect(file.headers.get('location')).toBe('https://example.be/rapport.pdf');
    const page = await (await app.request(`/fr/library/records/${openId}`)).text();
    expect(page).not.toContain('id="file-download"');
    expect(page).toContain('https://example.be/rapport.pdf');
    // Removing again changes nothing and writes no second row.
    expect((await librarian.post(`/fr/library/manage/records/${openId}/file/remove`, {})).status).toBe(303);
    expect((await auditOf(openId)).length).toBe(2);
  });
});
