import { hash } from '@node-rs/argon2';
import type { Db } from '../db/client.ts';
import { networkCoordinators, networks, offices, users } from '../db/schema/index.ts';
import { randomId } from '../src/lib/auth/tokens.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
/** One real argon2id hash of TEST_PASSWORD, computed once per worker. */
export function testPasswordHash(): Promise<string> {
	cachedHash ??= hash(TEST_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 });
	return cachedHash;
}

export async function createNetwork(db: Db, id = `net-${randomId()}`, officeIds: string[] = []): Promise<string> {
	await db.insert(networks).values({ id, name: `Nettverk ${id}`, organiser: 'Statsforvaltaren i Testland', createdAt: new Date() }).onConflictDoNothing();
	for (const officeId of officeIds) {
		await db.insert(offices).values({ id: officeId, networkId: id, name: `NAV ${officeId}`, municipalities: [officeId] }).onConflictDoNothing();
	}
	return id;
}

export interface TestUserOptions {
	email?: string;
	name?: string;
	isAdmin?: boolean;
	coordinatorOf?: string[];
	password?: string;
}

/** A user with the given roles; every name here is fictional. */
export async function createUser(db: Db, options: TestUserOptions = {}) {
	const id = randomId();
	const email = options.email ?? `test-${id}@example.no`;
	await db.insert(users).values({
		id,
		email,
		name: options.name ?? `Testperson ${id.slice(0, 4)}`,
		organisation: 'NAV Testby',
		passwordHash: options.password ? await hash(options.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 }) : await testPasswordHash(),
		isAdmin: options.isAdmin ?? false,
		createdAt: new Date(),
	});
	for (const networkId of options.coordinatorOf ?? []) {
		await db.insert(networkCoordinators).values({ userId: id, networkId, grantedAt: new Date() });
	}
	return { id, email };
}
