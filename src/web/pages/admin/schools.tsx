import type { MessageKey } from '../../../core/i18n/index.ts';
import type { Municipality } from '../../../domain/municipalities/index.ts';
import { describeReason, type ImportReport, type School } from '../../../domain/schools/index.ts';
import { ErrorSummary, FileField, Notice } from '../../components/form.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import { municipalityName, type View } from '../../view.ts';
import { AdminNav, Pager } from './admin-nav.tsx';

/** What the import form shows back: the report of the last import, or the problem with the file. */
export interface ImportState {
  report?: ImportReport | undefined;
  error?: string | undefined;
  skipInvalid: boolean;
}

/** The report of an import: counts, or why nothing was written, and each refused line with its reasons. */
function Report(props: { view: View; report: ImportReport }) {
  const { view, report } = props;
  const { t } = view;
  return (
    <section aria-labelledby="import-report-title" class="import-report">
      <h2 id="import-report-title">{t('schools.import.reportTitle')}</h2>
      {report.applied ? (
        <Notice kind="success">
          {t('schools.import.applied', {
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
          })}
        </Notice>
      ) : (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{t('schools.import.refused', { count: report.rejected.length })}</p>
        </div>
      )}
      {report.rejected.length ? (
        <>
          {report.applied ? <p>{t('schools.import.skipped', { count: report.rejected.length })}</p> : null}
          <table class="data-table">
            <caption>{t('schools.import.rejectedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schools.import.line')}</th>
                <th scope="col">{t('schools.import.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr>
                  <th scope="row">{r.line}</th>
                  <td>
                    <ul>
                      {r.reasons.map((reason) => (
                        <li>{describeReason(view.lang, reason)}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

/** The school registry for admins and officers: search, pages, and the CSV import with its report. */
export function SchoolsPage(props: {
  view: View;
  items: School[];
  total: number;
  page: number;
  size: number;
  search: string;
  municipalities: Municipality[];
  importState: ImportState;
}) {
  const { view, items, importState } = props;
  const { t } = view;
  const places = new Map(props.municipalities.map((m) => [m.nisCode, municipalityName(m, view.lang)]));
  const label = (prefix: string, value: string) => t(`schools.${prefix}.${value}` as MessageKey);
  return (
    <Layout view={view} meta={{ title: t('schools.title'), description: t('schools.description'), nav: 'none' }}>
      <AdminNav view={view} current="schools" />
      <h1>{t('schools.title')}</h1>
      <p>{t('schools.description')}</p>
      {importState.report ? <Report view={view} report={importState.report} /> : null}
      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('schools.import.title')}</h2>
        <ErrorSummary view={view} errors={importState.error ? { file: importState.error } : {}} />
        <form
          method="post"
          action={view.href('/admin/schools/import')}
          enctype="multipart/form-data"
          class="form"
          novalidate
        >
          <input type="hidden" name="_csrf" value={view.csrf} />
          <p class="hint" id="field-file-hint">
            {t('schools.import.help')}
          </p>
          <FileField
            label={t('schools.import.file')}
            accept=".csv,text/csv"
            hintId="field-file-hint"
            error={importState.error}
          />
          <div class="check">
            <input
              type="checkbox"
              id="field-skipInvalid"
              name="skipInvalid"
              value="true"
              checked={importState.skipInvalid}
            />
            <label for="field-skipInvalid">{t('schools.import.skipInvalid')}</label>
          </div>
          <button type="submit" class="button">
            {t('schools.import.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="registry-title">
        <h2 id="registry-title">{t('schools.caption')}</h2>
        <form method="get" action={view.href('/admin/schools')} class="filters">
          <div class="field">
            <label for="q">{t('schools.searchLabel')}</label>
            <input id="q" name="q" type="search" value={props.search} />
          </div>
          <button type="submit" class="button">
            {t('schools.search')}
          </button>
        </form>
        <p role="status">{t('schools.results', { count: props.total })}</p>
        {items.length ? (
          <TableScroll view={view}>
            <table class="data-table">
              <caption>{t('schools.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('schools.field.name')}</th>
                  <th scope="col">{t('schools.field.schoolNumber')}</th>
                  <th scope="col">{t('schools.field.languageSystem')}</th>
                  <th scope="col">{t('schools.field.network')}</th>
                  <th scope="col">{t('schools.field.level')}</th>
                  <th scope="col">{t('schools.field.educationType')}</th>
                  <th scope="col">{t('schools.field.street')}</th>
                  <th scope="col">{t('schools.field.municipalityNis')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr>
                    <th scope="row">{s.name}</th>
                    <td>{s.schoolNumber}</td>
                    <td>{label('languageSystem', s.languageSystem)}</td>
                    <td>{label('network', s.network)}</td>
                    <td>{label('level', s.level)}</td>
                    <td>{label('educationType', s.educationType)}</td>
                    <td>
                      {s.street}, {s.postalCode}
                    </td>
                    <td>{places.get(s.municipalityNis) ?? s.municipalityNis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p>{t('schools.empty')}</p>
        )}
        <Pager
          view={view}
          page={props.page}
          total={props.total}
          size={props.size}
          query={new URLSearchParams({ q: props.search })}
        />
      </section>
    </Layout>
  );
}
