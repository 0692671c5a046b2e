import type { ImportLine, ImportReport } from '../../../domain/library/import-records.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

function Lines(props: { view: View; caption: string; lines: ImportLine[]; id: string }) {
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
              <td>{l.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The librarian's import: a file, options and a category mapping; a preview, then the report of the import. */
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
      meta={{ title: t('library.manage.title'), description: t('library.manage.lead'), nav: 'library' }}
    >
      <h1>{t('library.manage.title')}</h1>
      <p class="lead">{t('library.manage.lead')}</p>
      {error ? (
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
      ) : null}
      {report ? (
        <section aria-labelledby="import-report" class="import-report">
          <h2 id="import-report">
            {report.written ? t('library.manage.doneTitle') : t('library.manage.previewTitle')}
          </h2>
          <p>
            {t('library.manage.summary', { entries: report.entries, format: report.format, encoding: report.encoding })}
          </p>
          <Lines
            view={view}
            id="import-created"
            caption={t('library.manage.created', { count: report.created.length })}
            lines={report.created}
          />
          <Lines
            view={view}
            id="import-updated"
            caption={t('library.manage.updated', { count: report.updated.length })}
            lines={report.updated}
          />
          <Lines
            view={view}
            id="import-skipped"
            caption={t('library.manage.skipped', { count: report.skipped.length })}
            lines={report.skipped}
          />
          <Lines
            view={view}
            id="import-rejected"
            caption={t('library.manage.rejected', { count: report.rejected.length })}
            lines={report.rejected}
          />
        </section>
      ) : null}
      <form method="post" action={view.href('/library/manage/import')} enctype="multipart/form-data" class="stack">
        <input type="hidden" name="_csrf" value={view.csrf} />
        <div class="field">
          <label for="import-file">{t('library.manage.file')}</label>
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
        <fieldset>
          <legend>{t('library.manage.options')}</legend>
          <p>
            <input type="checkbox" id="import-skip" name="skipInvalid" checked={check('skipInvalid')} />{' '}
            <label for="import-skip">{t('library.manage.skipInvalid')}</label>
          </p>
          <p>
            <input type="checkbox" id="import-update" name="update" checked={check('update')} />{' '}
            <label for="import-update">{t('library.manage.update')}</label>
          </p>
          <p>
            <input type="checkbox" id="import-publish" name="publish" checked={check('publish')} />{' '}
            <label for="import-publish">{t('library.manage.publish')}</label>
          </p>
        </fieldset>
        <div class="field">
          <label for="import-mapping">{t('library.manage.mapping')}</label>
          <p class="hint" id="import-mapping-hint">
            {t('library.manage.mappingHint')}
          </p>
          <textarea id="import-mapping" name="mapping" rows={4} aria-describedby="import-mapping-hint">
            {values.mapping ?? ''}
          </textarea>
        </div>
        <p>
          <button type="submit" name="action" value="preview" class="secondary">
            {t('library.manage.preview')}
          </button>{' '}
          <button type="submit" name="action" value="import">
            {t('library.manage.import')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
