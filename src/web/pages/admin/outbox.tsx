import { formatInstant } from '../../../core/format.ts';
import type { MailOutboxRow } from '../../../domain/mail/index.ts';
import { mailStatuses } from '../../../domain/mail/index.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { AdminNav, Pager } from './admin-nav.tsx';

/** Outgoing mail: status, attempts, last error; the text of each message behind a disclosure. */
export function OutboxPage(props: { view: View; items: MailOutboxRow[]; total: number; page: number; status: string }) {
  const { view } = props;
  const { t } = view;
  return (
    <Layout
      view={view}
      meta={{ title: t('admin.outboxTitle'), description: t('admin.outboxDescription'), nav: 'none' }}
    >
      <AdminNav view={view} current="outbox" />
      <h1>{t('admin.outboxTitle')}</h1>
      <p class="notice">{t('admin.outboxNote')}</p>
      <form method="get" action={view.href('/admin/outbox')} class="filters">
        <div class="field">
          <label for="f-status">{t('admin.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('admin.anyStatus')}</option>
            {mailStatuses.map((s) => (
              <option value={s} selected={props.status === s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t('admin.filter')}
        </button>
      </form>
      <p role="status">{t('admin.results', { count: props.total })}</p>
      <TableScroll view={view}>
        <table class="data-table compact">
          <caption>{t('admin.outboxTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.created')}</th>
              <th scope="col">{t('admin.recipient')}</th>
              <th scope="col">{t('admin.template')}</th>
              <th scope="col">{t('admin.language')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('admin.attempts')}</th>
              <th scope="col">{t('admin.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((m) => (
              <tr>
                <td class="nowrap">{formatInstant(m.createdAt, view.lang, { date: 'short', time: 'short' })}</td>
                <th scope="row">
                  {m.toAddress}
                  <details>
                    <summary>{t('admin.showText')}</summary>
                    <p>
                      <strong>{m.subject}</strong>
                    </p>
                    <pre class="mail-text">{m.textBody}</pre>
                  </details>
                </th>
                <td>{m.template}</td>
                <td>{m.lang}</td>
                <td>{m.status}</td>
                <td class="num">{m.attempts}</td>
                <td>{m.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pager
        view={view}
        page={props.page}
        total={props.total}
        size={50}
        query={new URLSearchParams({ status: props.status })}
      />
    </Layout>
  );
}
