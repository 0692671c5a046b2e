import { formatInstant } from '../../../core/format.ts';
import { authorName, type Category, type ImportPlan, type ImportSession } from '../../../domain/library/index.ts';
import { assetUrl } from '../../assets.ts';
import { Notice } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { DuplicateChoice } from './import-merge.tsx';
import { ImportOptions, ImportProblems, Lines } from './import-page.tsx';

/** How many duplicates the merge screen shows one by one; the others follow one choice. */
export const shownDuplicates = 100;
/** How many unmapped source terms the mapping offers. */
export const shownTerms = 60;

/**
 * The preview of an import session: counts, invalid entries with their lines, the first new records, the mapping
 * of the file's unknown keywords to categories, and the merge screen of the duplicates. Nothing is written
 * until "Confirm"; "Update the preview" applies the mapping and keeps the choices made.
 */
export function LibraryImportPreviewPage(props: {
  view: View;
  session: ImportSession;
  plan: ImportPlan;
  categories: Category[];
  values: Record<string, string>;
  error?: string;
  problems?: { field: string; message: string }[];
}) {
  const { view, session, plan, categories, values, error, problems } = props;
  const { t } = view;
  const action = view.href(`/library/manage/import/${session.id}`);
  const check = (name: 'skipInvalid' | 'publish') =>
    name in values || values.action ? values[name] === 'on' : session[name];
  const rest = plan.duplicates.length - shownDuplicates;
  return (
    <Layout
      view={view}
      meta={{
        title: t('library.manage.previewTitle'),
        description: t('library.manage.lead'),
        nav: 'library',
        head: <script src={assetUrl('library-import.js')} defer />,
      }}
    >
      <h1>{t('library.manage.title')}</h1>
      {session.interrupted && !error ? (
        <Notice>
          <p id="import-interrupted">
            {t('library.manage.interrupted', {
              at: formatInstant(new Date(session.interrupted), view.lang, { date: 'long', time: 'short' }),
            })}
          </p>
        </Notice>
      ) : null}
      <ImportProblems error={error} problems={problems} />
      <section aria-labelledby="import-report" class="import-report">
        <h2 id="import-report">{t('library.manage.previewTitle')}</h2>
        <p>
          {t('library.manage.fileInfo', { name: session.fileName, size: Math.ceil(session.size / 1024) })}{' '}
          {t('library.manage.summary', { entries: plan.entries, format: plan.format, encoding: plan.encoding })}
        </p>
        <h3>{t('library.manage.counts')}</h3>
        <ul id="import-counts">
          <li>{t('library.manage.countNew', { count: plan.fresh.length })}</li>
          <li>{t('library.manage.countDuplicates', { count: plan.duplicates.length })}</li>
          <li>{t('library.manage.countRepeated', { count: plan.repeated.length })}</li>
          <li>{t('library.manage.countInvalid', { count: plan.rejected.length })}</li>
        </ul>
        <Lines
          view={view}
          id="import-rejected"
          caption={t('library.manage.rejected', { count: plan.rejected.length })}
          lines={plan.rejected}
        />
        <Lines
          view={view}
          id="import-skipped"
          caption={t('library.manage.countRepeated', { count: plan.repeated.length })}
          lines={plan.repeated}
        />
        {plan.fresh.length ? (
          <div class="table-scroll">
            <table class="data-table" id="import-first">
              <caption>{t('library.manage.firstRows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('library.manage.line')}</th>
                  <th scope="col">{t('library.manage.entryTitle')}</th>
                  <th scope="col">{t('library.record.authors')}</th>
                  <th scope="col">{t('library.record.year')}</th>
                  <th scope="col">{t('library.record.categories')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.fresh.slice(0, 10).map((f) => (
                  <tr>
                    <td class="num">{f.line}</td>
                    <td>{f.data.title}</td>
                    <td>{f.data.authors.slice(0, 3).map(authorName).join('; ')}</td>
                    <td class="num">{f.data.year ?? ''}</td>
                    <td>
                      {f.data.categories
                        .map((code) => categories.find((c) => c.code === code)?.label[view.lang] ?? code)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <form method="post" action={action} class="stack" id="import-confirm-form" data-status={`${action}/status`}>
        <input type="hidden" name="_csrf" value={view.csrf} />
        {plan.unmapped.length ? (
          <fieldset id="import-mapping">
            <legend>{t('library.manage.mapping')}</legend>
            <p class="hint">{t('library.manage.mappingPick')}</p>
            {plan.unmapped.slice(0, shownTerms).map((u, i) => (
              <p class="field">
                <input type="hidden" name={`term-${i}`} value={u.term} />
                <label for={`map-${i}`}>{t('library.manage.mappingTerm', { term: u.term, count: u.count })}</label>{' '}
                <select id={`map-${i}`} name={`map-${i}`}>
                  <option value="">{t('library.manage.mappingNone')}</option>
                  {categories.map((c) => (
                    <option value={c.code} selected={session.categoryMap[u.term] === c.code}>
                      {c.label[view.lang]}
                    </option>
                  ))}
                </select>
              </p>
            ))}
            <p>
              <button type="submit" name="action" value="refresh" class="secondary">
                {t('library.manage.refresh')}
              </button>
            </p>
          </fieldset>
        ) : null}
        {plan.duplicates.length ? (
          <section aria-labelledby="import-duplicates" id="import-duplicates-section">
            <h2 id="import-duplicates">{t('library.manage.duplicatesTitle')}</h2>
            <p>{t('library.manage.duplicatesLead')}</p>
            {plan.duplicates.slice(0, shownDuplicates).map((dup) => (
              <DuplicateChoice view={view} dup={dup} values={values} />
            ))}
            {rest > 0 ? (
              <fieldset>
                <legend>{t('library.manage.moreDuplicates', { count: rest })}</legend>
                {(['skip', 'replace'] as const).map((a) => (
                  <p>
                    <input
                      type="radio"
                      id={`rest-${a}`}
                      name="rest"
                      value={a}
                      checked={(values.rest ?? 'skip') === a}
                    />{' '}
                    <label for={`rest-${a}`}>{t(`library.manage.action.${a}`)}</label>
                  </p>
                ))}
              </fieldset>
            ) : null}
          </section>
        ) : null}
        <ImportOptions view={view} skipInvalid={check('skipInvalid')} publish={check('publish')} />
        <p class="import-progress" hidden>
          <label for="import-progress">{t('library.manage.importing')}</label>{' '}
          <progress id="import-progress" max={100} value={0} />{' '}
          <span id="import-progress-text" aria-live="polite" data-template={t('library.manage.progress')} />
        </p>
        <p>
          <button type="submit" name="action" value="import">
            {t('library.manage.confirm')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
