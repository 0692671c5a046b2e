import { type PlatformRole, platformRoles } from '../../../core/context.ts';
import type { AuditFilter } from '../../../domain/audit/index.ts';
import { type MailStatus, mailStatuses } from '../../../domain/mail/index.ts';

const day = /^\d{4}-\d{2}-\d{2}$/;

/** The roles form: the ticked roles that exist (anything else is ignored), and a municipality's NIS code. */
export function rolesOfForm(body: Record<string, unknown>): { roles: PlatformRole[]; municipality: string | null } {
  const roles = ([] as unknown[])
    .concat(body.roles ?? [])
    .filter((r): r is PlatformRole => (platformRoles as readonly string[]).includes(String(r)));
  const municipality =
    typeof body.municipality === 'string' && /^\d{5}$/.test(body.municipality) ? body.municipality : null;
  return { roles, municipality };
}

/** The user search of the list (`?q=`), cut to a sane length. */
export const userSearchOf = (query: Record<string, string>): string => (query.q ?? '').slice(0, 200);

/** The audit log's filters from the query string: texts trimmed and cut, days only when they are days. */
export function auditFilterOf(query: Record<string, string>): AuditFilter {
  const get = (n: string) => (query[n] ?? '').trim().slice(0, 200) || undefined;
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
}

/** The outbox's status filter: one of the statuses, else none. */
export const outboxStatusOf = (query: Record<string, string>): MailStatus | undefined => {
  const raw = query.status ?? '';
  return (mailStatuses as readonly string[]).includes(raw) ? (raw as MailStatus) : undefined;
};
