import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { getDb } from './client.ts';
import { networkCoordinators, networks, offices, users } from './schema/index.ts';
import { isEmpty, SeedRefusedError, seedDemoData } from './seed.ts';
import { DEMO_ACCOUNTS } from './seed/networks.ts';

const counts = async () => {
	const db = await getDb();
	const [n] = await db.select({ n: count() }).from(networks);
	const [o] = await db.select({ n: count() }).from(offices);
	const [u] = await db.select({ n: count() }).from(users);
	const [c] = await db.select({ n: count() }).from(networkCoordinators);
	return { networks: n!.n, offices: o!.n, users: u!.n, coordinators: c!.n };
};

describe('demo data', () => {
	it('is refused in production and leaves the database empty', async () => {
		const db = await getDb();
		await expect(seedDemoData(db, { NODE_ENV: 'production' })).rejects.toBeInstanceOf(SeedRefusedError);
		expect(await isEmpty(db)).toBe(true);
	});

	it('creates three networks, their offices and the demo accounts, and is idempotent', async () => {
		const db = await getDb();
		await seedDemoData(db, {});
		const first = await counts();
		expect(first).toMatchObject({ networks: 3, users: 3, coordinators: 1 });
		expect(first.offices).toBeGreaterThanOrEqual(20);
		await seedDemoData(db, {});
		expect(await counts()).toEqual(first);
		expect(await isEmpty(db)).toBe(false);
	});

	it('gives each demo account its README password and role', async () => {
		const db = await getDb();
		await seedDemoData(db, {});
		for (const account of DEMO_ACCOUNTS) {
			const user = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, account.email) });
			expect(await verify(user!.passwordHash, account.password)).toBe(true);
			expect(user!.isAdmin).toBe(account.isAdmin);
		}
		const bergen = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, 'deltakar@example.no') });
		expect(bergen!.officeId).toBe('nav-bergen');
	});
});
