import { Hono } from 'hono';
import type { DomainError } from '../../../core/errors.ts';
import {
  analyseImport,
  type ImportSession,
  type ImportSessions,
  importSessionsOf,
  listCategories,
  runImportSession,
  settleImportSession,
} from '../../../domain/library/index.ts';
import { LibraryImportPage } from '../../../web/pages/library/import-page.tsx';
import { LibraryImportPreviewPage } from '../../../web/pages/library/import-preview-page.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { formValues, personalView, redirectTo, sendPersonalPage } from '../page.ts';
import { refusalOf, renderRefusal } from '../refusal.ts';
import { confirmationOf, importRefusal, previewChoicesOf, problemsOf, uploadOf } from './form.ts';

/** The import sessions of a data folder (one instance per process, so that progress is shared). */
export const importSessions = (deps: AppDeps): ImportSessions => importSessionsOf(deps.config.dataDir);

const session = `/library/manage/import/:id{[0-9a-f]{32}}`;

/**
 * The progress of a running import as JSON, for the page's script. Mounted ahead of the session middleware: the
 * database is busy with the import's transaction, and the session id (random, 128 bits) only reveals counts.
 */
export function libraryImportStatus(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/library/manage/import/:id/status', (c) => {
    const status = importSessions(deps).status(c.req.param('id')) ?? {
      state: 'unknown',
      phase: null,
      done: 0,
      total: 0,
    };
    c.header('cache-control', 'no-store');
    return c.json(status);
  });
  return routes;
}

/**
 * The web import in two steps: the upload keeps the file on the server (by SHA-256) in an import session and
 * shows its preview; the confirmation applies the mapping and the decisions in one transaction, then shows the
 * report. Every step is a plain form; the page's script adds progress bars. Librarians and admins (pages/index.ts).
 */
export function libraryImportPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const sessions = importSessions(deps);
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);
  const back = (c: Ctx, s: ImportSession) => redirectTo(c, `/library/manage/import/${s.id}`);

  /** The preview of a session, with a refused confirmation's problems; a file no format reads goes back to upload. */
  const preview = async (
    c: Ctx,
    s: ImportSession,
    values: Record<string, string>,
    status = 200,
    error?: DomainError,
  ) => {
    const view = viewOf(c);
    const ctx = domainContext(c, deps);
    const planned = async () =>
      Promise.all([analyseImport(ctx, await sessions.bytesOf(s), { categoryMap: s.categoryMap }), listCategories(ctx)]);
    return renderRefusal(c, planned, {
      read: refusalOf('VALIDATION', 422, '_form', 'library.manage.unknownFormat'),
      form: ({ errors }) =>
        sendPersonalPage(c, <LibraryImportPage view={view} values={{}} error={errors._form} />, 422),
      done: ([plan, categories]) => {
        const message =
          error && view.t(error.code === 'CONFLICT' ? 'library.manage.changed' : 'library.manage.refused');
        const refusal = message ? { error: message, problems: problemsOf(view, plan, error) } : {};
        const page = (
          <LibraryImportPreviewPage
            view={view}
            session={s}
            plan={plan}
            categories={categories}
            values={values}
            {...refusal}
          />
        );
        return sendPersonalPage(c, page, status as 200 | 409 | 422);
      },
    });
  };

  routes.get('/library/manage/import', (c) => sendPersonalPage(c, <LibraryImportPage view={viewOf(c)} values={{}} />));

  routes.post('/library/manage/import', async (c) => {
    const view = viewOf(c);
    const { values, file, problem, options } = uploadOf(await c.req.parseBody());
    if (problem || !file) {
      return sendPersonalPage(
        c,
        <LibraryImportPage view={view} values={values} error={view.t(problem ?? 'library.manage.noFile')} />,
        422,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opened = await sessions.open(domainContext(c, deps).actor, bytes, file.name, options);
    return c.redirect(view.href(`/library/manage/import/${opened.id}`), 303);
  });

  /** The session of this person, settled first if a process that is gone left it running. */
  const current = async (c: Ctx) =>
    settleImportSession(deps.db, sessions, await sessions.get(domainContext(c, deps).actor, c.req.param('id') ?? ''));

  routes.get(session, async (c) => {
    const s = await current(c);
    if (s.state !== 'done' || !s.report) return preview(c, s, {});
    return sendPersonalPage(c, <LibraryImportPage view={viewOf(c)} values={{}} report={s.report} />);
  });

  routes.post(session, async (c) => {
    const s = await current(c);
    if (s.state !== 'ready') return back(c, s);
    const values = await formValues(c);
    Object.assign(s, previewChoicesOf(values));
    if (values.action !== 'import') {
      await sessions.save(s);
      return preview(c, s, values);
    }
    return renderRefusal(c, () => runImportSession(domainContext(c, deps), sessions, s, confirmationOf(values)), {
      read: importRefusal,
      form: (_, refusal) => preview(c, s, values, refusal.status, refusal.error),
      done: () => back(c, s),
    });
  });

  return routes;
}
