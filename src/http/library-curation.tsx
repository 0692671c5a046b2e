import path from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { DomainError } from '../core/errors.ts';
import type { MessageKey } from '../core/i18n/index.ts';
import { FileStore } from '../domain/files/store.ts';
import {
  attachRecordFile,
  createRecord,
  detachRecordFile,
  getRecord,
  type LibraryRecord,
  libraryPolicy,
  listCategories,
  listRecordsForCuration,
  RecordFileError,
  setRecordStatus,
  updateRecord,
} from '../domain/library/index.ts';
import type { FormState } from '../web/components/form.tsx';
import { type CurationFilter, CurationListPage } from '../web/pages/library/curation-list-page.tsx';
import { RecordFormPage } from '../web/pages/library/record-form-page.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import {
  differingFields,
  fieldLabels,
  inputOfValues,
  messageOfField,
  newRecordValues,
  recordFields,
  valuesOfRecord,
} from './library-curation-form.ts';
import { personalView, sendPersonalPage } from './personal-page.ts';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const notices = {
  created: 'library.curation.notice.created',
  saved: 'library.curation.notice.saved',
  published: 'library.curation.notice.published',
  unpublished: 'library.curation.notice.unpublished',
  fileAttached: 'library.curation.notice.fileAttached',
  fileRemoved: 'library.curation.notice.fileRemoved',
} as const satisfies Record<string, MessageKey>;

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The posted form's fields: text as typed, checkboxes (several values) one a line, the CSRF token left out. */
async function postedValues(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    const texts = ([] as unknown[]).concat(v).filter((x): x is string => typeof x === 'string');
    values[k] = texts.join('\n');
  }
  return values;
}

/**
 * The librarians' record pages under `/{lang}/library/manage/records`: the list with drafts, the form that creates
 * a record, and the form that edits one. Every change goes through the library's verbs (transaction, audit row,
 * word list and page cache). Visitors are sent to sign in; signed-in people who do not curate get 403.
 */
