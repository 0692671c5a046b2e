import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/demo.ts';
import { openDatabase } from '../src/db/index.ts';
import { generatedBibliography } from '../test/bibliography.ts';
import {
  holdTable,
  killNine,
  lockHolder,
  type StartFigures,
  throwAwayPostgres,
  timedStart,
  until,
} from './crash-support.ts';
import { HttpClient } from './http-client.ts';
import { freePort, type RunningServer, runCli, tempDataDir } from './server.ts';
import { copiedDataDir } from './suite.ts';

/**
 * kill -9 in the middle of three writes, on PGlite and (with DATABASE_URL) on PostgreSQL: an application section
 * saved, an application submitted, a library import confirmed. After each kill the server restarts on the same
 * data (PGlite: taking over the dead process's lock), and the checks hold whichever side of the commit the kill
 * landed: what was acknowledged is there, and nothing is half written.
 *
 * Where the kill lands: on PostgreSQL, another connection holds the table of the transaction's last INSERT in
 * SHARE mode, so the server is killed while it waits there, everything else of the transaction written and not
 * committed. On PGlite (in the server's process, out of reach) the import is killed once its progress shows
 * records being written; a save and a submission are short, so the kill is aimed from the time the same work took
 * just before (the PDF of the file, for the submission, whose receipt PDF is made inside the transaction).
 */
const engines = ['pglite', ...(process.env.DATABASE_URL ? ['postgres' as const] : [])] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The project section at version `n`: every answer says `n`, so a mix of two versions shows. */
const projectAnswers = (n: number) => ({
  title: `Version ${n} du projet`,
  summary: `Résumé de la version ${n} : ateliers, tutorat et lien avec les familles.`,
  aims: n % 2 ? ['prevent'] : ['prevent', 'intervene'],
  parents: 'yes',
  parentsHow: `Rencontres avec les familles, version ${n}.`,
});

/** The other sections, enough to submit (the demo file has only its project). */
function otherSections(years: number[]) {
  const perYear = (cents: number) => Object.fromEntries(years.map((y) => [String(y), String(cents)]));
  return {
    people: {
      targetGroup: {
        ageBands: { '12-14': 30, '15-17': 10 },
        levels: { secondary: 40 },
        sexes: { girls: 21, boys: 19 },
      },
      schools: [],
      municipalities: ['21015'],
    },
    // Full lists, so that the receipt's PDF, made inside the submission's transaction, takes its time.
    activities: {
      activities: Array.from({ length: 30 }, (_, i) => ({
        activity: `Atelier ${i + 1} : soutien scolaire, remobilisation et lien avec les familles du quartier`,
        schedule: `Semaine ${i + 1}, mercredi de 14:00 à 16:00, hors congés scolaires`,
        place: 'Local de l’association, rue Royale Sainte-Marie 10, Schaerbeek',
      })),
    },
    partners: {
      partners: Array.from({ length: 20 }, (_, i) => ({ name: `École partenaire ${i + 1}`, role: 'Orientation' })),
    },
    budget: {
      budget: {
        lines: [{ category: 'staff', label: 'Animatrice (mi-temps)', amounts: perYear(1_000_000) }],
        cofunding: [],
      },
    },
  };
}

