import { hostname } from 'node:os';
import type { Hono, MiddlewareHandler } from 'hono';
import { bootId } from '../core/boot.ts';
import { DomainError } from '../core/errors.ts';
import { analyseImport, type ImportPlan } from '../domain/library/import-plan.ts';
import { alreadyImported, importRecords } from '../domain/library/import-records.ts';
import { type ImportSession, type ImportSessions, importSessionsOf } from '../domain/library/import-sessions.ts';
import { listCategories } from '../domain/library/index.ts';
import { type DuplicateDecision, type FieldChoice, mergeFields } from '../domain/library/merge-records.ts';
import { settleImportSession } from '../domain/library/recover-imports.ts';
import { LibraryImportPage, reasonText } from '../web/pages/library/import-page.tsx';
import { LibraryImportPreviewPage, shownTerms } from '../web/pages/library/import-preview-page.tsx';
import type { View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { formValues, personalView, sendPersonalPage } from './personal-page.ts';

/** Largest bibliography file the web import takes. */
export const maxImportUpload = 20 * 1024 * 1024;

/** The import sessions of a data folder (one instance per process, so that progress is shared). */
export const importSessions = (deps: AppDeps): ImportSessions => importSessionsOf(deps.config.dataDir);

/**
 * The progress of a running import as JSON, for the page's script. Mounted ahead of the session middleware: the
 * database is busy with the import's transaction, and the session id (random, 128 bits) only reveals counts.
 */
export const libraryImportStatus =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c) => {
    const id = c.req.param('id') ?? '';
    const status = importSessions(deps).status(id) ?? { state: 'unknown', phase: null, done: 0, total: 0 };
    c.header('cache-control', 'no-store');
    return c.json(status);
  };

const choices = new Set<string>(['existing', 'incoming', 'union']);

/** The librarian's decisions per duplicate line, read from the merge form (anything else is ignored). */
export function decisionsOf(values: Record<string, string>): Record<number, DuplicateDecision> {
  const decisions: Record<number, DuplicateDecision> = {};
  for (const [key, value] of Object.entries(values)) {
    const m = /^dup-(\d{1,9})$/.exec(key);
    if (!m) continue;
    const line = Number(m[1]);
    const seenValue = values[`seen-${line}`] ?? '';
    const seen = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(seenValue) ? seenValue : undefined;
    if (value === 'replace') decisions[line] = { action: 'replace', ...(seen ? { seen } : {}) };
    else if (value === 'merge') {
      const fields: Partial<Record<(typeof mergeFields)[number], FieldChoice>> = {};
      for (const f of mergeFields) {
        const choice = values[`field-${line}-${f}`];
        if (choice && choices.has(choice)) fields[f] = choice as FieldChoice;
      }
      decisions[line] = { action: 'merge', fields, ...(seen ? { seen } : {}) };
    } else decisions[line] = { action: 'skip' };
  }
  return decisions;
}

/** The category mapping chosen on the preview: source term to category code. */
function mappingOf(values: Record<string, string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (let i = 0; i < shownTerms; i++) {
    const term = values[`term-${i}`];
    const code = values[`map-${i}`];
    if (term && code) map[term] = code;
  }
  return map;
}

/**
 * The web import in two steps: the upload keeps the file on the server (by SHA-256) in an import session and
 * shows its preview; the confirmation applies the mapping and the decisions in one transaction, then shows the
 * report. Every step is a plain form; the page's script adds progress bars.
 */
/** The lines of a refused import in the reader's language: the invalid entries, or what the refusal names. */
function problemsOf(view: View, plan: ImportPlan, error: DomainError | undefined) {
  if (error?.code === 'VALIDATION' && plan.rejected.length > 0)
    return plan.rejected.map((l) => ({
      field: `${view.t('library.manage.line')} ${l.line}`,
      message: reasonText(view, l),
    }));
  return error?.fields ?? [];
}

