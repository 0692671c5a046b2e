import { Hono } from 'hono';
import {
  attachRecordFile,
  createRecord,
  detachRecordFile,
  getRecord,
  type LibraryRecord,
  listCategories,
  listRecordsForCuration,
  setRecordStatus,
  updateRecord,
} from '../../../domain/library/index.ts';
import type { FormState } from '../../../web/components/form.tsx';
import { type CurationFilter, CurationListPage } from '../../../web/pages/library/curation-list-page.tsx';
import { RecordFormPage } from '../../../web/pages/library/record-form-page.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext, uploads } from '../../env.ts';
import { noticeOf, personalView, redirectTo, sendPersonalPage, uuidPattern as uuid } from '../page.ts';
import { renderRefusal } from '../refusal.ts';
import {
  conflictMessage,
  fileRefusal,
  inputOfValues,
  newRecordValues,
  notices,
  problemMessages,
  recordFileOf,
  recordFormValues,
  recordRefusal,
  valuesOfRecord,
} from './form.ts';

const record = `/library/manage/records/:id{${uuid}}`;

/** What the record form shows besides its fields: a save over someone else's, a refused full text. */
interface FormExtra {
  status?: 200 | 409 | 422;
  conflict?: string;
  fileError?: string;
}

/**
 * The librarians' record pages under `/{lang}/library/manage/records`: the list with drafts, the form that creates
 * a record, the form that edits one, its full text and its publication. Every change goes through the library's
 * verbs (transaction, audit row, word list and page cache). Librarians and admins only (pages/index.ts).
 */
export function libraryCurationPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const files = uploads(deps);
  const maxUploadMb = Math.round(deps.config.uploadMaxBytes / (1024 * 1024));
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);

  routes.get('/library/manage/records', async (c) => {
    const status = c.req.query('status');
    const filter: CurationFilter = {
      q: (c.req.query('q') ?? '').slice(0, 800),
      status: status === 'draft' || status === 'published' ? status : null,
    };
    const page = Number.parseInt(c.req.query('page') ?? '1', 10) || 1;
    const list = await listRecordsForCuration(domainContext(c, deps), { ...filter, page });
    const view = viewOf(c);
    const notice = noticeOf(c, view.t, notices);
    return sendPersonalPage(c, <CurationListPage view={view} list={list} filter={filter} notice={notice} />);
  });

  /** The form, filled or refused; 422 for problems, 409 for a save over someone else's. */
  const form = async (c: Ctx, state: FormState, record?: LibraryRecord, extra: FormExtra = {}) => {
    const categories = await listCategories(domainContext(c, deps));
    const view = viewOf(c);
    const page = (
      <RecordFormPage
        view={view}
        state={state}
        categories={categories}
        record={record}
        notice={noticeOf(c, view.t, notices)}
        conflict={extra.conflict}
        fileError={extra.fileError}
        maxUploadMb={maxUploadMb}
      />
    );
    return sendPersonalPage(c, page, extra.status ?? (Object.keys(state.errors).length || extra.fileError ? 422 : 200));
  };

  routes.get('/library/manage/records/new', (c) => form(c, { values: newRecordValues(), errors: {} }));

  routes.post('/library/manage/records/new', async (c) => {
    const values = recordFormValues(await c.req.parseBody({ all: true }));
    const { input, status, problems } = inputOfValues(values);
    if (Object.keys(problems).length) return form(c, { values, errors: problemMessages(viewOf(c).t, problems) });
    return renderRefusal(c, () => createRecord(domainContext(c, deps), { ...input, status }), {
      values,
      read: (error, t, lang) => (error.code === 'VALIDATION' ? recordRefusal(error, t, lang) : undefined),
      form: (state) => form(c, state),
      done: (created) => redirectTo(c, `/library/manage/records/${created.id}?created`),
    });
  });

  routes.get(record, async (c) => {
    const found = await getRecord(domainContext(c, deps), c.req.param('id'));
    return form(c, { values: valuesOfRecord(found), errors: {} }, found);
  });

  routes.post(record, async (c) => {
    const ctx = domainContext(c, deps);
    const stored = await getRecord(ctx, c.req.param('id'));
    const values = recordFormValues(await c.req.parseBody({ all: true }));
    const { input, status, problems } = inputOfValues(values);
    if (Object.keys(problems).length)
      return form(c, { values, errors: problemMessages(viewOf(c).t, problems) }, stored);
    return renderRefusal(c, () => updateRecord(ctx, stored.id, input, { expectedUpdatedAt: values.updatedAt ?? '' }), {
      values,
      read: recordRefusal,
      form: async (state, refusal) => {
        if (!refusal.conflict) return form(c, state, stored);
        // What was typed stays; the form now carries the saved version, so saving again replaces it knowingly.
        const saved = await getRecord(ctx, stored.id);
        const conflict = conflictMessage(viewOf(c).t, values, saved);
        return form(c, { values: { ...values, updatedAt: saved.updatedAt }, errors: {} }, saved, {
          status: 409,
          conflict,
        });
      },
      done: async () => {
        if (status !== stored.status) await setRecordStatus(ctx, stored.id, status);
        return redirectTo(c, `/library/manage/records/${stored.id}?saved`);
      },
    });
  });

  // Publishing or withdrawing: from the edit page, back to it with a word of what happened; from the record
  // page, back to the record.
  routes.post(`${record}/status`, async (c) => {
    const body = await c.req.parseBody();
    const status = body.status === 'published' ? 'published' : 'draft';
    const changed = await setRecordStatus(domainContext(c, deps), c.req.param('id'), status);
    const back =
      body.back === 'edit'
        ? `manage/records/${changed.id}?${status === 'published' ? 'published' : 'unpublished'}`
        : `records/${changed.id}`;
    return redirectTo(c, `/library/${back}`);
  });

  // The full text: a multipart form of its own on the edit page (its size limit is checked before: large-bodies).
  routes.post(`${record}/file`, async (c) => {
    const ctx = domainContext(c, deps);
    const id = c.req.param('id');
    const upload = await recordFileOf(await c.req.parseBody());
    return renderRefusal(c, () => attachRecordFile(ctx, id, upload, files), {
      read: fileRefusal(maxUploadMb),
      form: async (_, { fileError }) => {
        const found = await getRecord(ctx, id);
        return form(c, { values: valuesOfRecord(found), errors: {} }, found, { status: 422, fileError });
      },
      done: () => redirectTo(c, `/library/manage/records/${id}?fileAttached#file-title`),
    });
  });

  routes.post(`${record}/file/remove`, async (c) => {
    await detachRecordFile(domainContext(c, deps), c.req.param('id'));
    return redirectTo(c, `/library/manage/records/${c.req.param('id')}?fileRemoved#file-title`);
  });

  return routes;
}