describe.each(engines)('kill -9 during writes, on %s', (engine) => {
  let data: { dir: string; remove: () => void };
  let postgres: Awaited<ReturnType<typeof throwAwayPostgres>> | undefined;
  let env: Record<string, string> = {};
  let server: RunningServer;
  const applicant = new HttpClient('');
  const librarian = new HttpClient('');
  const figures: string[] = [];
  let applicationId = '';
  let reference = '';
  let projectVersion = 0;
  let importId = '';
  const importCount = 10_000;
  const mark = `Crashimport${engine}`;

  const start = async (): Promise<StartFigures> => {
    const started = await timedStart(env);
    server = started.server;
    applicant.base = server.url;
    librarian.base = server.url;
    return started;
  };
  const application = async () => {
    const res = await applicant.get(`/api/v1/applications/${applicationId}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  /** Kills the server, checks that its lock stays behind (PGlite), and starts it again, which takes the lock over. */
  async function crashAndRestart(what: string, beforeRestart?: () => Promise<void>): Promise<void> {
    const dead = server.child.pid;
    await killNine(server);
    if (engine === 'pglite') expect(lockHolder(data.dir), 'the dead process’s lock is left behind').toBe(dead);
    await beforeRestart?.();
    const started = await start();
    if (engine === 'pglite') expect(lockHolder(data.dir)).toBe(server.child.pid);
    figures.push(`${what}: restart after kill -9 in ${started.wallMs} ms (server start-up ${started.startupMs} ms)`);
  }

  beforeAll(async () => {
    // PGlite: a copy of the run's seeded folder; PostgreSQL: a new database, seeded below.
    data = engine === 'pglite' ? copiedDataDir() : tempDataDir();
    if (engine === 'postgres') postgres = await throwAwayPostgres(process.env.DATABASE_URL as string);
    // Development servers make the demo accounts, calls and files: a draft of the applicant among them.
    env = {
      DATA_DIR: data.dir,
      NODE_ENV: 'development',
      PORT: String(await freePort()),
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    };
    if (postgres) {
      const seeded = await runCli(['seed'], env);
      expect(seeded.code, seeded.stderr).toBe(0);
    }
    const first = await start();
    figures.push(`first start: ${first.wallMs} ms (server start-up ${first.startupMs} ms)`);
    await applicant.signIn('applicant@demo.accroche.localhost', DEMO_PASSWORD);
    await librarian.signIn('librarian@demo.accroche.localhost', DEMO_PASSWORD);
    const mine = (await (await applicant.get('/api/v1/applications')).json()) as {
      data: { id: string; state: string; reference: string }[];
    };
    const draft = mine.data.find((a) => a.state === 'draft');
    if (!draft) throw new Error('the demo applicant has no draft');
    ({ id: applicationId, reference } = draft);
  }, 900_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) await server.stop();
    await postgres?.drop();
    data?.remove();
    console.log(`kill -9 on ${engine}:\n  ${figures.join('\n  ')}`);
  }, 120_000);

  it('keeps every acknowledged save, and the save cut short is wholly old or wholly new', async () => {
    projectVersion = (await application()).sectionVersions.project;
    const save = (from: number) =>
      applicant.json('PUT', `/api/v1/applications/${applicationId}/sections/project`, {
        answers: projectAnswers(from + 1),
        sectionVersion: from,
      });
    const took: number[] = [];
    for (let i = 0; i < 5; i++) {
      const began = performance.now();
      const res = await save(projectVersion);
      expect(res.status).toBe(200);
      projectVersion = ((await res.json()) as { sectionVersion: number }).sectionVersion;
      took.push(performance.now() - began);
    }
    const acknowledged = projectVersion;
    const hold = postgres ? await holdTable(postgres.url, 'audit_log') : undefined;
    const cut = save(acknowledged).then(
      (res) => res.status,
      () => 'no answer',
    );
    try {
      if (hold) await hold.blocked();
      else await sleep(median(took) * 0.6);
      await crashAndRestart('save', hold?.release);
    } finally {
      await hold?.abandon();
    }
    const answered = await cut;

    const after = await application();
    const version = after.sectionVersions.project as number;
    if (answered === 200) expect(version).toBe(acknowledged + 1);
    else expect([acknowledged, acknowledged + 1]).toContain(version);
    // Held at its last INSERT, the transaction had written the answers but not committed them.
    if (hold) expect(version).toBe(acknowledged);
    expect(after.answers).toMatchObject(projectAnswers(version));
    expect(after.title).toBe(projectAnswers(version).title);
    const aim = hold ? 'held at its audit row' : `aimed ${Math.round(median(took) * 0.6)} ms after sending`;
    figures.push(
      `save (${aim}): answered ${answered}; after restart the ${version > acknowledged ? 'new' : 'old'} version`,
    );
    const next = await save(version);
    expect(next.status).toBe(200);
    projectVersion = ((await next.json()) as { sectionVersion: number }).sectionVersion;
  }, 600_000);

  it('submits all or nothing: frozen answers with their audit row and receipt, or still a draft', async () => {
    const before = await application();
    const years = (/(\d{4})-(\d{4})$/.exec(before.callCode as string) ?? []).slice(1).map(Number);
    const span = Array.from({ length: (years[1] ?? 0) - (years[0] ?? 0) + 1 }, (_, i) => (years[0] ?? 0) + i);
    for (const [section, answers] of Object.entries(otherSections(span))) {
      const res = await applicant.json('PUT', `/api/v1/applications/${applicationId}/sections/${section}`, {
        answers,
        sectionVersion: before.sectionVersions[section] ?? 0,
      });
      expect(res.status, `${section}: ${await res.clone().text()}`).toBe(200);
    }
    // The time the file's PDF takes once the fonts are loaded (the second of two).
    let pdfMs = 0;
    for (let i = 0; i < 2; i++) {
      const began = performance.now();
      const pdf = await applicant.get(`/fr/applications/${applicationId}.pdf`);
      expect(pdf.status).toBe(200);
      await pdf.arrayBuffer();
      pdfMs = performance.now() - began;
    }

    const hold = postgres ? await holdTable(postgres.url, 'mail_outbox') : undefined;
    const submit = (requestId: string) =>
      applicant.json(
        'POST',
        `/api/v1/applications/${applicationId}/submit`,
        { declaration: true },
        {
          'x-request-id': requestId,
        },
      );
    const cut = submit('crash-submission-cut').then(
      (res) => res.status,
      () => 'no answer',
    );
    try {
      if (hold) await hold.blocked();
      else await sleep(pdfMs * 0.5);
      await crashAndRestart('submission', hold?.release);
    } finally {
      await hold?.abandon();
    }
    const answered = await cut;

    const after = await application();
    if (after.state === 'submitted') {
      expect(after.submitted).toEqual(after.answers);
      expect(after.submittedAt).not.toBeNull();
    } else {
      expect(answered).not.toBe(200);
      expect(after).toMatchObject({ state: 'draft', submitted: null, submittedAt: null });
    }
    if (hold) expect(after.state).toBe('draft');
    const aim = hold ? 'held at its receipt' : `aimed ${Math.round(pdfMs * 0.5)} ms after sending`;
    figures.push(`submission (${aim}): answered ${answered}; after restart ${after.state}`);
    // Submitting now: the draft goes in; a file already submitted answers as a double click would.
    const again = await submit('crash-submission-again');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { submittedNow: boolean }).submittedNow).toBe(after.state === 'draft');
  }, 600_000);

  it('imports a large file all or nothing, says after the restart that nothing was imported, and imports it once confirmed again', async () => {
    const upload = await librarian.postFile(
      '/en/library/manage/import',
      { publish: 'on' },
      new File([new Uint8Array(generatedBibliography(importCount, mark))], 'crash.json', { type: 'application/json' }),
    );
    expect(upload.status).toBe(303);
    const address = upload.headers.get('location') as string;
    importId = address.split('/').pop() as string;
    expect((await librarian.get(address)).status).toBe(200);
    const found = async () => {
      const res = await librarian.get(`/api/v1/library/search?q=${mark}`);
      return ((await res.json()) as { total: number }).total;
    };
    expect(await found()).toBe(0);

    const hold = postgres ? await holdTable(postgres.url, 'audit_log') : undefined;
    const cut = librarian.postForm(address, { action: 'import', publish: 'on' }).then(
      (res) => res.status,
      () => 'no answer',
    );
    let written = 0;
    try {
      if (hold) await hold.blocked();
      else {
        await until('the import to write records', async () => {
          const status = (await (await fetch(`${server.url}${address}/status`)).json()) as {
            phase: string;
            done: number;
          };
          written = status.done;
          return status.phase === 'write' && status.done >= 1000;
        });
      }
      await crashAndRestart('import', hold?.release);
    } finally {
      await hold?.abandon();
    }
    const answered = await cut;

    const sessionFile = path.join(data.dir, 'library-imports', `${importId}.json`);
    const session = JSON.parse(fs.readFileSync(sessionFile, 'utf8'));
    expect(server.output.some((l) => l.includes('library imports left running by a stopped process'))).toBe(true);
    if (session.state === 'done') {
      expect(await found()).toBe(importCount);
    } else {
      expect(answered).not.toBe(303);
      expect(session).toMatchObject({ state: 'ready', interrupted: expect.any(String) });
      expect(await found()).toBe(0);
      const said = {
        en: 'was interrupted when the server stopped: nothing was imported. You can confirm the import again.',
        fr: 'a été interrompue, le serveur s’étant arrêté : rien n’a été importé.',
        nl: 'is onderbroken omdat de server stopte: er is niets geïmporteerd.',
      };
      for (const [lang, text] of Object.entries(said)) {
        expect(await (await librarian.get(address.replace('/en/', `/${lang}/`))).text()).toContain(text);
      }
      const again = await librarian.postForm(address, { action: 'import', publish: 'on' });
      expect(again.status).toBe(303);
      expect(await (await librarian.get(address)).text()).toContain('Import done');
      expect(await found()).toBe(importCount);
    }
    figures.push(
      `import of ${importCount}: ${hold ? 'held at its audit row, every record written' : `killed with ${written} records written`}; answered ${answered}; after restart ${session.state}`,
    );
  }, 900_000);

  it('leaves a database where each write is whole, checked row by row once the server stops', async () => {
    expect(await server.stop()).toBe(0);
    const database = await openDatabase(postgres ? { databaseUrl: postgres.url } : { dataDir: data.dir });
    const rows = async <T>(query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
    try {
      // Every save of the project section has its audit row, one per version, and none of the save cut short.
      const saves = await rows<{ version: number }>(
        sql`SELECT (changes->>'version')::int AS version FROM audit_log WHERE action = 'application.save'
              AND entity_id = ${applicationId} AND changes->>'section' = 'project' ORDER BY 1`,
      );
      expect(saves.map((s) => s.version)).toEqual(Array.from({ length: projectVersion }, (_, i) => i + 1));
      // Submitted once: the frozen answers, one audit row, one receipt with its PDF.
      const [file] = await rows<{ state: string; same: boolean }>(
        sql`SELECT state, submitted = answers AS same FROM applications WHERE id = ${applicationId}`,
      );
      expect(file).toEqual({ state: 'submitted', same: true });
      const submits = await rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'application.submit' AND entity_id = ${applicationId}`,
      );
      expect(submits[0]?.n).toBe(1);
      const receipts = await rows<{ mime: string }>(
        sql`SELECT attachments->0->>'mime' AS mime FROM mail_outbox
              WHERE template = 'application-receipt' AND subject LIKE ${`%${reference}%`}`,
      );
      expect(receipts).toEqual([{ mime: 'application/pdf' }]);
      // Imported once: every record of the file, and one audit row naming the session.
      const records = await rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM library_records WHERE title LIKE ${`${mark} %`}`,
      );
      expect(records[0]?.n).toBe(importCount);
      const imports = await rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'library_record.import'
              AND changes->>'session' = ${importId}`,
      );
      expect(imports[0]?.n).toBe(1);
    } finally {
      await database.close();
    }
  }, 300_000);
});
