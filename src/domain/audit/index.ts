export { type AuditFilter, type AuditRow, exportAuditCsv, listAudit } from './list-audit.ts';
export { auditPolicy } from './policy.ts';
export { type AuditEntry, recordAudit } from './record-audit.ts';
