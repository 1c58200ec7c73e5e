import { asc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { networkCoordinators, networks, offices, users } from '#db/schema/index.ts';

export type Network = typeof networks.$inferSelect;
export type Office = typeof offices.$inferSelect;
export interface NetworkWithOffices extends Network {
	offices: Office[];
}

/**
 * Networks and their offices change rarely but are shown on most pages, so each process keeps
 * them for CACHE_MS. The administration's edits (edit.server.ts) call forgetNetworks(), so this
 * instance shows a change at once; another instance shows the old list for up to CACHE_MS.
 */
const CACHE_MS = 30_000;
let cached: { at: number; db: Db; value: Promise<NetworkWithOffices[]> } | undefined;

export function listNetworksWithOffices(db: Db, now = Date.now()): Promise<NetworkWithOffices[]> {
	if (cached && cached.db === db && now - cached.at < CACHE_MS) return cached.value;
	// A drizzle query is a lazy thenable that runs again on every await: keep the settled promise.
	const value = Promise.resolve(
		db.query.networks.findMany({
			orderBy: [asc(networks.name)],
			with: { offices: { orderBy: [asc(offices.name)] } },
		}),
	);
	cached = { at: now, db, value };
	value.catch(() => (cached = undefined));
	return value;
}

export function forgetNetworks(): void {
	cached = undefined;
}

export async function getNetwork(db: Db, id: string): Promise<Network | undefined> {
	return db.query.networks.findFirst({ where: eq(networks.id, id) });
}

/** Names of a network's coordinators, for the administration page. */
export async function coordinatorsOf(
	db: Db,
	networkId: string,
): Promise<{ id: string; name: string; email: string }[]> {
	return db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(networkCoordinators)
		.innerJoin(users, eq(users.id, networkCoordinators.userId))
		.where(eq(networkCoordinators.networkId, networkId))
		.orderBy(asc(users.name));
}
