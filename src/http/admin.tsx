import { Hono } from 'hono';
import { authorize } from '../core/authorize.ts';
import { type PlatformRole, platformRoles } from '../core/context.ts';
import { DomainError } from '../core/errors.ts';
import { type AuditFilter, exportAuditCsv, listAudit } from '../domain/audit/index.ts';
import { getUser, listUsers, setUserDisabled, setUserRoles } from '../domain/identity/admin-users.ts';
import { identityPolicy } from '../domain/identity/policy.ts';
import { listOutbox, type MailStatus, mailStatuses } from '../domain/mail/index.ts';
import { listMunicipalities } from '../domain/municipalities/index.ts';
import { AuditPage } from '../web/pages/admin/audit.tsx';
import { OutboxPage } from '../web/pages/admin/outbox.tsx';
import { UserPage, UsersPage } from '../web/pages/admin/users.tsx';
import type { View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { personalView, sendPersonalPage } from './personal-page.ts';

const day = /^\d{4}-\d{2}-\d{2}$/;

const pageOf = (c: Ctx) => Math.min(10_000, Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));

/** The administration: users and roles, the audit log (and its CSV export), the outbox. Admins only. */
export function createAdminRoutes(deps: AppDeps): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);
  const page = sendPersonalPage;

  // Signed out: to the sign-in page; signed in without the role: the verbs refuse (403 page). Staff without
  // two-step verification were sent to turn it on before this (middleware/two-factor.ts).
  admin.use('/admin/*', async (c, next) => (c.get('user') ? next() : c.redirect(`/${c.get('lang')}/sign-in`, 303)));
  admin.get('/admin', (c) => c.redirect(`/${c.get('lang')}/admin/users`, 303));

  admin.get('/admin/users', async (c) => {
    const search = (c.req.query('q') ?? '').slice(0, 200);
    const result = await listUsers(domainContext(c, deps), { search, page: pageOf(c) });
    return page(c, <UsersPage view={viewOf(c)} {...result} search={search} />);
  });

  const userPage = async (c: Ctx, id: string, errors: Record<string, string> = {}, notice?: string) => {
    const ctx = domainContext(c, deps);
    const [user, municipalities] = await Promise.all([getUser(ctx, id), listMunicipalities(ctx)]);
    const view = viewOf(c);
    return page(
      c,
      <UserPage view={view} user={user} municipalities={municipalities} errors={errors} notice={notice} />,
      Object.keys(errors).length ? 422 : 200,
    );
  };

  admin.get('/admin/users/:id', (c) => {
    const view = viewOf(c);
    const q = (n: string) => c.req.query(n) !== undefined;
    const notice = q('roles') ? view.t('admin.rolesSaved') : q('status') ? view.t('admin.statusSaved') : undefined;
    return userPage(c, c.req.param('id'), {}, notice);
  });

  admin.post('/admin/users/:id/roles', async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody({ all: true });
    const picked = ([] as unknown[])
      .concat(body.roles ?? [])
      .filter((r): r is PlatformRole => (platformRoles as readonly string[]).includes(String(r)));
    const municipality =
      typeof body.municipality === 'string' && /^\d{5}$/.test(body.municipality) ? body.municipality : null;
    try {
      await setUserRoles(domainContext(c, deps), { userId: id, roles: picked, municipality });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'VALIDATION') {
        return userPage(c, id, { municipality: viewOf(c).t('admin.coordinatorNeedsMunicipality') });
      }
      throw error;
    }
    return c.redirect(`/${c.get('lang')}/admin/users/${id}?roles`, 303);
  });

  admin.post('/admin/users/:id/status', async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody();
    await setUserDisabled(domainContext(c, deps), { userId: id, disabled: body.disabled === 'true' });
    return c.redirect(`/${c.get('lang')}/admin/users/${id}?status`, 303);
  });

  const auditFilter = (c: Ctx): AuditFilter => {
    const get = (n: string) => (c.req.query(n) ?? '').trim().slice(0, 200) || undefined;
    const from = get('from');
    const to = get('to');
    return {
      action: get('action'),
      actor: get('actor'),
      entityType: get('entityType'),
      entityId: get('entityId'),
      from: from && day.test(from) ? from : undefined,
      to: to && day.test(to) ? to : undefined,
    };
  };

  admin.get('/admin/audit', async (c) => {
    const filter = auditFilter(c);
    const result = await listAudit(domainContext(c, deps), filter, pageOf(c));
    return page(c, <AuditPage view={viewOf(c)} {...result} filter={filter} />);
  });

  admin.get('/admin/audit.csv', async (c) => {
    const csv = await exportAuditCsv(domainContext(c, deps), auditFilter(c));
    const stamp = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="accroche-audit-${stamp}.csv"`,
      'cache-control': 'no-store',
    });
  });

  admin.get('/admin/outbox', async (c) => {
    authorize(identityPolicy.readOutbox(domainContext(c, deps).actor));
    const raw = c.req.query('status') ?? '';
    const status = (mailStatuses as readonly string[]).includes(raw) ? (raw as MailStatus) : undefined;
    const p = pageOf(c);
    const result = await listOutbox(deps.db, { status, limit: 50, offset: (p - 1) * 50 });
    return page(c, <OutboxPage view={viewOf(c)} {...result} page={p} status={status ?? ''} />);
  });

  return admin;
}
