/**
 * Login throttling: failures slow further attempts down; nothing is ever locked for the owner.
 *
 * - Per account and address (`pair`): after 3 failures each further attempt from that address on
 *   that account waits a growing time (1 s, 2 s, 4 s … at most 15 min).
 * - Per account (`account`, across addresses): after 10 failures an address that has itself failed
 *   on the account waits up to 60 s between attempts. An address with no failures of its own is
 *   never held back, so nobody can keep another person's (or the admin's) account shut by typing
 *   wrong passwords: the owner, on their own device, logs in at once.
 * - Per address (`ip`, across accounts): 150 failures may be outstanding, draining one each 6 s;
 *   then the address waits from 1 min (doubling, at most 15 min). A venue of 60 behind one NAT, each
 *   mistyping twice, stays far below. See docs/decisions/012-abuse-limits.md.
 *
 * Counters are leaky buckets on (failures, last_failure_at): each drains by one per `leakMs`.
 */
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { loginThrottle } from '#db/schema/index.ts';

const POLICY = {
	pair: { free: 3, firstDelayMs: 1000, maxDelayMs: 15 * 60_000, leakMs: 15 * 60_000 },
	account: { free: 10, firstDelayMs: 1000, maxDelayMs: 60_000, leakMs: 5 * 60_000 },
	ip: { free: 150, firstDelayMs: 60_000, maxDelayMs: 15 * 60_000, leakMs: 6_000 },
	/** Counters untouched this long are removed by the scheduled clean-up. */
	windowMs: 24 * 60 * 60_000,
} as const;

export type ThrottleKind = 'pair' | 'account' | 'ip';

export interface Throttled {
	/** Seconds until the next attempt is allowed. */
	retryAfterSeconds: number;
	/** What holds the attempt back: the account (from this address) or the address as a whole. */
	scope: 'account' | 'address';
}

function keyOf(kind: ThrottleKind, email: string, address: string): string {
	const e = email.toLowerCase();
	return kind === 'pair'
		? `pair:${e}|${address}`
		: kind === 'account'
			? `account:${e}`
			: `ip:${address}`;
}

/** The wait after `failures` outstanding failures: none up to the free ones, then doubling to the cap. */
function delayMs(kind: ThrottleKind, failures: number): number {
	const p = POLICY[kind];
	const over = failures - p.free;
	if (over <= 0) return 0;
	return Math.min(p.maxDelayMs, p.firstDelayMs * 2 ** (over - 1));
}

type Row = { failures: number; lastFailureAt: Date };

async function rowOf(db: Db, key: string): Promise<Row | undefined> {
	return db.query.loginThrottle.findFirst({ where: eq(loginThrottle.key, key) });
}

function waitMs(from: Row | undefined, delay: number, now: Date): number {
	if (!from || delay === 0) return 0;
	return Math.max(0, from.lastFailureAt.getTime() + delay - now.getTime());
}

/** Whether an attempt on `email` from `address` must wait now, and for how long. */
export async function throttled(
	db: Db,
	email: string,
	address: string,
	now = new Date(),
): Promise<Throttled | null> {
	const [pair, account, ip] = await Promise.all([
		rowOf(db, keyOf('pair', email, address)),
		rowOf(db, keyOf('account', email, address)),
		rowOf(db, keyOf('ip', email, address)),
	]);
	const byAddress = waitMs(ip, delayMs('ip', ip?.failures ?? 0), now);
	// The account's own count only slows addresses that have failed on it themselves.
	const byAccount = Math.max(
		waitMs(pair, delayMs('pair', pair?.failures ?? 0), now),
		pair ? waitMs(pair, delayMs('account', account?.failures ?? 0), now) : 0,
	);
	const wait = Math.max(byAddress, byAccount);
	if (wait === 0) return null;
	return {
		retryAfterSeconds: Math.ceil(wait / 1000),
		scope: byAddress >= byAccount ? 'address' : 'account',
	};
}

async function bump(db: Db, kind: ThrottleKind, key: string, now: Date): Promise<void> {
	const row = await rowOf(db, key);
	const drained = row
		? Math.floor((now.getTime() - row.lastFailureAt.getTime()) / POLICY[kind].leakMs)
		: 0;
	const failures = Math.max(0, (row?.failures ?? 0) - drained) + 1;
	const delay = delayMs(kind, failures);
	const lockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
	await db
		.insert(loginThrottle)
		.values({ key, failures, lastFailureAt: now, lockedUntil })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: { failures, lastFailureAt: now, lockedUntil },
		});
}

export async function recordFailure(
	db: Db,
	email: string,
	address: string,
	now = new Date(),
): Promise<void> {
	for (const kind of ['pair', 'account', 'ip'] as const)
		await bump(db, kind, keyOf(kind, email, address), now);
}

/** After a successful login: this address's count on the account starts again. */
export async function clearPair(db: Db, email: string, address: string): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, keyOf('pair', email, address)));
}

/**
 * After a password reset, and when the address's holder is gone: every count on the account
 * starts again. Takes the database or a transaction.
 */
export async function clearAccount(db: Pick<Db, 'delete'>, email: string): Promise<void> {
	const e = email.toLowerCase();
	await db.delete(loginThrottle).where(eq(loginThrottle.key, `account:${e}`));
	const prefix = `pair:${e}|`;
	await db
		.delete(loginThrottle)
		.where(sql`substr(${loginThrottle.key}, 1, ${prefix.length}) = ${prefix}`);
}

/** Removes counters nobody has touched within the window (scheduled clean-up). */
export async function pruneThrottle(db: Db, now = new Date()): Promise<void> {
	await db
		.delete(loginThrottle)
		.where(lt(loginThrottle.lastFailureAt, new Date(now.getTime() - POLICY.windowMs)));
}