export function mountImportRoutes(routes: Hono<AppEnv>, deps: AppDeps): void {
  const sessions = importSessions(deps);
  const session = `/library/manage/import/:id{[0-9a-f]{32}}`;

  const preview = async (
    c: Ctx,
    s: ImportSession,
    values: Record<string, string>,
    status: 200 | 409 | 422 = 200,
    error?: DomainError,
  ) => {
    const view = personalView(c, deps.config.secure);
    const ctx = domainContext(c, deps);
    try {
      const [plan, categories] = await Promise.all([
        analyseImport(ctx, await sessions.bytesOf(s), { categoryMap: s.categoryMap }),
        listCategories(ctx),
      ]);
      const message = error
        ? view.t(error.code === 'CONFLICT' ? 'library.manage.changed' : 'library.manage.refused')
        : undefined;
      return sendPersonalPage(
        c,
        <LibraryImportPreviewPage
          view={view}
          session={s}
          plan={plan}
          categories={categories}
          values={values}
          {...(message ? { error: message, problems: problemsOf(view, plan, error) } : {})}
        />,
        status,
      );
    } catch (e) {
      if (e instanceof DomainError && e.code === 'VALIDATION') {
        const refusal = view.t('library.manage.unknownFormat');
        return sendPersonalPage(c, <LibraryImportPage view={view} values={{}} error={refusal} />, 422);
      }
      throw e;
    }
  };

  routes.post('/library/manage/import', async (c) => {
    const view = personalView(c, deps.config.secure);
    const body = await c.req.parseBody();
    const values = Object.fromEntries(
      Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'),
    );
    const file = body.file;
    const refuse = (error: string) =>
      sendPersonalPage(c, <LibraryImportPage view={view} values={values} error={error} />, 422);
    if (!(file instanceof File) || file.size === 0) return refuse(view.t('library.manage.noFile'));
    if (file.size > maxImportUpload) return refuse(view.t('library.manage.tooLarge'));
    const opened = await sessions.open(
      domainContext(c, deps).actor,
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      { skipInvalid: values.skipInvalid === 'on', publish: values.publish === 'on' },
    );
    return c.redirect(view.href(`/library/manage/import/${opened.id}`), 303);
  });

  /** The session of this person, settled first if a process that is gone left it running. */
  const current = async (c: Ctx) =>
    settleImportSession(deps.db, sessions, await sessions.get(domainContext(c, deps).actor, c.req.param('id') ?? ''));

  routes.get(session, async (c) => {
    const s = await current(c);
    if (s.state === 'done' && s.report) {
      const view = personalView(c, deps.config.secure);
      return sendPersonalPage(c, <LibraryImportPage view={view} values={{}} report={s.report} />);
    }
    return preview(c, s, {});
  });

  routes.post(session, async (c) => {
    const ctx = domainContext(c, deps);
    const s = await current(c);
    if (s.state !== 'ready') return c.redirect(`/${c.get('lang')}/library/manage/import/${s.id}`, 303);
    const values = await formValues(c);
    s.categoryMap = mappingOf(values);
    s.skipInvalid = values.skipInvalid === 'on';
    s.publish = values.publish === 'on';
    if (values.action !== 'import') {
      await sessions.save(s);
      return preview(c, s, values);
    }
    if (!sessions.claim(s.id)) return c.redirect(`/${c.get('lang')}/library/manage/import/${s.id}`, 303);
    // Stamped with this process, so that another one can tell, should this one die, that nothing is running.
    s.state = 'running';
    s.runner = { boot: bootId, pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    delete s.interrupted;
    const back = () => c.redirect(`/${c.get('lang')}/library/manage/import/${s.id}`, 303);
    try {
      await sessions.save(s);
      const report = await importRecords(ctx, await sessions.bytesOf(s), {
        skipInvalid: s.skipInvalid,
        publish: s.publish,
        categoryMap: s.categoryMap,
        decisions: decisionsOf(values),
        onDuplicate: values.rest === 'replace' ? 'update' : 'skip',
        onProgress: (done, total, phase) => sessions.setProgress(s.id, { state: 'running', phase, done, total }),
        session: s.id,
        beforeWrite: (planned) => sessions.save({ ...s, report: planned }),
      });
      delete s.runner;
      Object.assign(s, { state: 'done', report });
      await sessions.save(s);
      return back();
    } catch (error) {
      // Another process confirmed this session first (two clicks sent to two processes): its outcome is on disk.
      if (error instanceof DomainError && error.fields.some((f) => f.message === alreadyImported)) return back();
      delete s.runner;
      delete s.report;
      s.state = 'ready';
      await sessions.save(s);
      if (error instanceof DomainError && (error.code === 'VALIDATION' || error.code === 'CONFLICT')) {
        return preview(c, s, values, error.code === 'CONFLICT' ? 409 : 422, error);
      }
      throw error;
    } finally {
      sessions.setProgress(s.id, { state: 'done', phase: null, done: 0, total: 0 });
      sessions.release(s.id);
    }
  });
}
