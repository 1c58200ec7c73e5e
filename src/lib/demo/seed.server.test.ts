import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { getDb } from '#db/client.ts';
import { networkCoordinators, networks, offices, users } from '#db/schema/index.ts';
import { DEMO_ACCOUNTS } from './networks.ts';
import { isEmpty, SeedRefusedError, seedDemoData } from './seed.server.ts';

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
		await expect(seedDemoData(db, { NODE_ENV: 'production' })).rejects.toBeInstanceOf(
			SeedRefusedError,
		);
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
			const user = await db.query.users.findFirst({
				where: (u, { eq }) => eq(u.email, account.email),
			});
			expect(await verify(user!.passwordHash, account.password)).toBe(true);
			expect(user!.isAdmin).toBe(account.isAdmin);
		}
		const bergen = await db.query.users.findFirst({
			where: (u, { eq }) => eq(u.email, 'deltakar@example.no'),
		});
		expect(bergen!.officeId).toBe('nav-bergen');
	});
});

describe('demo gatherings', () => {
	it('has the two past gatherings from the sources and two upcoming ones in Vestland, one nearly full', async () => {
		const db = await getDb();
		const now = new Date();
		await seedDemoData(db, {}, now);
		const all = await db.query.gatherings.findMany({
			with: { registrations: true, programme: true },
		});
		const byId = Object.fromEntries(all.map((g) => [g.id, g]));
		expect(byId['samling-2019-09-19']?.date).toBe('2019-09-19');
		expect(byId['samling-2019-09-19']?.programme).toHaveLength(10);
		expect(byId['samling-2020-10-14']?.venueTown).toBe('Førde');
		expect(
			byId['samling-2019-09-19']?.registrations.filter((r) => r.attendedAt).length,
		).toBeGreaterThan(0);
		const upcoming = all.filter((g) => g.startsAt > now && g.status === 'published');
		expect(upcoming).toHaveLength(2);
		const nearlyFull = upcoming.find((g) => g.capacity - g.registrations.length <= 3);
		expect(nearlyFull).toBeDefined();
		expect(upcoming.every((g) => g.registrationOpensAt < now && g.registrationClosesAt > now)).toBe(
			true,
		);
	});
});
