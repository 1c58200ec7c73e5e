import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { auditLog, coordinatorInvitations, outbox, users } from '#db/schema/index.ts';
import { createNetwork, createUser } from '#tests/factories.ts';
import { loadUser } from '#lib/auth/accounts.server.ts';
import { recordAudit } from '#lib/audit/audit.server.ts';
import { acceptInvitation, INVITATION_TTL_MS, inviteCoordinator } from './invitations.server.ts';
import { pruneAdministration } from './retention.server.ts';
import { setDeactivated } from './users.server.ts';

const ORIGIN = 'https://kvp.example.no';
const account = { name: 'Ivar Invitert', organisation: '', password: 'eit langt passord her' };

/** Invites the address and returns the token from the e-mail, as the invitee would see it. */
async function invite(email: string, lang: 'nb' | 'nn' = 'nb', now = new Date()) {
	const db = await getDb();
	const admin = await createUser(db, { isAdmin: true, name: 'Ada Administrator' });
	const network = await createNetwork(db);
	expect(
		await inviteCoordinator(
			db,
			{ id: admin.id, name: 'Ada Administrator' },
			network,
			email,
			lang,
			ORIGIN,
			now,
		),
	).toEqual({ ok: true });
	const mail = await db.query.outbox.findFirst({ where: eq(outbox.to, email) });
	const link = /https:\/\/\S+/.exec(mail?.text ?? '')?.[0] ?? '';
	const token = new URL(link).searchParams.get('token') ?? '';
	return { db, admin, network, mail: mail!, link, token };
}

describe('inviting a coordinator', () => {
	it('e-mails a personal link in the chosen language and keeps only a hash of it', async () => {
		const { db, network, mail, link, token } = await invite('ny.koordinator@example.no', 'nn');
		expect(link.startsWith(`${ORIGIN}/nn/invitasjon?token=`)).toBe(true);
		expect(mail.subject).toContain(`Nettverk ${network}`);
		expect(mail.text).toContain('Lenkja er personleg');
		const [row] = await db
			.select()
			.from(coordinatorInvitations)
			.where(eq(coordinatorInvitations.networkId, network));
		expect(row?.email).toBe('ny.koordinator@example.no');
		expect(Buffer.from(row!.secretHash).toString('utf8')).not.toContain(token.split('.')[1]);
		// The audit row says an invitation was sent, not to whom.
		const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, row!.id));
		expect(audit).toMatchObject([{ action: 'invitation.sent', networkId: network }]);
		expect(JSON.stringify(audit)).not.toContain('ny.koordinator');
	});

	it('creates an active coordinator account for a new address, once', async () => {
		const { db, network, token } = await invite('heilt.ny@example.no');
		const result = await acceptInvitation(db, token, null, account);
		expect(result).toMatchObject({ ok: true, networkId: network });
		expect(result.ok && result.session?.token).toBeTruthy();
		const user = await db.query.users.findFirst({ where: eq(users.email, 'heilt.ny@example.no') });
		expect(user).toMatchObject({ name: 'Ivar Invitert', emailPending: false });
		// An empty workplace becomes the network's county governor.
		expect(user?.organisation).toBe('Statsforvaltaren i Testland');
		expect((await loadUser(db, user!.id))?.coordinatorOf).toEqual([network]);
		expect(await acceptInvitation(db, token, null, account)).toEqual({
			ok: false,
			reason: 'invalid',
		});
	});

	it('gives an existing account the role only when it is the one signed in', async () => {
		const { db, network, token } = await invite('har.konto@example.no');
		const owner = await createUser(db, { email: 'har.konto@example.no' });
		const stranger = await createUser(db);
		expect(await acceptInvitation(db, token, null, null)).toEqual({
			ok: false,
			reason: 'login-required',
		});
		expect(await acceptInvitation(db, token, stranger, null)).toEqual({
			ok: false,
			reason: 'wrong-account',
		});
		expect((await loadUser(db, stranger.id))?.coordinatorOf).toEqual([]);
		expect(await acceptInvitation(db, token, owner, null)).toMatchObject({
			ok: true,
			session: null,
		});
		expect((await loadUser(db, owner.id))?.coordinatorOf).toEqual([network]);
	});

	it('does not bring back an account an admin has deactivated', async () => {
		const { db, admin, token } = await invite('deaktivert@example.no');
		const owner = await createUser(db, { email: 'deaktivert@example.no' });
		await setDeactivated(db, admin.id, owner.id, true);
		expect(await acceptInvitation(db, token, null, account)).toEqual({
			ok: false,
			reason: 'deactivated',
		});
		expect(await loadUser(db, owner.id)).toBeNull();
	});

	it('refuses an expired link and a forged one', async () => {
		const sent = new Date(Date.now() - INVITATION_TTL_MS - 1000);
		const { db, token } = await invite('for.seint@example.no', 'nb', sent);
		expect(await acceptInvitation(db, token, null, account)).toEqual({
			ok: false,
			reason: 'expired',
		});
		const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
		expect(await acceptInvitation(db, forged, null, account)).toEqual({
			ok: false,
			reason: 'invalid',
		});
	});
});

describe('the scheduled clean-up', () => {
	it('deletes audit rows older than twelve months and expired invitations, and keeps the rest', async () => {
		const now = new Date('2027-06-15T12:00:00Z');
		const { db, network } = await invite(
			'gammal@example.no',
			'nb',
			new Date('2027-06-01T12:00:00Z'),
		);
		await invite('fersk@example.no', 'nb', new Date('2027-06-14T12:00:00Z'));
		await recordAudit(
			db,
			{ action: 'network.edited', subjectId: 'gamal', networkId: network },
			new Date('2026-06-14T12:00:00Z'),
		);
		await recordAudit(
			db,
			{ action: 'network.edited', subjectId: 'ny', networkId: network },
			new Date('2026-06-16T12:00:00Z'),
		);
		const pruned = await pruneAdministration(db, now);
		expect(pruned.invitations).toBeGreaterThanOrEqual(1);
		expect(pruned.auditRows).toBeGreaterThanOrEqual(1);
		const left = (await db.select().from(auditLog)).map((r) => r.subjectId);
		expect(left).toContain('ny');
		expect(left).not.toContain('gamal');
		const emails = (await db.select().from(coordinatorInvitations)).map((r) => r.email);
		expect(emails).toContain('fersk@example.no');
		expect(emails).not.toContain('gammal@example.no');
	});
});
