import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { networkCoordinators, offices, passwordResets, users } from '#db/schema/index.ts';
import { eraseAccount } from '#lib/privacy/index.server.ts';
import type { Lang } from '#i18n/index.ts';
import { enqueueMail } from '#lib/mail/index.server.ts';
import { accountExistsMail, activationMail, resetMail } from './emails.ts';
import { RateLimiter } from '#lib/platform/rate-limit.server.ts';
import { decoyHash, hashPassword, verifyPassword } from './password.server.ts';
import { createSession, invalidateUserSessions } from './session.server.ts';
import {
	clearAccount,
	clearPair,
	recordFailure,
	throttled,
	type Throttled,
} from './throttle.server.ts';
import { issueToken, parseToken, randomId, secretMatches } from '#lib/platform/tokens.ts';
import type { SignupInput } from './auth.schema.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;
/** At most this many reset links per account and hour; further requests get the same answer and no mail. */
const RESETS_PER_ACCOUNT_PER_HOUR = 3;
/** A reset request always takes at least this long, so its timing does not tell whether the account exists. */
export const RESET_MIN_MS = 400;

/** Runs `work`, then waits until at least `ms` have passed since the start. */
async function atLeast<T>(ms: number, work: () => Promise<T>): Promise<T> {
	const started = performance.now();
	try {
		return await work();
	} finally {
		const left = ms - (performance.now() - started);
		if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
	}
}

export type SignupResult = { ok: true } | { ok: false; reason: 'unknown-office' };

/** A new account's activation link works this long. */
const ACTIVATION_TTL_MS = 24 * 60 * 60 * 1000;
/** Sign-up takes at least this long, whichever way it goes (see atLeast). */
const SIGNUP_MIN_MS = 400;
/** Sign-up mails (activation or "you already have an account"): at most 3 an hour to one address. */
const signupMails = new RateLimiter(3, 60 * 60_000);

/**
 * Signs up without telling whether the address already has an account: the answer is always "we
 * have e-mailed you". A new (or still unactivated) account gets an activation link and cannot log
 * in before it is followed; an existing one gets a note with links to log in and to reset the
 * password. A repeated sign-up of an unactivated address replaces it: only the mailbox can activate.
 */
export async function signup(
	db: Db,
	input: SignupInput,
	lang: Lang,
	publicOrigin: string,
	now = new Date(),
): Promise<SignupResult> {
	let organisation = input.organisation ?? '';
	let officeId: string | null = null;
	if (input.officeId) {
		const office = await db.query.offices.findFirst({ where: eq(offices.id, input.officeId) });
		if (!office) return { ok: false, reason: 'unknown-office' };
		officeId = office.id;
		organisation = office.name;
	}
	const base = `${publicOrigin}${lang === 'nn' ? '/nn' : ''}`;
	await atLeast(SIGNUP_MIN_MS, async () => {
		const passwordHash = await hashPassword(input.password);
		const { id, token, secretHash } = await issueToken();
		const existing = await db.query.users.findFirst({ where: eq(users.email, input.email) });
		// Nobody can flood an inbox through this form; the answer stays the same.
		if (signupMails.take(input.email, now.getTime()) > 0) return;
		if (existing && !existing.emailPending) {
			await enqueueMail(
				db,
				{
					...accountExistsMail(lang, existing.name, `${base}/logg-inn`, `${base}/glemt-passord`),
					to: existing.email,
					kind: 'account-exists',
				},
				now,
			);
			return;
		}
		const userId = existing?.id ?? randomId();
		const link = `${base}/ta-i-bruk?token=${encodeURIComponent(token)}`;
		await db.transaction(async (tx) => {
			const fields = { name: input.name, organisation, officeId, passwordHash };
			if (existing) {
				await tx.update(users).set(fields).where(eq(users.id, userId));
				await tx
					.delete(passwordResets)
					.where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
			} else {
				await tx
					.insert(users)
					.values({ id: userId, email: input.email, ...fields, emailPending: true, createdAt: now })
					.onConflictDoNothing({ target: users.email });
			}
			await tx.insert(passwordResets).values({
				id,
				userId,
				secretHash: Buffer.from(secretHash),
				expiresAt: new Date(now.getTime() + ACTIVATION_TTL_MS),
				createdAt: now,
			});
			await enqueueMail(
				tx,
				{ ...activationMail(lang, input.name, link), to: input.email, kind: 'account-activation' },
				now,
			);
		});
	});
	return { ok: true };
}

export type LoginResult =
	| { ok: true; userId: string; token: string; expiresAt: Date }
	| { ok: false; reason: 'invalid' | 'deactivated' }
	| ({ ok: false; reason: 'throttled' } & Throttled);

/**
 * Checks the password. Repeated failures slow further attempts down (throttle.server.ts); a
 * throttled attempt is refused before the password is checked, and the message says how long to wait.
 */
