import { platformRoles } from '../../../core/context.ts';
import { formatInstant } from '../../../core/format.ts';
import type { UserSummary } from '../../../domain/identity/index.ts';
import type { Municipality } from '../../../domain/municipalities/index.ts';
import { ErrorSummary, Form, Notice } from '../../components/form.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import { municipalityName, type View } from '../../view.ts';
import { AdminNav, Pager } from './admin-nav.tsx';

/** The list of users with a search box. */
export function UsersPage(props: { view: View; items: UserSummary[]; total: number; page: number; search: string }) {
  const { view, items } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={{ title: t('admin.usersTitle'), description: t('admin.usersDescription'), nav: 'none' }}>
      <AdminNav view={view} current="users" />
      <h1>{t('admin.usersTitle')}</h1>
      <form method="get" action={view.href('/admin/users')} class="filters">
        <div class="field">
          <label for="q">{t('admin.searchLabel')}</label>
          <input id="q" name="q" type="search" value={props.search} />
        </div>
        <button type="submit" class="button">
          {t('admin.search')}
        </button>
      </form>
      <p role="status">{t('admin.results', { count: props.total })}</p>
      <TableScroll view={view}>
        <table class="data-table">
          <caption>{t('admin.usersTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.roles')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('admin.created')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr>
                <th scope="row">
                  <a href={view.href(`/admin/users/${u.id}`)}>{u.name}</a>
                </th>
                <td>{u.email}</td>
                <td>{u.roles.length ? u.roles.join(', ') : t('admin.noRole')}</td>
                <td>{u.disabled ? t('admin.disabled') : t('admin.active')}</td>
                <td>{formatInstant(u.createdAt, view.lang, { date: 'medium' })}</td>
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
        query={new URLSearchParams({ q: props.search })}
      />
    </Layout>
  );
}

/** One user: roles (with the coordinator's municipality) and the switch to disable the account. */
export function UserPage(props: {
  view: View;
  user: UserSummary;
  municipalities: Municipality[];
  errors: Record<string, string>;
  notice?: string | undefined;
}) {
  const { view, user } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={{ title: user.name, description: t('admin.usersDescription'), nav: 'none' }}>
      <AdminNav view={view} current="users" />
      <h1>{user.name}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <dl class="facts">
        <div>
          <dt>{t('admin.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('admin.verified')}</dt>
          <dd>{user.emailVerified ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('admin.status')}</dt>
          <dd>{user.disabled ? t('admin.disabled') : t('admin.active')}</dd>
        </div>
      </dl>
      <ErrorSummary view={view} errors={props.errors} />
      <Form action={view.href(`/admin/users/${user.id}/roles`)} csrf={view.csrf}>
        <fieldset class="field">
          <legend>{t('admin.rolesLegend')}</legend>
          {platformRoles.map((role) => (
            <div class="check">
              <input
                type="checkbox"
                id={`role-${role}`}
                name="roles"
                value={role}
                checked={user.roles.includes(role)}
              />
              <label for={`role-${role}`}>{role}</label>
            </div>
          ))}
        </fieldset>
        <div class={`field${props.errors.municipality ? ' field-error' : ''}`}>
          <label for="field-municipality">{t('admin.municipality')}</label>
          <select
            id="field-municipality"
            name="municipality"
            aria-invalid={props.errors.municipality ? 'true' : undefined}
          >
            <option value="">{t('admin.noMunicipality')}</option>
            {props.municipalities.map((m) => (
              <option value={m.nisCode} selected={user.municipality === m.nisCode}>
                {municipalityName(m, view.lang)} ({m.nisCode})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t('admin.saveRoles')}
        </button>
      </Form>
      <Form action={view.href(`/admin/users/${user.id}/status`)} csrf={view.csrf}>
        <p class="hint">{t('admin.disableHint')}</p>
        <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
        <button type="submit" class="button">
          {user.disabled ? t('admin.enable') : t('admin.disable')}
        </button>
      </Form>
    </Layout>
  );
}
