import type { Db } from '#db/client.ts';
import { pruneAuditLog } from '#lib/audit/index.server.ts';
import { pruneInvitations } from './invitations.server.ts';

/**
 * The administration's scheduled deletion (called by the background jobs): audit rows older than
 * twelve months (AUDIT_RETENTION_MONTHS) and coordinator invitations whose link has expired.
 */
export async function pruneAdministration(
	db: Db,
	now = new Date(),
): Promise<{ auditRows: number; invitations: number }> {
	return { auditRows: await pruneAuditLog(db, now), invitations: await pruneInvitations(db, now) };
}
