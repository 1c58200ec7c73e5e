import { asc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { networkCoordinators, networks, offices, users } from '#db/schema/index.ts';

export type Network = typeof networks.$inferSelect;
export type Office = typeof offices.$inferSelect;
export interface NetworkWithOffices extends Network {
	offices: Office[];
}

export async function listNetworksWithOffices(db: Db): Promise<NetworkWithOffices[]> {
	const rows = await db.query.networks.findMany({
		orderBy: [asc(networks.name)],
		with: { offices: { orderBy: [asc(offices.name)] } },
	});
	return rows;
}

export async function getNetwork(db: Db, id: string): Promise<Network | undefined> {
	return db.query.networks.findFirst({ where: eq(networks.id, id) });
}

/** Names of a network's coordinators, for the administration page. */
export async function coordinatorsOf(db: Db, networkId: string): Promise<{ id: string; name: string; email: string }[]> {
	return db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(networkCoordinators)
		.innerJoin(users, eq(users.id, networkCoordinators.userId))
		.where(eq(networkCoordinators.networkId, networkId))
		.orderBy(asc(users.name));
}
