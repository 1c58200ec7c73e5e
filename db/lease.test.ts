import { describe, expect, it } from 'vitest';
import { createDb, getDb } from './client.ts';
import { acquireLease, leaseHolder, releaseLease, withLease } from './lease.ts';

describe('leases', () => {
	it('go to one holder at a time, pass on when the holder stops renewing, and at once when released', async () => {
		const db = await getDb();
		const other = await createDb(process.env.DATABASE_URL!);
		const name = `test-${Date.now()}`;
		const results = await Promise.all(
			['a', 'b', 'c', 'd'].map((holder, i) =>
				acquireLease(i % 2 ? other : db, name, holder, 60_000),
			),
		);
		expect(results.filter(Boolean)).toHaveLength(1);
		const first = ['a', 'b', 'c', 'd'][results.indexOf(true)]!;
		const second = first === 'a' ? 'b' : 'a';
		expect(await leaseHolder(db, name)).toBe(first);
		// The holder renews it; nobody else gets it meanwhile.
		expect(await acquireLease(db, name, first, 60_000)).toBe(true);
		expect(await acquireLease(other, name, second, 60_000)).toBe(false);
		// Renewed for a moment only and then not again: it runs out and another takes it.
		expect(await acquireLease(db, name, first, 1)).toBe(true);
		await new Promise((r) => setTimeout(r, 20));
		expect(await leaseHolder(db, name)).toBeNull();
		expect(await acquireLease(other, name, second, 60_000)).toBe(true);
		expect(await acquireLease(db, name, first, 60_000)).toBe(false);
		// Released: free at once.
		await releaseLease(other, name, second);
		expect(await acquireLease(db, name, first, 60_000)).toBe(true);
		other.$client.close();
	});

	it('run work under a lease one after another, never at once', async () => {
		const db = await getDb();
		let running = 0;
		let most = 0;
		const work = async () => {
			most = Math.max(most, ++running);
			await new Promise((r) => setTimeout(r, 30));
			running--;
		};
		const done = await Promise.all(
			Array.from({ length: 4 }, () => withLease(db, 'test-serial', work, { ttlMs: 5_000 })),
		);
		expect(done.every((d) => d !== undefined)).toBe(true);
		expect(most).toBe(1);
	});
});