export async function login(
	db: Db,
	email: string,
	password: string,
	clientAddress: string,
	now = new Date(),
): Promise<LoginResult> {
	const wait = await throttled(db, email, clientAddress, now);
	if (wait) return { ok: false, reason: 'throttled', ...wait };
	const user = await db.query.users.findFirst({ where: eq(users.email, email) });
	const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
	if (!user || !valid) {
		await recordFailure(db, email, clientAddress, now);
		return { ok: false, reason: 'invalid' };
	}
	// Not activated yet: the same answer as a wrong password, or sign-up would tell taken addresses apart.
	if (user.emailPending) return { ok: false, reason: 'invalid' };
	// Deactivated by an admin: only someone with the right password learns that.
	if (user.deactivatedAt) return { ok: false, reason: 'deactivated' };
	await clearPair(db, email, clientAddress);
	const { token, session } = await createSession(db, user.id, now);
	return { ok: true, userId: user.id, token, expiresAt: session.expiresAt };
}

export type ChangePasswordResult =
	{ ok: true; token: string; expiresAt: Date } | { ok: false; reason: 'wrong-password' };

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
 * Sends a single-use reset link valid for an hour, at most three an hour per account. Says nothing
 * about whether the address has an account: the caller shows the same message either way, and the
 * request takes the same time (RESET_MIN_MS) either way.
 */
export async function requestPasswordReset(
	db: Db,
	email: string,
	lang: Lang,
	publicOrigin: string,
	now = new Date(),
): Promise<void> {
	await atLeast(RESET_MIN_MS, async () => {
		const { id, token, secretHash } = await issueToken();
		const user = await db.query.users.findFirst({ where: eq(users.email, email) });
		if (!user) return;
		const [recent] = await db
			.select({ n: count() })
			.from(passwordResets)
			.where(
				and(
					eq(passwordResets.userId, user.id),
					gt(passwordResets.createdAt, new Date(now.getTime() - 60 * 60_000)),
				),
			);
		if ((recent?.n ?? 0) >= RESETS_PER_ACCOUNT_PER_HOUR) return;
		const link = `${publicOrigin}${lang === 'nn' ? '/nn' : ''}/nytt-passord?token=${encodeURIComponent(token)}`;
		await db.transaction(async (tx) => {
			await tx.insert(passwordResets).values({
				id,
				userId: user.id,
				secretHash: Buffer.from(secretHash),
				expiresAt: new Date(now.getTime() + RESET_TTL_MS),
				createdAt: now,
			});
			await enqueueMail(
				tx,
				{ ...resetMail(lang, user.name, link), to: user.email, kind: 'password-reset' },
				now,
			);
		});
	});
}

export type ResetCheck =
	| { ok: true; resetId: string; userId: string }
	| { ok: false; reason: 'invalid' | 'used' | 'expired' };

/** Whether a reset token can still be used; tells a used or expired link apart from a forged one. */
export async function checkResetToken(
	db: Db,
	token: string,
	now = new Date(),
): Promise<ResetCheck> {
	const parsed = parseToken(token);
	if (!parsed) return { ok: false, reason: 'invalid' };
	const row = await db.query.passwordResets.findFirst({ where: eq(passwordResets.id, parsed.id) });
	if (!row || !(await secretMatches(parsed.secret, row.secretHash)))
		return { ok: false, reason: 'invalid' };
	if (row.usedAt) return { ok: false, reason: 'used' };
	if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
	return { ok: true, resetId: row.id, userId: row.userId };
}

/** Uses a mailed link once: checks it and marks it used, so that two concurrent uses cannot both succeed. */
async function claimLink(db: Db, token: string, now: Date): Promise<ResetCheck> {
	const check = await checkResetToken(db, token, now);
	if (!check.ok) return check;
	const claimed = await db
		.update(passwordResets)
		.set({ usedAt: now })
		.where(
			and(
				eq(passwordResets.id, check.resetId),
				isNull(passwordResets.usedAt),
				gt(passwordResets.expiresAt, now),
			),
		)
		.returning({ id: passwordResets.id });
	return claimed.length === 0 ? { ok: false, reason: 'used' } : check;
}

export async function resetPassword(
	db: Db,
	token: string,
	newPassword: string,
	now = new Date(),
): Promise<ResetCheck> {
	const check = await claimLink(db, token, now);
	if (!check.ok) return check;
	await setPassword(db, check.userId, newPassword);
	// The link came by e-mail, so the address is proven; a new password lifts any slow-down on logins.
	const [user] = await db
		.update(users)
		.set({ emailPending: false })
		.where(eq(users.id, check.userId))
		.returning();
	if (user) await clearAccount(db, user.email);
	return check;
}

export type ActivateResult =
	| { ok: true; userId: string; token: string; expiresAt: Date }
	| { ok: false; reason: 'invalid' | 'used' | 'expired' };

/** Follows the activation link: the account becomes usable and this browser is logged in. */
export async function activateAccount(
	db: Db,
	token: string,
	now = new Date(),
): Promise<ActivateResult> {
	const check = await claimLink(db, token, now);
	if (!check.ok) return check;
	await db.update(users).set({ emailPending: false }).where(eq(users.id, check.userId));
	const session = await createSession(db, check.userId, now);
	return {
		ok: true,
		userId: check.userId,
		token: session.token,
		expiresAt: session.session.expiresAt,
	};
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
	// A deactivated account has no signed-in user, whatever session it still holds.
	if (!user || user.deactivatedAt) return null;
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
