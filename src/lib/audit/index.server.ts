/** The public entry of audit for other features (server code); docs/architecture.md. */
export { pruneAuditLog, recordAudit, type AuditEntry, type AuditRow } from './audit.server.ts';
