import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit log: one row per state change, written in the same transaction as the change. A trigger (migration
 * 0003) refuses UPDATE and DELETE, so rows cannot be altered through the application. Actors are recorded by id
 * and role, never by name or e-mail, so that erasing a person's account leaves the trail without personal data.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** `user:<id>`, `system:<name>` or `visitor`. */
    actor: text('actor').notNull(),
    /** `entity.verb`, from the list in core/audit.ts. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** What changed: field names with their old and new values where they are not personal data. */
    changes: jsonb('changes').$type<Record<string, unknown>>(),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actor),
    index('audit_log_action_idx').on(t.action),
  ],
);
