import { hash } from '@node-rs/argon2';
import type { Db } from '#db/client.ts';
import { networkCoordinators, networks, offices, users } from '#db/schema/index.ts';
import { randomId } from '#lib/platform/tokens.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
/** One real argon2id hash of TEST_PASSWORD, computed once per worker. */
function testPasswordHash(): Promise<string> {
	cachedHash ??= hash(TEST_PASSWORD, {
		memoryCost: 19_456,
		timeCost: 2,
		parallelism: 1,
		algorithm: 2,
	});
	return cachedHash;
}

export async function createNetwork(
	db: Db,
	id = `net-${randomId()}`,
	officeIds: string[] = [],
): Promise<string> {
	await db
		.insert(networks)
		.values({
			id,
			name: `Nettverk ${id}`,
			organiser: 'Statsforvaltaren i Testland',
			createdAt: new Date(),
		})
		.onConflictDoNothing();
	for (const officeId of officeIds) {
		await db
			.insert(offices)
			.values({ id: officeId, networkId: id, name: `NAV ${officeId}`, municipalities: [officeId] })
			.onConflictDoNothing();
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
		passwordHash: options.password
			? await hash(options.password, {
					memoryCost: 19_456,
					timeCost: 2,
					parallelism: 1,
					algorithm: 2,
				})
			: await testPasswordHash(),
		isAdmin: options.isAdmin ?? false,
		createdAt: new Date(),
	});
	for (const networkId of options.coordinatorOf ?? []) {
		await db.insert(networkCoordinators).values({ userId: id, networkId, grantedAt: new Date() });
	}
	return { id, email };
}

/** A published gathering with registration open now, in a fresh network. */
export async function createGathering(
	db: Db,
	options: {
		capacity?: number;
		networkId?: string;
		lunchServed?: boolean;
		startsInDays?: number;
		closesInDays?: number;
		status?: 'draft' | 'published' | 'cancelled';
	} = {},
) {
	const { gatherings } = await import('#db/schema/index.ts');
	const networkId =
		options.networkId ?? (await createNetwork(db, undefined, [`nav-${randomId().slice(0, 6)}`]));
	const now = Date.now();
	const startsAt = new Date(now + (options.startsInDays ?? 30) * 86_400_000);
	const id = randomId();
	await db.insert(gatherings).values({
		id,
		networkId,
		title: 'Nettverkssamling om kvalifiseringsprogrammet',
		description: 'Erfaringsutveksling og fagleg påfyll.',
		goals: ['Erfaringsutveksling'],
		date: startsAt.toISOString().slice(0, 10),
		startsAt,
		endsAt: new Date(startsAt.getTime() + 6 * 3600_000),
		venueName: 'Statens hus',
		venueAddress: 'Kaigaten 9',
		venueTown: 'Bergen',
		capacity: options.capacity ?? 10,
		registrationOpensAt: new Date(now - 86_400_000),
		registrationClosesAt: new Date(now + (options.closesInDays ?? 20) * 86_400_000),
		lunchServed: options.lunchServed ?? true,
		reminderDays: 3,
		status: options.status ?? 'published',
		createdAt: new Date(now),
		updatedAt: new Date(now),
	});
	return { id, networkId };
}

export function registrationInput(
	gatheringId: string,
	n: number | string,
	extra: Record<string, unknown> = {},
) {
	return {
		gatheringId,
		name: `Deltakar ${n}`,
		email: `deltakar-${n}@example.no`,
		officeId: null,
		organisation: 'NAV Testby',
		jobRole: 'KVP-rettleiar',
		lunch: true,
		diet: 'Glutenfri',
		accessibility: '',
		consent: true,
		language: 'nn' as const,
		...extra,
	};
}
