import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { networkCoordinators, networks, users } from '#db/schema/index.ts';

export interface UserWithRoles {
	id: string;
	name: string;
	email: string;
	organisation: string;
	isAdmin: boolean;
	coordinatorOf: string[];
}

/** Users matching a search on name or e-mail, with their roles, for the admin page. */
export async function listUsers(db: Db, search = '', limit = 200): Promise<UserWithRoles[]> {
	const term = search.trim().toLowerCase();
	const rows = await db.query.users.findMany({
		where: term
			? or(
					sql`instr(lower(${users.email}), ${term}) > 0`,
					sql`instr(lower(${users.name}), ${term}) > 0`,
				)
			: undefined,
		orderBy: [asc(users.name)],
		limit,
		columns: { id: true, name: true, email: true, organisation: true, isAdmin: true },
		with: { coordinatorOf: { columns: { networkId: true } } },
	});
	return rows.map((r) => ({ ...r, coordinatorOf: r.coordinatorOf.map((c) => c.networkId) }));
}

export type RoleChange =
	| { ok: true; userName: string; networkName: string }
	| { ok: false; reason: 'unknown-user' | 'unknown-network' };

async function lookup(db: Db, userId: string, networkId: string) {
	const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
	const network = await db.query.networks.findFirst({ where: eq(networks.id, networkId) });
	return { user, network };
}

export async function grantCoordinator(
	db: Db,
	grantedBy: string,
	userId: string,
	networkId: string,
	now = new Date(),
): Promise<RoleChange> {
	const { user, network } = await lookup(db, userId, networkId);
	if (!user) return { ok: false, reason: 'unknown-user' };
	if (!network) return { ok: false, reason: 'unknown-network' };
	await db
		.insert(networkCoordinators)
		.values({ userId, networkId, grantedBy, grantedAt: now })
		.onConflictDoNothing();
	return { ok: true, userName: user.name, networkName: network.name };
}

export async function revokeCoordinator(
	db: Db,
	userId: string,
	networkId: string,
): Promise<RoleChange> {
	const { user, network } = await lookup(db, userId, networkId);
	if (!user) return { ok: false, reason: 'unknown-user' };
	if (!network) return { ok: false, reason: 'unknown-network' };
	await db
		.delete(networkCoordinators)
		.where(
			and(eq(networkCoordinators.userId, userId), eq(networkCoordinators.networkId, networkId)),
		);
	return { ok: true, userName: user.name, networkName: network.name };
}

/** Makes an existing account an admin (the `npm run user:admin` command). */
export async function makeAdmin(db: Db, email: string): Promise<boolean> {
	const updated = await db
		.update(users)
		.set({ isAdmin: true })
		.where(eq(users.email, email.trim().toLowerCase()))
		.returning({ id: users.id });
	return updated.length > 0;
}
