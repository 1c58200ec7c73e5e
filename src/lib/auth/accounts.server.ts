import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { networkCoordinators, offices, passwordResets, users } from '#db/schema/index.ts';
import { eraseAccount } from '../privacy/erase.server.ts';
import type { Lang } from '../../i18n/index.ts';
import { enqueueMail } from '../mail/outbox.server.ts';
import { resetMail } from './emails.ts';
import { decoyHash, hashPassword, verifyPassword } from './password.server.ts';
import { createSession, invalidateUserSessions } from './session.server.ts';
import { clearFailures, lockedFor, recordFailure } from './throttle.server.ts';
import { issueToken, parseToken, randomId, secretMatches } from './tokens.ts';
import type { SignupInput } from './auth.schema.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;

export type SignupResult =
	| { ok: true; userId: string; token: string; expiresAt: Date }
	| { ok: false; reason: 'email-taken' | 'unknown-office' };

export async function signup(db: Db, input: SignupInput, now = new Date()): Promise<SignupResult> {
	let organisation = input.organisation ?? '';
	let officeId: string | null = null;
	if (input.officeId) {
		const office = await db.query.offices.findFirst({ where: eq(offices.id, input.officeId) });
		if (!office) return { ok: false, reason: 'unknown-office' };
		officeId = office.id;
		organisation = office.name;
	}
	const passwordHash = await hashPassword(input.password);
	const userId = randomId();
	const inserted = await db
		.insert(users)
		.values({
			id: userId,
			email: input.email,
			name: input.name,
			organisation,
			officeId,
			passwordHash,
			createdAt: now,
		})
		.onConflictDoNothing({ target: users.email })
		.returning({ id: users.id });
	if (inserted.length === 0) return { ok: false, reason: 'email-taken' };
	const { token, session } = await createSession(db, userId, now);
	return { ok: true, userId, token, expiresAt: session.expiresAt };
}

export type LoginResult =
	| { ok: true; userId: string; token: string; expiresAt: Date }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks the password. Repeated failures for an account or from an address lock further attempts
 * for a growing time; while locked even the right password is refused, and the message says so.
 */
export async function login(
	db: Db,
	email: string,
	password: string,
	clientAddress: string,
	now = new Date(),
): Promise<LoginResult> {
	const wait = Math.max(
		await lockedFor(db, 'email', email, now),
		await lockedFor(db, 'ip', clientAddress, now),
	);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
	const user = await db.query.users.findFirst({ where: eq(users.email, email) });
	const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
	if (!user || !valid) {
		await recordFailure(db, 'email', email, now);
		await recordFailure(db, 'ip', clientAddress, now);
		const after = await lockedFor(db, 'email', email, now);
		if (after > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: after };
		return { ok: false, reason: 'invalid' };
	}
	await clearFailures(db, 'email', email);
	const { token, session } = await createSession(db, user.id, now);
	return { ok: true, userId: user.id, token, expiresAt: session.expiresAt };
}

export type ChangePasswordResult =
	| { ok: true; token: string; expiresAt: Date }
	| { ok: false; reason: 'wrong-password' };

/** Changes the password, ends every session of the user, and starts a fresh one for this browser. */
export async function changePassword(
	db: Db,
	userId: string,
	currentPassword: string,
	newPassword: string,
): Promise<ChangePasswordResult> {
	const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
	if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
		return { ok: false, reason: 'wrong-password' };
	}
	await setPassword(db, userId, newPassword);
	const { token, session } = await createSession(db, userId);
	return { ok: true, token, expiresAt: session.expiresAt };
}

/** Deletes the user's own account after checking the password again (see privacy/erase.server.ts). */
export async function deleteOwnAccount(db: Db, userId: string, password: string): Promise<boolean> {
	const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
	if (!user || !(await verifyPassword(user.passwordHash, password))) return false;
	return eraseAccount(db, userId);
}

async function setPassword(db: Db, userId: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
	await invalidateUserSessions(db, userId);
}

/**
 * Sends a single-use reset link valid for an hour. Says nothing about whether the address has an
 * account: the caller shows the same message either way.
 */
export async function requestPasswordReset(
	db: Db,
	email: string,
	lang: Lang,
	publicOrigin: string,
	now = new Date(),
): Promise<void> {
	const user = await db.query.users.findFirst({ where: eq(users.email, email) });
	if (!user) return;
	const { id, token, secretHash } = await issueToken();
	const link = `${publicOrigin}${lang === 'nn' ? '/nn' : ''}/nytt-passord?token=${encodeURIComponent(token)}`;
	await db.transaction(async (tx) => {
		await tx.insert(passwordResets).values({
			id,
			userId: user.id,
			secretHash: Buffer.from(secretHash),
			expiresAt: new Date(now.getTime() + RESET_TTL_MS),
			createdAt: now,
		});
		await enqueueMail(tx, { ...resetMail(lang, user.name, link), to: user.email, kind: 'password-reset' }, now);
	});
}

export type ResetCheck =
	| { ok: true; resetId: string; userId: string }
	| { ok: false; reason: 'invalid' | 'used' | 'expired' };

/** Whether a reset token can still be used; tells a used or expired link apart from a forged one. */
export async function checkResetToken(db: Db, token: string, now = new Date()): Promise<ResetCheck> {
	const parsed = parseToken(token);
	if (!parsed) return { ok: false, reason: 'invalid' };
	const row = await db.query.passwordResets.findFirst({ where: eq(passwordResets.id, parsed.id) });
	if (!row || !(await secretMatches(parsed.secret, row.secretHash))) return { ok: false, reason: 'invalid' };
	if (row.usedAt) return { ok: false, reason: 'used' };
	if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
	return { ok: true, resetId: row.id, userId: row.userId };
}

export async function resetPassword(
	db: Db,
	token: string,
	newPassword: string,
	now = new Date(),
): Promise<ResetCheck> {
	const check = await checkResetToken(db, token, now);
	if (!check.ok) return check;
	// Claim the link first so that two concurrent uses cannot both succeed.
	const claimed = await db
		.update(passwordResets)
		.set({ usedAt: now })
		.where(and(eq(passwordResets.id, check.resetId), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
		.returning({ id: passwordResets.id });
	if (claimed.length === 0) return { ok: false, reason: 'used' };
	await setPassword(db, check.userId, newPassword);
	// A new password lifts any lock on the account from earlier failed logins.
	const user = await db.query.users.findFirst({ where: eq(users.id, check.userId) });
	if (user) await clearFailures(db, 'email', user.email);
	return check;
}

export interface CurrentUser {
	id: string;
	email: string;
	name: string;
	organisation: string;
	officeId: string | null;
	isAdmin: boolean;
	/** Ids of the networks this user coordinates. */
	coordinatorOf: string[];
}

export async function loadUser(db: Db, userId: string): Promise<CurrentUser | null> {
	const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
	if (!user) return null;
	const rights = await db
		.select({ networkId: networkCoordinators.networkId })
		.from(networkCoordinators)
		.where(eq(networkCoordinators.userId, userId));
	return {
		id: user.id,
		email: user.email,
		name: user.name,
		organisation: user.organisation,
		officeId: user.officeId,
		isAdmin: user.isAdmin,
		coordinatorOf: rights.map((r) => r.networkId),
	};
}
