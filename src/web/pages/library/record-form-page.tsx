import type { Category, LibraryRecord } from '../../../domain/library/index.ts';
import { libraryRecordTypes, libraryScopes, recordLanguages } from '../../../domain/library/index.ts';
import { ErrorSummary, FieldFrame, Form, type FormState, fieldIds, Notice } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { CurationNav } from './curation-list-page.tsx';
import { langLabel, typeLabel } from './parts.tsx';
import { RecordFileSection } from './record-file-section.tsx';

type Key = Parameters<View['t']>[0];

/** Values of a multiple choice (checkboxes) as the form state keeps them: one per line. */
export const choicesOf = (value: string | undefined) => (value ?? '').split('\n').filter((v) => v !== '');

/** A text input or textarea with its label, hint and error tied to it. */
function Text(props: {
  view: View;
  state: FormState;
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  rows?: number;
  type?: 'text' | 'url';
  inputmode?: 'numeric';
  lang?: string;
}) {
  const { view, state, name } = props;
  const { id, error, described } = fieldIds(name, state, props.hint);
  const common = {
    id,
    name,
    required: props.required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
  };
  return (
    <FieldFrame view={view} id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      {props.rows ? (
        <textarea {...common} rows={props.rows}>
          {state.values[name] ?? ''}
        </textarea>
      ) : (
        <input {...common} type={props.type ?? 'text'} inputmode={props.inputmode} value={state.values[name] ?? ''} />
      )}
    </FieldFrame>
  );
}

/**
 * Checkboxes or radio buttons in a fieldset. The first control carries the field's id, so the error summary's link
 * lands on it; every control is described by the error.
 */
