/**
 * The audit log's vocabulary and retention rule (pure). A row says who changed what and when: the
 * actor's account, one of these kinds of change, and the id of the record. It never holds a name or
 * an address of the people affected (docs/decisions/022).
 */
export const AUDIT_ACTIONS = [
	'gathering.created',
	'gathering.edited',
	'gathering.published',
	'gathering.cancelled',
	'survey.created',
	'survey.opened',
	'survey.closed',
	'survey.sent',
	'survey.deleted',
	'network.created',
	'network.edited',
	'office.added',
	'office.edited',
	'office.removed',
	'invitation.sent',
	'invitation.accepted',
	'role.coordinator.granted',
	'role.coordinator.revoked',
	'role.admin.granted',
	'role.admin.revoked',
	'account.deactivated',
	'account.reactivated',
	'account.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How long a row is kept: twelve months, then the background jobs delete it. */
const AUDIT_RETENTION_MONTHS = 12;

/** Rows at or before this instant are past the retention period. */
export function auditCutoff(now: Date, months = AUDIT_RETENTION_MONTHS): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

/** Rows per page on the admin page. */
export const AUDIT_PAGE_SIZE = 50;

/** The page number from a query string value: 1 for anything that is not a whole number ≥ 1. */
export function auditPage(value: string | null): number {
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
