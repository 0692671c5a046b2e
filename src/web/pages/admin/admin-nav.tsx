import { SubNav } from '../../components/sub-nav.tsx';
import type { View } from '../../view.ts';

/** The administration's own menu, above each of its pages. */
export function AdminNav(props: {
  view: View;
  current: 'users' | 'audit' | 'outbox' | 'organisations' | 'schools' | 'figures';
}) {
  const { view } = props;
  const items = [
    { key: 'users', path: '/admin/users', label: view.t('admin.usersTitle') },
    { key: 'audit', path: '/admin/audit', label: view.t('admin.auditTitle') },
    { key: 'outbox', path: '/admin/outbox', label: view.t('admin.outboxTitle') },
    { key: 'organisations', path: '/organisations', label: view.t('org.list.allTitle') },
    { key: 'schools', path: '/admin/schools', label: view.t('schools.title') },
    { key: 'figures', path: '/admin/figures', label: view.t('figures.admin.nav') },
  ] as const;
  return <SubNav view={view} label={view.t('nav.admin')} items={items} current={props.current} />;
}

/** Previous / next links that keep the current filters. */
export function Pager(props: { view: View; page: number; total: number; size: number; query: URLSearchParams }) {
  const { view, page, total, size } = props;
  const link = (p: number) => {
    const q = new URLSearchParams(props.query);
    q.set('page', String(p));
    return `?${q.toString()}`;
  };
  const last = Math.max(1, Math.ceil(total / size));
  if (last === 1) return null;
  return (
    <nav class="pager" aria-label={view.t('admin.pagination')}>
      {page > 1 ? <a href={link(page - 1)}>{view.t('admin.previous')}</a> : null}
      <span>
        {page} / {last}
      </span>
      {page < last ? <a href={link(page + 1)}>{view.t('admin.next')}</a> : null}
    </nav>
  );
}