function Choices(props: {
  view: View;
  state: FormState;
  name: string;
  legend: string;
  hint?: string | undefined;
  kind: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
}) {
  const { state, name } = props;
  const { id, error, described } = fieldIds(name, state, props.hint);
  const chosen = choicesOf(state.values[name]);
  return (
    <fieldset class={`field${error ? ' field-error' : ''}`}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.options.map((o, i) => (
        <label class="check">
          <input
            type={props.kind}
            id={i === 0 ? id : `${id}-${i}`}
            name={name}
            value={o.value}
            checked={chosen.includes(o.value)}
            aria-describedby={described}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The librarians' form for one record, new or existing: every field, with what was typed and a message beside each
 * refused field; the stored `updatedAt` rides along so that a save over someone else's is refused. An existing
 * record also gets its publish or withdraw button (a form of its own, outside the edit form).
 */
export function RecordFormPage(props: {
  view: View;
  state: FormState;
  categories: Category[];
  record?: LibraryRecord | undefined;
  notice?: string | undefined;
  /** Why a save was refused because someone else saved first. */
  conflict?: string | undefined;
  /** Why a full-text file was refused. */
  fileError?: string | undefined;
  /** The upload limit (UPLOAD_MAX_MB), said beside the file field. */
  maxUploadMb: number;
}) {
  const { view, state, record, categories } = props;
  const { t } = view;
  const title = record ? t('library.curation.editTitle') : t('library.curation.new');
  const action = record ? view.href(`/library/manage/records/${record.id}`) : view.href('/library/manage/records/new');
  const text = (name: string, label: Key, extra: { hint?: Key; rows?: number; type?: 'url' } = {}) => (
    <Text
      view={view}
      state={state}
      name={name}
      label={t(label)}
      hint={extra.hint ? t(extra.hint) : undefined}
      rows={extra.rows}
      type={extra.type}
    />
  );
  const typeIds = fieldIds('type', state);
  return (
    <Layout view={view} meta={{ title, description: t('library.curation.lead'), nav: 'library' }}>
      <CurationNav view={view} current={record ? 'edit' : 'new'} />
      <h1>{title}</h1>
      {record ? (
        <>
          <p class="badges">
            <span class="tag">{t(`library.status.${record.status}`)}</span>
          </p>
          <p>
            <a href={view.href(`/library/records/${record.id}`)}>{t('library.curation.view')}</a>
          </p>
        </>
      ) : null}
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.conflict ? (
        <div class="notice notice-warning" role="alert" id="conflict">
          <p>{props.conflict}</p>
        </div>
      ) : null}
      <ErrorSummary view={view} errors={props.fileError ? { ...state.errors, file: props.fileError } : state.errors} />
      {record ? (
        <Form action={view.href(`/library/manage/records/${record.id}/status`)} csrf={view.csrf} class="inline-form">
          <input type="hidden" name="status" value={record.status === 'published' ? 'draft' : 'published'} />
          <input type="hidden" name="back" value="edit" />
          <button type="submit" class="button">
            {t(record.status === 'published' ? 'library.manage.unpublish.action' : 'library.manage.publish.action')}
          </button>
        </Form>
      ) : null}
      <Form action={action} csrf={view.csrf}>
        {record ? <input type="hidden" name="updatedAt" value={state.values.updatedAt ?? record.updatedAt} /> : null}
        <h2>{t('library.curation.section.document')}</h2>
        <FieldFrame view={view} id={typeIds.id} label={t('library.record.type')} error={typeIds.error} required>
          <select
            id={typeIds.id}
            name="type"
            required
            aria-invalid={typeIds.error ? 'true' : undefined}
            aria-describedby={typeIds.described}
          >
            {libraryRecordTypes.map((type) => (
              <option value={type} selected={state.values.type === type}>
                {typeLabel(view, type)}
              </option>
            ))}
          </select>
        </FieldFrame>
        <Text view={view} state={state} name="title" label={t('library.curation.field.title')} required rows={2} />
        {text('translatedTitles', 'library.record.translatedTitles', {
          hint: 'library.curation.hint.translatedTitles',
          rows: 3,
        })}
        {text('authors', 'library.record.authors', { hint: 'library.curation.hint.authors', rows: 6 })}
        <Text view={view} state={state} name="year" label={t('library.record.year')} inputmode="numeric" />
        {text('date', 'library.curation.field.date', { hint: 'library.curation.hint.date' })}
        <Choices
          view={view}
          state={state}
          name="languages"
          legend={t('library.record.languages')}
          kind="checkbox"
          options={recordLanguages.map((l) => ({ value: l, label: langLabel(view, l) }))}
        />
        <h2>{t('library.curation.section.source')}</h2>
        {text('journal', 'library.record.journal')}
        {text('volume', 'library.record.volume')}
        {text('issue', 'library.record.issue')}
        {text('pages', 'library.record.pages')}
        {text('publisher', 'library.record.publisher')}
        {text('place', 'library.record.place')}
        <h2>{t('library.curation.section.access')}</h2>
        {text('doi', 'library.record.doi', { hint: 'library.curation.hint.doi' })}
        {text('isbn', 'library.record.isbn')}
        {text('issn', 'library.record.issn')}
        {text('url', 'library.record.url', { hint: 'library.curation.hint.url', type: 'url' })}
        {text('fileUrl', 'library.curation.field.fileUrl', { hint: 'library.curation.hint.url', type: 'url' })}
        <Choices
          view={view}
          state={state}
          name="access"
          legend={t('library.record.access')}
          kind="radio"
          options={(['open', 'restricted'] as const).map((a) => ({ value: a, label: t(`library.access.${a}`) }))}
        />
        {text('licence', 'library.record.licence')}
        <h2>{t('library.curation.section.content')}</h2>
        {text('abstract', 'library.record.abstract', { rows: 8 })}
        {text('keywords', 'library.record.keywords', { hint: 'library.curation.hint.keywords', rows: 5 })}
        <Choices
          view={view}
          state={state}
          name="categories"
          legend={t('library.record.categories')}
          kind="checkbox"
          options={categories.map((c) => ({ value: c.code, label: c.label[view.lang] }))}
        />
        <Choices
          view={view}
          state={state}
          name="scope"
          legend={t('library.record.scope')}
          kind="checkbox"
          options={libraryScopes.map((s) => ({ value: s, label: t(`library.scope.${s}`) }))}
        />
        {text('note', 'library.record.note', { hint: 'library.curation.hint.note', rows: 3 })}
        <Choices
          view={view}
          state={state}
          name="status"
          legend={t('library.record.status')}
          hint={t('library.curation.hint.status')}
          kind="radio"
          options={(['draft', 'published'] as const).map((s) => ({ value: s, label: t(`library.status.${s}`) }))}
        />
        <p>
          <button type="submit" class="button">
            {record ? t('library.curation.save') : t('library.curation.create')}
          </button>
        </p>
      </Form>
      {record ? (
        <RecordFileSection view={view} record={record} maxUploadMb={props.maxUploadMb} error={props.fileError} />
      ) : null}
    </Layout>
  );
}
