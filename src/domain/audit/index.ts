export { type AuditFilter, type AuditRow, exportAuditCsv, listAudit } from './list-audit.ts';
export { type AuditEntry, recordAudit } from './record-audit.ts';
