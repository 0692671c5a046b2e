import type { RejectedLine } from '../../../domain/figures/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { AdminNav } from '../admin/admin-nav.tsx';

export interface ImportOutcome {
  form: 'values' | 'boundaries';
  message: string;
  kind: 'success' | 'error';
  rejected?: RejectedLine[];
}

/** Imports of public figures: indicator values from CSV, municipal boundaries from GeoJSON. Admins. */
export function FiguresAdminPage(props: { view: View; boundaries: number; outcome?: ImportOutcome }) {
  const { view, outcome } = props;
  const { t } = view;
  const report = (form: ImportOutcome['form']) =>
    outcome?.form === form ? (
      <div
        class={outcome.kind === 'error' ? 'error-summary' : 'notice notice-success'}
        role={outcome.kind === 'error' ? 'alert' : 'status'}
        tabindex={-1}
      >
        <p>{outcome.message}</p>
        {outcome.rejected?.length ? (
          <ul class="rejected-lines">
            {outcome.rejected.map((r) => (
              <li>
                {t('figures.import.line', { line: r.line })}: {t(`figures.reject.${r.reason}`, { value: r.value })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    ) : null;
  return (
    <Layout
      view={view}
      meta={{ title: t('figures.admin.title'), description: t('figures.admin.csvHelp'), nav: 'none' }}
    >
      <AdminNav view={view} current="figures" />
      <h1>{t('figures.admin.title')}</h1>
      <section aria-labelledby="values-import-h">
        <h2 id="values-import-h">{t('figures.admin.csvTitle')}</h2>
        {report('values')}
        <p>{t('figures.admin.csvHelp')}</p>
        <form method="post" action={view.href('/admin/figures/values')} enctype="multipart/form-data" class="form">
          <input type="hidden" name="_csrf" value={view.csrf} />
          <div class="field">
            <label for="values-file">{t('figures.admin.file')}</label>
            <input id="values-file" name="file" type="file" accept=".csv,text/csv" required />
          </div>
          <button type="submit" class="button">
            {t('figures.admin.import')}
          </button>
        </form>
      </section>
      <section aria-labelledby="geo-import-h">
        <h2 id="geo-import-h">{t('figures.admin.geoTitle')}</h2>
        {report('boundaries')}
        <p>{t('figures.admin.geoHelp')}</p>
        <p>{t('figures.admin.boundaries', { count: props.boundaries })}</p>
        <form method="post" action={view.href('/admin/figures/boundaries')} enctype="multipart/form-data" class="form">
          <input type="hidden" name="_csrf" value={view.csrf} />
          <div class="field">
            <label for="geo-file">{t('figures.admin.file')}</label>
            <input id="geo-file" name="file" type="file" accept=".geojson,.json,application/geo+json" required />
          </div>
          <div class="field">
            <label for="geo-credit">{t('figures.admin.credit')}</label>
            <input id="geo-credit" name="credit" type="text" value="Statbel" maxlength={200} />
          </div>
          <button type="submit" class="button">
            {t('figures.admin.import')}
          </button>
        </form>
      </section>
    </Layout>
  );
}
