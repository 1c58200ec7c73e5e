import { eq, lt } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { loginThrottle } from '#db/schema/index.ts';

/** Failures allowed before a key is locked, and the lock policy. */
export const POLICY = {
	email: { freeFailures: 5 },
	ip: { freeFailures: 20 },
	firstLockMs: 30_000,
	maxLockMs: 15 * 60_000,
	/** Failures older than this are forgotten. */
	windowMs: 60 * 60_000,
} as const;

export type ThrottleKind = keyof Pick<typeof POLICY, 'email' | 'ip'>;

function keyOf(kind: ThrottleKind, value: string): string {
	return `${kind}:${value.toLowerCase()}`;
}

/** Seconds until the key may try again, or 0 when it is not locked. */
export async function lockedFor(db: Db, kind: ThrottleKind, value: string, now = new Date()): Promise<number> {
	const row = await db.query.loginThrottle.findFirst({ where: eq(loginThrottle.key, keyOf(kind, value)) });
	if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
	return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Lock duration after `failures` failures: doubling from 30 s, at most 15 min. */
export function lockDurationMs(kind: ThrottleKind, failures: number): number {
	const over = failures - POLICY[kind].freeFailures;
	if (over < 0) return 0;
	return Math.min(POLICY.maxLockMs, POLICY.firstLockMs * 2 ** over);
}

export async function recordFailure(db: Db, kind: ThrottleKind, value: string, now = new Date()): Promise<void> {
	const key = keyOf(kind, value);
	const row = await db.query.loginThrottle.findFirst({ where: eq(loginThrottle.key, key) });
	const stale = !row || now.getTime() - row.lastFailureAt.getTime() > POLICY.windowMs;
	const failures = stale ? 1 : row.failures + 1;
	const lockMs = lockDurationMs(kind, failures);
	const lockedUntil = lockMs > 0 ? new Date(now.getTime() + lockMs) : null;
	await db
		.insert(loginThrottle)
		.values({ key, failures, lastFailureAt: now, lockedUntil })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: { failures, lastFailureAt: now, lockedUntil },
		});
}

export async function clearFailures(db: Db, kind: ThrottleKind, value: string): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(kind, value)));
}

/** Removes counters nobody has touched within the window (scheduled clean-up). */
export async function pruneThrottle(db: Db, now = new Date()): Promise<void> {
	await db
		.delete(loginThrottle)
		.where(lt(loginThrottle.lastFailureAt, new Date(now.getTime() - POLICY.windowMs)));
}
