import { and, asc, count, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { networkCoordinators, networks, users } from '#db/schema/index.ts';
import { recordAudit } from '#lib/audit/index.server.ts';
import { invalidateUserSessions } from '#lib/auth/index.server.ts';
import { eraseAccount } from '#lib/privacy/index.server.ts';

export interface UserWithRoles {
	id: string;
	name: string;
	email: string;
	organisation: string;
	isAdmin: boolean;
	/** When an admin deactivated the account; null while it is active. */
	deactivatedAt: Date | null;
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
		columns: {
			id: true,
			name: true,
			email: true,
			organisation: true,
			isAdmin: true,
			deactivatedAt: true,
		},
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
	await recordAudit(
		db,
		{ action: 'role.coordinator.granted', subjectId: userId, networkId, actorId: grantedBy },
		now,
	);
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
	await recordAudit(db, { action: 'role.coordinator.revoked', subjectId: userId, networkId });
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

export type AccountChange =
	{ ok: true; userName: string } | { ok: false; reason: 'unknown-user' | 'last-admin' | 'self' };

/** Active admins other than `userId`: there must always be at least one. */
async function otherAdmins(tx: Pick<Db, 'select'>, userId: string): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(users)
		.where(and(eq(users.isAdmin, true), isNull(users.deactivatedAt), ne(users.id, userId)));
	return row?.n ?? 0;
}

/**
 * Gives or takes the admin role. Taking it is refused when nobody else would be left with it (so
 * an admin cannot take away the last admin role, their own included).
 */
export async function setAdmin(
	db: Db,
	actorId: string,
	userId: string,
	admin: boolean,
	now = new Date(),
): Promise<AccountChange> {
	return db.transaction(async (tx) => {
		const user = await tx.query.users.findFirst({ where: eq(users.id, userId) });
		if (!user) return { ok: false, reason: 'unknown-user' };
		if (!admin && user.isAdmin && (await otherAdmins(tx, userId)) === 0)
			return { ok: false, reason: 'last-admin' };
		if (user.isAdmin !== admin) {
			await tx.update(users).set({ isAdmin: admin }).where(eq(users.id, userId));
			await recordAudit(
				tx,
				{ action: admin ? 'role.admin.granted' : 'role.admin.revoked', subjectId: userId, actorId },
				now,
			);
		}
		return { ok: true, userName: user.name };
	});
}

/**
 * Deactivates an account: it cannot log in, and every session it has ends now. Reactivating lets
 * it log in again with the same password. Nobody deactivates themselves or the last admin.
 */
export async function setDeactivated(
	db: Db,
	actorId: string,
	userId: string,
	deactivate: boolean,
	now = new Date(),
): Promise<AccountChange> {
	if (deactivate && userId === actorId) return { ok: false, reason: 'self' };
	const result = await db.transaction(async (tx): Promise<AccountChange> => {
		const user = await tx.query.users.findFirst({ where: eq(users.id, userId) });
		if (!user) return { ok: false, reason: 'unknown-user' };
		if (deactivate && user.isAdmin && (await otherAdmins(tx, userId)) === 0)
			return { ok: false, reason: 'last-admin' };
		await tx
			.update(users)
			.set({ deactivatedAt: deactivate ? (user.deactivatedAt ?? now) : null })
			.where(eq(users.id, userId));
		await recordAudit(
			tx,
			{
				action: deactivate ? 'account.deactivated' : 'account.reactivated',
				subjectId: userId,
				actorId,
			},
			now,
		);
		return { ok: true, userName: user.name };
	});
	if (result.ok && deactivate) await invalidateUserSessions(db, userId);
	return result;
}

/**
 * Deletes another person's account and every copy of it (privacy/erase.server.ts), as deleting
 * one's own account does. Not one's own (that is on "Min side", with the password) nor the last admin.
 */
export async function deleteAccount(
	db: Db,
	actorId: string,
	userId: string,
	now = new Date(),
): Promise<AccountChange> {
	if (userId === actorId) return { ok: false, reason: 'self' };
	const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
	if (!user) return { ok: false, reason: 'unknown-user' };
	if (user.isAdmin && !user.deactivatedAt && (await otherAdmins(db, userId)) === 0)
		return { ok: false, reason: 'last-admin' };
	if (!(await eraseAccount(db, userId))) return { ok: false, reason: 'unknown-user' };
	await recordAudit(db, { action: 'account.deleted', subjectId: userId, actorId }, now);
	return { ok: true, userName: user.name };
}

/** Who holds which role: the admins, and each network's coordinators, for the roles overview. */
export async function roleHolders(db: Db): Promise<{
	admins: { id: string; name: string }[];
	coordinators: { networkId: string; id: string; name: string }[];
}> {
	const admins = await db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(and(eq(users.isAdmin, true), isNull(users.deactivatedAt)))
		.orderBy(asc(users.name));
	const coordinators = await db
		.select({ networkId: networkCoordinators.networkId, id: users.id, name: users.name })
		.from(networkCoordinators)
		.innerJoin(users, eq(users.id, networkCoordinators.userId))
		.where(isNull(users.deactivatedAt))
		.orderBy(asc(users.name));
	return { admins, coordinators };
}
