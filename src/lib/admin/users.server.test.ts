import { describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { auditLog, coordinatorInvitations, networkCoordinators, users } from '#db/schema/index.ts';
import { createNetwork, createUser, TEST_PASSWORD } from '#tests/factories.ts';
import { loadUser, login } from '#lib/auth/accounts.server.ts';
import { createSession, validateSessionToken } from '#lib/auth/session.server.ts';
import { inviteCoordinator } from './invitations.server.ts';
import {
	deleteAccount,
	grantCoordinator,
	revokeCoordinator,
	roleHolders,
	setAdmin,
	setDeactivated,
} from './users.server.ts';

async function onlyAdmin() {
	const db = await getDb();
	const admin = await createUser(db, { isAdmin: true, name: 'Ada Administrator' });
	await db.update(users).set({ isAdmin: false }).where(ne(users.id, admin.id));
	return { db, admin };
}

describe('the admin role', () => {
	it('cannot be taken from the last active admin, not even by that admin', async () => {
		const { db, admin } = await onlyAdmin();
		expect(await setAdmin(db, admin.id, admin.id, false)).toEqual({
			ok: false,
			reason: 'last-admin',
		});
		expect((await loadUser(db, admin.id))?.isAdmin).toBe(true);

		const other = await createUser(db, { name: 'Bo Bakvakt' });
		expect(await setAdmin(db, admin.id, other.id, true)).toMatchObject({ ok: true });
		// With a second admin, the first may step down; then the second is the last.
		expect(await setAdmin(db, admin.id, admin.id, false)).toMatchObject({ ok: true });
		expect(await setAdmin(db, other.id, other.id, false)).toEqual({
			ok: false,
			reason: 'last-admin',
		});
		expect((await roleHolders(db)).admins.map((a) => a.id)).toEqual([other.id]);
	});

	it('does not count a deactivated admin as the one that is left', async () => {
		const { db, admin } = await onlyAdmin();
		const sleeper = await createUser(db, { isAdmin: true });
		expect(await setDeactivated(db, admin.id, sleeper.id, true)).toMatchObject({ ok: true });
		expect(await setAdmin(db, admin.id, admin.id, false)).toMatchObject({ reason: 'last-admin' });
		expect(await setDeactivated(db, sleeper.id, admin.id, true)).toMatchObject({
			reason: 'last-admin',
		});
	});
});

describe('deactivating an account', () => {
	it('ends its sessions and refuses its logins until it is reactivated', async () => {
		const { db, admin } = await onlyAdmin();
		const person = await createUser(db, { name: 'Dina Deaktivert' });
		const { token } = await createSession(db, person.id);

		expect(await setDeactivated(db, admin.id, person.id, true)).toEqual({
			ok: true,
			userName: 'Dina Deaktivert',
		});
		expect(await validateSessionToken(db, token)).toBeNull();
		expect(await loadUser(db, person.id)).toBeNull();
		expect(await login(db, person.email, TEST_PASSWORD, '127.0.0.1')).toEqual({
			ok: false,
			reason: 'deactivated',
		});
		// A wrong password still gets the usual answer, so nobody learns the state by guessing.
		expect(await login(db, person.email, 'not the password', '127.0.0.1')).toMatchObject({
			reason: 'invalid',
		});

		expect(await setDeactivated(db, admin.id, person.id, false)).toMatchObject({ ok: true });
		expect(await login(db, person.email, TEST_PASSWORD, '127.0.0.2')).toMatchObject({ ok: true });
	});

	it('is refused for one’s own account', async () => {
		const { db, admin } = await onlyAdmin();
		expect(await setDeactivated(db, admin.id, admin.id, true)).toEqual({
			ok: false,
			reason: 'self',
		});
	});
});

describe('deleting an account', () => {
	it('erases the account and its roles, but not one’s own or the last admin', async () => {
		const { db, admin } = await onlyAdmin();
		const network = await createNetwork(db);
		const person = await createUser(db, { coordinatorOf: [network] });
		const other = await createNetwork(db);
		await inviteCoordinator(
			db,
			{ id: admin.id, name: 'Ada' },
			other,
			person.email,
			'nb',
			'https://x.no',
		);
		expect(await deleteAccount(db, admin.id, admin.id)).toEqual({ ok: false, reason: 'self' });
		expect(await deleteAccount(db, admin.id, person.id)).toMatchObject({ ok: true });
		expect(await db.query.users.findFirst({ where: eq(users.id, person.id) })).toBeUndefined();
		expect(
			await db.query.networkCoordinators.findMany({
				where: eq(networkCoordinators.userId, person.id),
			}),
		).toEqual([]);
		// The invitation to the address went with it, so it cannot bring the account back.
		expect(
			await db.query.coordinatorInvitations.findMany({
				where: eq(coordinatorInvitations.email, person.email),
			}),
		).toEqual([]);
		expect(await deleteAccount(db, admin.id, 'finst-ikkje')).toMatchObject({
			reason: 'unknown-user',
		});
	});
});

describe('the audit rows of role and account changes', () => {
	it('name the actor and the record ids, never the affected person', async () => {
		const { db, admin } = await onlyAdmin();
		const network = await createNetwork(db);
		const person = await createUser(db, {
			name: 'Ragnhild Rolleskift',
			email: 'ragnhild.rolleskift@example.no',
		});
		await db.delete(auditLog);
		await grantCoordinator(db, admin.id, person.id, network);
		await revokeCoordinator(db, person.id, network);
		await setAdmin(db, admin.id, person.id, true);
		await setDeactivated(db, admin.id, person.id, true);
		await deleteAccount(db, admin.id, person.id);

		const rows = await db.select().from(auditLog).orderBy(auditLog.id);
		expect(rows.map((r) => r.action)).toEqual([
			'role.coordinator.granted',
			'role.coordinator.revoked',
			'role.admin.granted',
			'account.deactivated',
			'account.deleted',
		]);
		expect(rows.every((r) => r.subjectId === person.id)).toBe(true);
		expect(rows[0]).toMatchObject({ actorId: admin.id, networkId: network });
		const text = JSON.stringify(rows).toLowerCase();
		expect(text).not.toContain('ragnhild');
		expect(text).not.toContain('rolleskift');
	});
});
