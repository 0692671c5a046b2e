import type { ImportLine, ImportReport } from '../../../domain/library/index.ts';
import { assetUrl } from '../../assets.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { fieldLabels } from './record-fields.ts';

/** The names of record fields in the reader's language (a field the form does not show keeps its name). */
function fieldNames(view: View, fields: string[]): string {
  return fields.map((f) => (f in fieldLabels ? view.t(fieldLabels[f as keyof typeof fieldLabels]) : f)).join(', ');
}

/** Why an entry was refused, skipped or changed, in the reader's language. */
export function reasonText(view: View, l: ImportLine): string {
  const why = l.why;
  if (!why) return l.reason ?? '';
  switch (why.code) {
    case 'unreadable':
      return view.t('library.import.reason.unreadable', { detail: why.detail });
    case 'unfinished':
      return view.t('library.import.reason.unfinished');
    case 'invalid':
      return view.t('library.import.reason.invalid', { fields: fieldNames(view, why.fields) });
    case 'repeat':
      return view.t('library.import.reason.repeat', { line: why.line });
    case 'inLibrary':
      return view.t('library.import.reason.inLibrary');
    case 'noChange':
      return view.t('library.import.reason.noChange');
    case 'changed':
      return view.t('library.import.reason.changed', { fields: fieldNames(view, why.fields) });
  }
}

/** A table of entries with their line in the file (or a heading saying there are none). */
export function Lines(props: { view: View; caption: string; lines: ImportLine[]; id: string }) {
  const { view, caption, lines, id } = props;
  if (lines.length === 0) return <h3 id={id}>{caption}</h3>;
  return (
    <div class="table-scroll">
      <table class="data-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('library.manage.line')}</th>
            <th scope="col">{view.t('library.manage.entryTitle')}</th>
            <th scope="col">{view.t('library.manage.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, 1000).map((l) => (
            <tr>
              <td class="num">{l.line}</td>
              <td>{l.title}</td>
              <td>{reasonText(view, l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The error summary of an import page, with the lines concerned. */
export function ImportProblems(props: { error?: string | undefined; problems?: { field: string; message: string }[] }) {
  const { error, problems } = props;
  if (!error) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <p>{error}</p>
      {problems?.length ? (
        <ul>
          {problems.slice(0, 200).map((p) => (
            <li>
              {p.field}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The report of an import that was written: created, replaced, merged, skipped and rejected, with lines. */
/** The import's two options, on the upload form and again on the preview. */
export function ImportOptions(props: { view: View; skipInvalid: boolean; publish: boolean }) {
  const { t } = props.view;
  return (
    <fieldset>
      <legend>{t('library.manage.options')}</legend>
      <p>
        <input type="checkbox" id="import-skip" name="skipInvalid" checked={props.skipInvalid} />{' '}
        <label for="import-skip">{t('library.manage.skipInvalid')}</label>
      </p>
      <p>
        <input type="checkbox" id="import-publish" name="publish" checked={props.publish} />{' '}
        <label for="import-publish">{t('library.manage.publish')}</label>
      </p>
    </fieldset>
  );
}

function Report(props: { view: View; report: ImportReport }) {
  const { view, report } = props;
  const { t } = view;
  const list = (id: string, key: Parameters<View['t']>[0], lines: ImportLine[]) => (
    <Lines view={view} id={id} caption={t(key, { count: lines.length })} lines={lines} />
  );
  return (
    <section aria-labelledby="import-report" class="import-report">
      <h2 id="import-report">{t('library.manage.doneTitle')}</h2>
      <p>
        {t('library.manage.summary', { entries: report.entries, format: report.format, encoding: report.encoding })}
      </p>
      {list('import-created', 'library.manage.created', report.created)}
      {list('import-updated', 'library.manage.updated', report.updated)}
      {list('import-merged', 'library.manage.merged', report.merged)}
      {list('import-skipped', 'library.manage.skipped', report.skipped)}
      {list('import-rejected', 'library.manage.rejected', report.rejected)}
    </section>
  );
}

/**
 * The librarian's import, first step: a file and two options. Sending it opens an import session and shows its
 * preview (nothing is written before the confirmation). With a report, the page shows what an import wrote.
 */
export function LibraryImportPage(props: {
  view: View;
  values: Record<string, string>;
  error?: string;
  problems?: { field: string; message: string }[];
  report?: ImportReport;
}) {
  const { view, values, error, problems, report } = props;
  const { t } = view;
  const check = (name: string) => values[name] === 'on';
  return (
    <Layout
      view={view}
      meta={{
        title: t('library.manage.title'),
        description: t('library.manage.lead'),
        nav: 'library',
        head: <script src={assetUrl('library-import.js')} defer />,
      }}
    >
      <h1>{t('library.manage.title')}</h1>
      <p class="lead">{t('library.manage.lead')}</p>
      <ImportProblems error={error} problems={problems} />
      {report ? <Report view={view} report={report} /> : null}
      <form
        method="post"
        action={view.href('/library/manage/import')}
        enctype="multipart/form-data"
        class="stack"
        id="import-upload-form"
      >
        <input type="hidden" name="_csrf" value={view.csrf} />
        <div class="field">
          <label for="import-file">{report ? t('library.manage.another') : t('library.manage.file')}</label>
          <p class="hint" id="import-file-hint">
            {t('library.manage.fileHint')}
          </p>
          <input
            type="file"
            id="import-file"
            name="file"
            aria-describedby="import-file-hint"
            accept=".bib,.bibtex,.ris,.json,.csv,.txt"
          />
        </div>
        <ImportOptions view={view} skipInvalid={check('skipInvalid')} publish={check('publish')} />
        <p class="import-progress" hidden>
          <label for="import-upload-progress">{t('library.manage.uploading')}</label>{' '}
          <progress id="import-upload-progress" max={100} value={0} />
        </p>
        <p>
          <button type="submit">{t('library.manage.upload')}</button>
        </p>
      </form>
    </Layout>
  );
}

/** The answer to an upload over the limit, refused before its body was read. */
export function LibraryUploadTooLargePage(props: { view: View }) {
  const { view } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={{ title: t('library.manage.tooLargeTitle'), description: t('library.manage.tooLarge') }}>
      <h1>{t('library.manage.tooLargeTitle')}</h1>
      <p>{t('library.manage.tooLarge')}</p>
      <p>
        <a href={view.href('/library/manage/import')}>{t('library.manage.back')}</a>
      </p>
    </Layout>
  );
}
