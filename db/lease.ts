import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Milliseconds since 1970 by the database's clock (julianday works on every SQLite and sqld). */
const DB_NOW_MS = sql`cast((julianday('now') - 2440587.5) * 86400000 as integer)`;

/** A random id for this process, as a lease holder. */
export function newHolderId(): string {
	return `${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Takes the lease `name` for `holder` for `ttlMs`, or renews it when `holder` has it already.
 * One statement, so two instances can never both get it: the update applies only when the row is
 * this holder's or has run out. True when `holder` has the lease now.
 */
export async function acquireLease(
	db: Db,
	name: string,
	holder: string,
	ttlMs: number,
): Promise<boolean> {
	// db.all, not db.get: drizzle's get fails on an empty result.
	const [row] = await db.all<{ holder: string }>(sql`
		insert into leases (name, holder, expires_at, acquired_at) values (${name}, ${holder}, ${DB_NOW_MS} + ${Math.round(ttlMs)}, ${DB_NOW_MS})
		on conflict (name) do update set
			holder = excluded.holder,
			expires_at = excluded.expires_at,
			acquired_at = case when leases.holder = excluded.holder then leases.acquired_at else excluded.acquired_at end
		where leases.holder = excluded.holder or leases.expires_at <= ${DB_NOW_MS}
		returning holder`);
	return row?.holder === holder;
}

/** Gives the lease up at once (on a clean shutdown), so another instance need not wait for it to run out. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
	await db.run(sql`delete from leases where name = ${name} and holder = ${holder}`);
}

/** Who holds the lease now, or null when nobody does (none taken, or run out). */
export async function leaseHolder(db: Db, name: string): Promise<string | null> {
	const [row] = await db.all<{ holder: string }>(
		sql`select holder from leases where name = ${name} and expires_at > ${DB_NOW_MS}`,
	);
	return row?.holder ?? null;
}

/**
 * Runs `work` while holding the lease `name`, waiting (up to `waitMs`) for another holder to
 * finish first. The lease is renewed while the work runs and given up after it. Returns undefined
 * when the lease could not be had in time.
 */
export async function withLease<T>(
	db: Db,
	name: string,
	work: () => Promise<T>,
	options: { ttlMs?: number; waitMs?: number } = {},
): Promise<{ result: T } | undefined> {
	const ttlMs = options.ttlMs ?? 30_000;
	const holder = newHolderId();
	const until = Date.now() + (options.waitMs ?? 2 * ttlMs);
	while (!(await acquireLease(db, name, holder, ttlMs))) {
		if (Date.now() > until) return undefined;
		await new Promise((r) => setTimeout(r, 100 + Math.random() * 100));
	}
	const renew = setInterval(
		() => void acquireLease(db, name, holder, ttlMs).catch(() => undefined),
		ttlMs / 3,
	);
	try {
		return { result: await work() };
	} finally {
		clearInterval(renew);
		await releaseLease(db, name, holder).catch(() => undefined);
	}
}
