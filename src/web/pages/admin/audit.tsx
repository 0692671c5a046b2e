import { auditActions } from '../../../core/audit.ts';
import { formatInstant } from '../../../core/format.ts';
import type { AuditFilter, AuditRow } from '../../../domain/audit/index.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { AdminNav, Pager } from './admin-nav.tsx';

/** The audit log with its filters and the CSV export of what is shown. */
export function AuditPage(props: { view: View; items: AuditRow[]; total: number; page: number; filter: AuditFilter }) {
  const { view, filter } = props;
  const { t } = view;
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
  return (
    <Layout view={view} meta={{ title: t('admin.auditTitle'), description: t('admin.auditDescription'), nav: 'none' }}>
      <AdminNav view={view} current="audit" />
      <h1>{t('admin.auditTitle')}</h1>
      <form method="get" action={view.href('/admin/audit')} class="filters">
        <div class="field">
          <label for="f-action">{t('admin.action')}</label>
          <select id="f-action" name="action">
            <option value="">{t('admin.anyAction')}</option>
            {auditActions.map((a) => (
              <option value={a} selected={filter.action === a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-actor">{t('admin.actor')}</label>
          <input id="f-actor" name="actor" value={filter.actor ?? ''} />
        </div>
        <div class="field">
          <label for="f-entity">{t('admin.entity')}</label>
          <input id="f-entity" name="entityId" value={filter.entityId ?? ''} />
        </div>
        <div class="field">
          <label for="f-from">{t('admin.from')}</label>
          <input id="f-from" name="from" type="date" value={filter.from ?? ''} />
        </div>
        <div class="field">
          <label for="f-to">{t('admin.to')}</label>
          <input id="f-to" name="to" type="date" value={filter.to ?? ''} />
        </div>
        <button type="submit" class="button">
          {t('admin.filter')}
        </button>
      </form>
      <p role="status">
        {t('admin.results', { count: props.total })} ·{' '}
        <a href={`${view.href('/admin/audit.csv')}?${query.toString()}`}>{t('admin.exportCsv')}</a>
      </p>
      <TableScroll view={view}>
        <table class="data-table compact">
          <caption>{t('admin.auditTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('admin.actor')}</th>
              <th scope="col">{t('admin.action')}</th>
              <th scope="col">{t('admin.entity')}</th>
              <th scope="col">{t('admin.changes')}</th>
              <th scope="col">{t('admin.request')}</th>
              <th scope="col">{t('admin.ip')}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((r) => (
              <tr>
                <td class="nowrap">{formatInstant(r.at, view.lang, { date: 'short', time: 'medium' })}</td>
                <td>{r.actor}</td>
                <th scope="row">{r.action}</th>
                <td>
                  {r.entityType}
                  {r.entityId ? ` ${r.entityId}` : ''}
                </td>
                <td>
                  <code>{r.changes ? JSON.stringify(r.changes) : ''}</code>
                </td>
                <td>
                  <code>{r.requestId ?? ''}</code>
                </td>
                <td>{r.ip ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pager view={view} page={props.page} total={props.total} size={100} query={query} />
    </Layout>
  );
}
