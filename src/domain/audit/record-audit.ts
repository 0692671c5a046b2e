import { type AuditAction, actorKey } from '../../core/audit.ts';
import type { Context, Db, Tx } from '../../core/context.ts';
import { auditLog } from '../../db/schema/index.ts';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
}

/**
 * Writes one audit row with the given handle, which must be the transaction of the change it records, so that
 * the change and its trace commit or fail together.
 */
export async function recordAudit(tx: Db | Tx, ctx: Context, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    at: ctx.now,
    actor: actorKey(ctx.actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
  });
}
