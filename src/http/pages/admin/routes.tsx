import { Hono } from 'hono';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { exportAuditCsv, listAudit } from '../../../domain/audit/index.ts';
import { getUser, listUsers, readOutbox, setUserDisabled, setUserRoles } from '../../../domain/identity/index.ts';
import { listMunicipalities } from '../../../domain/municipalities/index.ts';
import { AuditPage } from '../../../web/pages/admin/audit.tsx';
import { OutboxPage } from '../../../web/pages/admin/outbox.tsx';
import { UserPage, UsersPage } from '../../../web/pages/admin/users.tsx';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { noticeOf, pageNumber, personalView, redirectTo, sendPersonalPage } from '../page.ts';
import { refusalOf, renderRefusal } from '../refusal.ts';
import { auditFilterOf, outboxStatusOf, rolesOfForm, userSearchOf } from './form.ts';

const notices = { roles: 'admin.rolesSaved', status: 'admin.statusSaved' } as const satisfies Record<
  string,
  MessageKey
>;
const outboxPageSize = 50;

/**
 * The administration: users and roles, the audit log (and its CSV export), the outbox. Admins only: the verbs
 * refuse anyone else; visitors and staff without two-step verification were turned away before (pages/index.ts).
 */
export function adminPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);

  /** One user's page: roles and status, with the roles form's problems when it was refused. */
  const userPage = async (c: Ctx, id: string, state: { errors?: Record<string, string>; notice?: string }) => {
    const ctx = domainContext(c, deps);
    const [user, municipalities] = await Promise.all([getUser(ctx, id), listMunicipalities(ctx)]);
    const errors = state.errors ?? {};
    const page = (
      <UserPage view={viewOf(c)} user={user} municipalities={municipalities} errors={errors} notice={state.notice} />
    );
    return sendPersonalPage(c, page, Object.keys(errors).length ? 422 : 200);
  };

  routes.get('/admin', (c) => redirectTo(c, '/admin/users'));

  routes.get('/admin/users', async (c) => {
    const search = userSearchOf(c.req.query());
    const result = await listUsers(domainContext(c, deps), { search, page: pageNumber(c) });
    return sendPersonalPage(c, <UsersPage view={viewOf(c)} {...result} search={search} />);
  });

  routes.get('/admin/users/:id', (c) => userPage(c, c.req.param('id'), { notice: noticeOf(c, viewOf(c).t, notices) }));

  routes.post('/admin/users/:id/roles', async (c) => {
    const id = c.req.param('id');
    const input = rolesOfForm(await c.req.parseBody({ all: true }));
    return renderRefusal(c, () => setUserRoles(domainContext(c, deps), { userId: id, ...input }), {
      read: refusalOf('VALIDATION', 422, 'municipality', 'admin.coordinatorNeedsMunicipality'),
      form: (state) => userPage(c, id, state),
      done: () => redirectTo(c, `/admin/users/${id}?roles`),
    });
  });

  routes.post('/admin/users/:id/status', async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody();
    await setUserDisabled(domainContext(c, deps), { userId: id, disabled: body.disabled === 'true' });
    return redirectTo(c, `/admin/users/${id}?status`);
  });

  routes.get('/admin/audit', async (c) => {
    const filter = auditFilterOf(c.req.query());
    const result = await listAudit(domainContext(c, deps), filter, pageNumber(c));
    return sendPersonalPage(c, <AuditPage view={viewOf(c)} {...result} filter={filter} />);
  });

  routes.get('/admin/audit.csv', async (c) => {
    const csv = await exportAuditCsv(domainContext(c, deps), auditFilterOf(c.req.query()));
    const stamp = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="accroche-audit-${stamp}.csv"`,
      'cache-control': 'no-store',
    });
  });

  routes.get('/admin/outbox', async (c) => {
    const status = outboxStatusOf(c.req.query());
    const page = pageNumber(c);
    const options = { status, limit: outboxPageSize, offset: (page - 1) * outboxPageSize };
    const result = await readOutbox(domainContext(c, deps), options);
    return sendPersonalPage(c, <OutboxPage view={viewOf(c)} {...result} page={page} status={status ?? ''} />);
  });

  return routes;
}
