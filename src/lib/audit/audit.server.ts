import { AsyncLocalStorage } from 'node:async_hooks';
import { count, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { auditLog, users } from '#db/schema/index.ts';
import { AUDIT_PAGE_SIZE, auditCutoff, type AuditAction } from './audit.ts';

type Writer = Pick<Db, 'insert'>;

/**
 * The signed-in account a request acts for. The middleware runs each request inside actingAs(),
 * so a feature's lib function can write the audit row without every caller passing the actor.
 */
const actor = new AsyncLocalStorage<{ id: string }>();

export function actingAs<T>(actorId: string, work: () => T): T {
	return actor.run({ id: actorId }, work);
}

export interface AuditEntry {
	action: AuditAction;
	/** The id of the record changed; never a name or an address. */
	subjectId: string;
	networkId?: string | null;
	/** The account that made the change; by default the one the request acts for. */
	actorId?: string | null;
}

/** Writes one row; inside a transaction, pass the transaction so the row goes with the change. */
export async function recordAudit(db: Writer, entry: AuditEntry, now = new Date()): Promise<void> {
	await db.insert(auditLog).values({
		at: now,
		actorId: entry.actorId !== undefined ? entry.actorId : (actor.getStore()?.id ?? null),
		action: entry.action,
		subjectId: entry.subjectId,
		networkId: entry.networkId ?? null,
	});
}

export interface AuditRow {
	id: number;
	at: Date;
	action: string;
	subjectId: string;
	networkId: string | null;
	/** The actor's name, or null when the account is gone (or the system made the change). */
	actorName: string | null;
}

/** One page of the log, newest first, and the number of pages. */
export async function listAudit(
	db: Db,
	page: number,
	size = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; pages: number }> {
	const [total] = await db.select({ n: count() }).from(auditLog);
	const rows = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			subjectId: auditLog.subjectId,
			networkId: auditLog.networkId,
			actorName: users.name,
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(size)
		.offset((page - 1) * size);
	return { rows, pages: Math.max(1, Math.ceil((total?.n ?? 0) / size)) };
}

/** Deletes rows past the retention period (called by the background jobs); returns how many. */
export async function pruneAuditLog(db: Db, now = new Date()): Promise<number> {
	const gone = await db
		.delete(auditLog)
		.where(lte(auditLog.at, auditCutoff(now)))
		.returning({ id: auditLog.id });
	return gone.length;
}
