import type { LibraryRecord } from '../../../domain/library/index.ts';
import { FileField } from '../../components/form.tsx';
import type { View } from '../../view.ts';
import { fileFacts } from './parts.tsx';

/**
 * The record form's full-text file: what is attached, a multipart form to attach or replace it, and a button to
 * remove it. Forms of their own (a form cannot hold another), each with the CSRF token; no JavaScript needed.
 */
export function RecordFileSection(props: {
  view: View;
  record: LibraryRecord;
  maxUploadMb: number;
  error?: string | undefined;
}) {
  const { view, record } = props;
  const { t } = view;
  const base = `/library/manage/records/${record.id}/file`;
  return (
    <section aria-labelledby="file-title">
      <h2 id="file-title">{t('library.curation.file.title')}</h2>
      <p class="hint" id="file-hint">
        {t('library.curation.file.lead', { max: props.maxUploadMb })}
      </p>
      {record.file ? (
        <form method="post" action={view.href(`${base}/remove`)} class="inline-form">
          <input type="hidden" name="_csrf" value={view.csrf} />
          <p>
            {t('library.curation.file.current')}{' '}
            <a href={view.href(`/library/records/${record.id}/file`)}>{record.file.name}</a>{' '}
            <span class="muted">({fileFacts(view, record.file)})</span>{' '}
            <button type="submit" class="secondary">
              {t('library.curation.file.remove')}
            </button>
          </p>
        </form>
      ) : (
        <p>{t('library.curation.file.none')}</p>
      )}
      <form method="post" action={view.href(base)} enctype="multipart/form-data" class="form" novalidate>
        <input type="hidden" name="_csrf" value={view.csrf} />
        <FileField
          label={t('library.curation.file.field')}
          accept=".pdf,.docx,.odt,.epub,application/pdf,application/epub+zip"
          hintId="file-hint"
          error={props.error}
        />
        <p>
          <button type="submit" class="button">
            {t(record.file ? 'library.curation.file.replace' : 'library.curation.file.attach')}
          </button>
        </p>
      </form>
    </section>
  );
}
