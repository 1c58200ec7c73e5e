import { eq, lte } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { coordinatorInvitations, networkCoordinators, networks, users } from '#db/schema/index.ts';
import { t, type Lang } from '#i18n/index.ts';
import { recordAudit } from '#lib/audit/index.server.ts';
import { hashPassword } from '#lib/auth/index.server.ts';
import { createSession } from '#lib/auth/index.server.ts';
import { issueToken, parseToken, randomId, secretMatches } from '#lib/platform/tokens.ts';
import { enqueueMail } from '#lib/mail/index.server.ts';

/** An invitation link works for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Invitation = typeof coordinatorInvitations.$inferSelect;

/**
 * E-mails a personal link that makes the address a coordinator of the network once followed. The
 * link is a secret: only its hash is stored, and it is never logged (the outbox masks it).
 */
export async function inviteCoordinator(
	db: Db,
	actor: { id: string; name: string },
	networkId: string,
	email: string,
	lang: Lang,
	publicOrigin: string,
	now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: 'unknown-network' }> {
	const network = await db.query.networks.findFirst({ where: eq(networks.id, networkId) });
	if (!network) return { ok: false, reason: 'unknown-network' };
	const { id, token, secretHash } = await issueToken();
	const link = `${publicOrigin}${lang === 'nn' ? '/nn' : ''}/invitasjon?token=${encodeURIComponent(token)}`;
	await db.transaction(async (tx) => {
		await tx.insert(coordinatorInvitations).values({
			id,
			email,
			networkId,
			secretHash: Buffer.from(secretHash),
			invitedBy: actor.id,
			createdAt: now,
			expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
		});
		await enqueueMail(
			tx,
			{
				to: email,
				subject: t(lang, 'mail.invitation.subject', { network: network.name }),
				text: t(lang, 'mail.invitation.body', {
					inviter: actor.name,
					network: network.name,
					link,
				}),
				kind: 'coordinator-invitation',
			},
			now,
		);
		await recordAudit(
			tx,
			{ action: 'invitation.sent', subjectId: id, networkId, actorId: actor.id },
			now,
		);
	});
	return { ok: true };
}

/** Whose the invited address is: nobody's yet, an account not activated, an active or a deactivated one. */
export type Invitee = 'new' | 'pending' | 'active' | 'deactivated';

export type InvitationCheck =
	| {
			ok: true;
			invitation: Invitation;
			network: { name: string; organiser: string };
			invitee: Invitee;
	  }
	| { ok: false; reason: 'invalid' | 'expired' };

/** What a link leads to. Opening it changes nothing; only the form's button accepts. */
export async function checkInvitation(
	db: Db,
	token: string,
	now = new Date(),
): Promise<InvitationCheck> {
	const parsed = parseToken(token);
	if (!parsed) return { ok: false, reason: 'invalid' };
	const invitation = await db.query.coordinatorInvitations.findFirst({
		where: eq(coordinatorInvitations.id, parsed.id),
	});
	if (!invitation || !(await secretMatches(parsed.secret, invitation.secretHash)))
		return { ok: false, reason: 'invalid' };
	if (invitation.expiresAt <= now) return { ok: false, reason: 'expired' };
	const network = await db.query.networks.findFirst({
		where: eq(networks.id, invitation.networkId),
	});
	const user = await db.query.users.findFirst({ where: eq(users.email, invitation.email) });
	const invitee: Invitee = !user
		? 'new'
		: user.deactivatedAt
			? 'deactivated'
			: user.emailPending
				? 'pending'
				: 'active';
	return {
		ok: true,
		invitation,
		network: { name: network?.name ?? '', organiser: network?.organiser ?? '' },
		invitee,
	};
}

export interface NewAccount {
	name: string;
	organisation: string;
	password: string;
}

export type AcceptResult =
	| {
			ok: true;
			networkId: string;
			networkName: string;
			session: { token: string; expiresAt: Date } | null;
	  }
	| {
			ok: false;
			reason:
				'invalid' | 'expired' | 'deactivated' | 'login-required' | 'wrong-account' | 'details';
	  };

/**
 * Accepts an invitation once. An address with an active account must be signed in as that account
 * and simply gains the role. Otherwise the account is created (or an unactivated one completed:
 * the mailbox has answered) with the name and password given, and signed in.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	signedIn: { id: string; email: string } | null,
	account: NewAccount | null,
	now = new Date(),
): Promise<AcceptResult> {
	const check = await checkInvitation(db, token, now);
	if (!check.ok) return check;
	const { invitation, invitee } = check;
	if (invitee === 'deactivated') return { ok: false, reason: 'deactivated' };
	if (invitee === 'active') {
		if (!signedIn) return { ok: false, reason: 'login-required' };
		if (signedIn.email !== invitation.email) return { ok: false, reason: 'wrong-account' };
	} else if (!account) return { ok: false, reason: 'details' };
	const passwordHash = account ? await hashPassword(account.password) : null;
	const userId = await db.transaction(async (tx) => {
		// Claiming the row first makes the link single-use even when two requests race.
		const claimed = await tx
			.delete(coordinatorInvitations)
			.where(eq(coordinatorInvitations.id, invitation.id))
			.returning({ id: coordinatorInvitations.id });
		if (claimed.length === 0) return null;
		const existing = await tx.query.users.findFirst({ where: eq(users.email, invitation.email) });
		let id = existing?.id ?? randomId();
		if (account && passwordHash) {
			const organisation = account.organisation || check.network.organiser;
			const fields = { name: account.name, organisation, passwordHash };
			if (existing)
				await tx
					.update(users)
					.set({ ...fields, emailPending: false })
					.where(eq(users.id, id));
			else
				await tx
					.insert(users)
					.values({ id, email: invitation.email, ...fields, emailPending: false, createdAt: now });
		} else id = existing!.id;
		await tx
			.insert(networkCoordinators)
			.values({
				userId: id,
				networkId: invitation.networkId,
				grantedBy: invitation.invitedBy,
				grantedAt: now,
			})
			.onConflictDoNothing();
		await recordAudit(
			tx,
			{
				action: 'invitation.accepted',
				subjectId: invitation.id,
				networkId: invitation.networkId,
				actorId: id,
			},
			now,
		);
		await recordAudit(
			tx,
			{
				action: 'role.coordinator.granted',
				subjectId: id,
				networkId: invitation.networkId,
				actorId: invitation.invitedBy,
			},
			now,
		);
		return id;
	});
	if (!userId) return { ok: false, reason: 'invalid' };
	// An existing account keeps its session; a new (or completed) one is signed in here.
	const done = {
		ok: true as const,
		networkId: invitation.networkId,
		networkName: check.network.name,
	};
	if (!account) return { ...done, session: null };
	const { token: sessionToken, session } = await createSession(db, userId, now);
	return { ...done, session: { token: sessionToken, expiresAt: session.expiresAt } };
}

/** Deletes invitations whose link has expired (the address goes with them); for the background jobs. */
export async function pruneInvitations(db: Db, now = new Date()): Promise<number> {
	const gone = await db
		.delete(coordinatorInvitations)
		.where(lte(coordinatorInvitations.expiresAt, now))
		.returning({ id: coordinatorInvitations.id });
	return gone.length;
}
