import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { auditLog } from '../../db/schema/index.ts';
import { auditPolicy } from './policy.ts';

export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** Calendar days, `YYYY-MM-DD`, both included, read in Brussels time. */
  from?: string;
  to?: string;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** The instant a Brussels calendar day starts, whatever the season. */
function brusselsMidnight(day: string): Date {
  const utcNoon = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' })
    .formatToParts(utcNoon)
    .find((p) => p.type === 'timeZoneName')?.value;
  const hours = Number(offset?.replace('GMT', '') || 0);
  return new Date(Date.parse(`${day}T00:00:00Z`) - hours * 3600_000);
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  if (filter.actor) parts.push(eq(auditLog.actor, filter.actor));
  if (filter.entityType) parts.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) parts.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) parts.push(gte(auditLog.at, brusselsMidnight(filter.from)));
  if (filter.to) {
    const next = new Date(Date.parse(`${filter.to}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    parts.push(lt(auditLog.at, brusselsMidnight(next)));
  }
  return parts.length ? and(...parts) : undefined;
}

/** The audit log, newest first, filtered, 100 rows a page (admins). */
export async function listAudit(ctx: Context, filter: AuditFilter = {}, page = 1) {
  authorize(auditPolicy.readLog(ctx.actor));
  const where = conditions(filter);
  const p = Math.max(1, page);
  const [items, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(100)
      .offset((p - 1) * 100),
    ctx.db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: p };
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Quotes doubled; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The filtered audit log as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets), newest first. */
export async function exportAuditCsv(ctx: Context, filter: AuditFilter = {}): Promise<string> {
  authorize(auditPolicy.readLog(ctx.actor));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(conditions(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(100_000);
  const header = ['id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'changes', 'request_id', 'ip'];
  const lines = rows.map((r) =>
    [r.id, r.at.toISOString(), r.actor, r.action, r.entityType, r.entityId, r.changes, r.requestId, r.ip]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