export function createLibraryCurationRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const files = {
    store: new FileStore(path.join(deps.config.dataDir, 'uploads')),
    maxBytes: deps.config.uploadMaxBytes,
  };
  const maxUploadMb = megabytes(deps.config.uploadMaxBytes);
  const to = (c: Ctx, p: string) => c.redirect(`/${c.get('lang')}${p}`, 303);
  const noticeOf = (c: Ctx) => {
    const key = Object.keys(notices).find((k) => c.req.query(k) !== undefined) as keyof typeof notices | undefined;
    return key ? personalView(c, deps.config.secure).t(notices[key]) : undefined;
  };

  const curator: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!c.get('user')) return c.redirect(`/${c.get('lang')}/sign-in`, 303);
    if (!libraryPolicy.curate(domainContext(c, deps).actor).ok) {
      throw new DomainError('FORBIDDEN', 'Only librarians curate the library');
    }
    return next();
  };
  routes.use('/library/manage/records', curator);
  routes.use('/library/manage/records/*', curator);

  routes.get('/library/manage/records', async (c) => {
    const status = c.req.query('status');
    const filter: CurationFilter = {
      q: (c.req.query('q') ?? '').slice(0, 800),
      status: status === 'draft' || status === 'published' ? status : null,
    };
    const page = Number.parseInt(c.req.query('page') ?? '1', 10) || 1;
    const list = await listRecordsForCuration(domainContext(c, deps), { ...filter, page });
    const view = personalView(c, deps.config.secure);
    return sendPersonalPage(c, <CurationListPage view={view} list={list} filter={filter} notice={noticeOf(c)} />);
  });

  /** The form, filled or refused; `status` 422 for problems, 409 for a save over someone else's. */
  const form = async (
    c: Ctx,
    state: FormState,
    record?: LibraryRecord,
    status?: 200 | 409 | 422,
    conflict?: string,
    fileError?: string,
  ) => {
    const categories = await listCategories(domainContext(c, deps));
    const view = personalView(c, deps.config.secure);
    return sendPersonalPage(
      c,
      <RecordFormPage
        view={view}
        state={state}
        categories={categories}
        record={record}
        notice={noticeOf(c)}
        conflict={conflict}
        fileError={fileError}
        maxUploadMb={maxUploadMb}
      />,
      status ?? (Object.keys(state.errors).length || fileError ? 422 : 200),
    );
  };

  /** Problems as the form shows them: in the page's language, in the order of the fields on the page. */
  const refused = (c: Ctx, values: Record<string, string>, problems: Partial<Record<string, MessageKey>>) => {
    const { t } = personalView(c, deps.config.secure);
    const order = (f: string) => {
      const i = (recordFields as readonly string[]).indexOf(f);
      return i < 0 ? recordFields.length : i;
    };
    const errors = Object.fromEntries(
      Object.entries(problems)
        .sort(([a], [b]) => order(a) - order(b))
        .map(([f, key]) => [f, t(key as MessageKey)]),
    );
    return { values, errors };
  };
  const verbProblems = (error: DomainError) =>
    Object.fromEntries(error.fields.map((f) => [f.field, messageOfField(f.field)]));

  routes.get('/library/manage/records/new', (c) => form(c, { values: newRecordValues(), errors: {} }));

  routes.post('/library/manage/records/new', async (c) => {
    const values = await postedValues(c);
    const { input, status, problems } = inputOfValues(values);
    if (Object.keys(problems).length) return form(c, refused(c, values, problems));
    try {
      const created = await createRecord(domainContext(c, deps), { ...input, status });
      return to(c, `/library/manage/records/${created.id}?created`);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'VALIDATION') {
        return form(c, refused(c, values, verbProblems(error)));
      }
      throw error;
    }
  });

  routes.get(`/library/manage/records/:id{${uuid}}`, async (c) => {
    const record = await getRecord(domainContext(c, deps), c.req.param('id'));
    return form(c, { values: valuesOfRecord(record), errors: {} }, record);
  });

  routes.post(`/library/manage/records/:id{${uuid}}`, async (c) => {
    const ctx = domainContext(c, deps);
    const record = await getRecord(ctx, c.req.param('id'));
    const values = await postedValues(c);
    const { input, status, problems } = inputOfValues(values);
    if (Object.keys(problems).length) return form(c, refused(c, values, problems), record);
    try {
      await updateRecord(ctx, record.id, input, { expectedUpdatedAt: values.updatedAt ?? '' });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'VALIDATION') {
        return form(c, refused(c, values, verbProblems(error)), record);
      }
      if (error instanceof DomainError && error.code === 'CONFLICT') {
        // What was typed stays; the form now carries the saved version, so saving again replaces it knowingly.
        const saved = await getRecord(ctx, record.id);
        const { t } = personalView(c, deps.config.secure);
        const fields = differingFields(values, valuesOfRecord(saved)).map((f) => t(fieldLabels[f]));
        const message = [
          t('library.curation.error.conflict'),
          fields.length ? t('library.curation.error.conflictFields', { fields: fields.join(', ') }) : '',
        ].join(' ');
        return form(c, { values: { ...values, updatedAt: saved.updatedAt }, errors: {} }, saved, 409, message.trim());
      }
      throw error;
    }
    if (status !== record.status) await setRecordStatus(ctx, record.id, status);
    return to(c, `/library/manage/records/${record.id}?saved`);
  });

  // The full text: a multipart form of its own on the edit page (the size limit is checked in app.tsx first).
  routes.post(`/library/manage/records/:id{${uuid}}/file`, async (c) => {
    const ctx = domainContext(c, deps);
    const id = c.req.param('id');
    const file = (await c.req.parseBody()).file;
    try {
      await attachRecordFile(
        ctx,
        id,
        {
          fileName: file instanceof File ? file.name : '',
          content: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
        },
        files,
      );
    } catch (error) {
      if (error instanceof RecordFileError) {
        const record = await getRecord(ctx, id);
        const { t } = personalView(c, deps.config.secure);
        const message = t(`library.curation.file.error.${error.reason}`, { max: maxUploadMb });
        return form(c, { values: valuesOfRecord(record), errors: {} }, record, 422, undefined, message);
      }
      throw error;
    }
    return to(c, `/library/manage/records/${id}?fileAttached#file-title`);
  });

  routes.post(`/library/manage/records/:id{${uuid}}/file/remove`, async (c) => {
    await detachRecordFile(domainContext(c, deps), c.req.param('id'));
    return to(c, `/library/manage/records/${c.req.param('id')}?fileRemoved#file-title`);
  });

  return routes;
}
