import { hash } from '@node-rs/argon2';
import { count } from 'drizzle-orm';
import { closeDb, getDb, type Db } from './client.ts';
import { migrateDb } from './migrate.ts';
import { networkCoordinators, networks, offices, users } from './schema/index.ts';
import { DEMO_ACCOUNTS, SEED_NETWORKS } from './seed/networks.ts';

/** Demo passwords are public in the README; hash them cheaply but with the same algorithm. */
const DEMO_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export class SeedRefusedError extends Error {}

/** True when the database has no networks and no users: npm start seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
	const [n] = await db.select({ n: count() }).from(networks);
	const [u] = await db.select({ n: count() }).from(users);
	return (n?.n ?? 0) === 0 && (u?.n ?? 0) === 0;
}

/**
 * Inserts the demo networks, offices and accounts. Idempotent: what exists is left as it is.
 * Refused in production so demo passwords never reach a real installation.
 */
export async function seedDemoData(db: Db, env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<void> {
	if (env.NODE_ENV === 'production') {
		throw new SeedRefusedError('Demo data is never seeded when NODE_ENV=production.');
	}
	for (const network of SEED_NETWORKS) {
		await db
			.insert(networks)
			.values({ id: network.id, name: network.name, organiser: network.organiser, createdAt: now })
			.onConflictDoNothing();
		for (const office of network.offices) {
			await db
				.insert(offices)
				.values({ ...office, networkId: network.id })
				.onConflictDoNothing();
		}
	}
	for (const account of DEMO_ACCOUNTS) {
		const existing = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, account.email) });
		const id = existing?.id ?? `demo-${account.email.split('@')[0]!.replace(/[^a-z]/g, '-')}`;
		if (!existing) {
			await db.insert(users).values({
				id,
				email: account.email,
				name: account.name,
				organisation: account.organisation,
				officeId: account.officeId,
				passwordHash: await hash(account.password, DEMO_HASH_OPTIONS),
				isAdmin: account.isAdmin,
				createdAt: now,
			});
		}
		for (const networkId of account.coordinatorOf) {
			await db
				.insert(networkCoordinators)
				.values({ userId: id, networkId, grantedBy: null, grantedAt: now })
				.onConflictDoNothing();
		}
	}
}

if (import.meta.main) {
	const onlyIfEmpty = process.argv.includes('--if-empty');
	try {
		const db = await getDb();
		await migrateDb(db);
		if (onlyIfEmpty && !(await isEmpty(db))) {
			console.log('Database already has data; demo data not added.');
		} else {
			await seedDemoData(db);
			console.log('Demo data is in place.');
		}
	} catch (error) {
		if (error instanceof SeedRefusedError) {
			console.error(error.message);
			process.exitCode = 1;
		} else throw error;
	} finally {
		await closeDb();
	}
}
