import { eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { sessions } from '#db/schema/index.ts';
import { issueToken, parseToken, secretMatches } from '#lib/platform/tokens.ts';

export const SESSION_COOKIE = 'kvp_session';
/** A session lasts 10 days after it was last used (sliding expiry). */
export const SESSION_TTL_MS = 10 * 24 * 60 * 60 * 1000;
/** However much it is used, a session ends 30 days after it was created (absolute lifetime). */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** How often the sliding expiry is pushed forward, to avoid a write on every request. */
const REFRESH_AFTER_MS = 60 * 60 * 1000;

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
	/** True when validation pushed the expiry forward and the cookie should be set again. */
	refreshed: boolean;
}

export async function createSession(
	db: Db,
	userId: string,
	now = new Date(),
): Promise<{ token: string; session: Session }> {
	const { id, token, secretHash } = await issueToken();
	await db.insert(sessions).values({
		id,
		userId,
		secretHash: Buffer.from(secretHash),
		lastVerifiedAt: now,
		createdAt: now,
	});
	return {
		token,
		session: {
			id,
			userId,
			expiresAt: sessionExpiry({ lastVerifiedAt: now, createdAt: now }),
			refreshed: true,
		},
	};
}

/** When a session ends: ten idle days after its last use, and never later than 30 days after it began. */
export function sessionExpiry(row: { lastVerifiedAt: Date; createdAt: Date }): Date {
	return new Date(
		Math.min(
			row.lastVerifiedAt.getTime() + SESSION_TTL_MS,
			row.createdAt.getTime() + SESSION_MAX_AGE_MS,
		),
	);
}

/** The session a token belongs to, or null if the token is malformed, unknown, forged or expired. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date(),
	/** false: read only (no refresh, no clean-up), for requests whose time must not be written beside a person. */
	write = true,
): Promise<Session | null> {
	const parsed = parseToken(token);
	if (!parsed) return null;
	const row = await db.query.sessions.findFirst({ where: eq(sessions.id, parsed.id) });
	if (!row) return null;
	if (now.getTime() >= sessionExpiry(row).getTime()) {
		if (write) await db.delete(sessions).where(eq(sessions.id, row.id));
		return null;
	}
	if (!(await secretMatches(parsed.secret, row.secretHash))) return null;
	let lastVerifiedAt = row.lastVerifiedAt;
	let refreshed = false;
	if (write && now.getTime() - row.lastVerifiedAt.getTime() >= REFRESH_AFTER_MS) {
		lastVerifiedAt = now;
		refreshed = true;
		await db.update(sessions).set({ lastVerifiedAt: now }).where(eq(sessions.id, row.id));
	}
	return {
		id: row.id,
		userId: row.userId,
		expiresAt: sessionExpiry({ lastVerifiedAt, createdAt: row.createdAt }),
		refreshed,
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The subset of Astro's cookie API the helpers need. */
export interface CookieJar {
	set(name: string, value: string, options: Record<string, unknown>): void;
	delete(name: string, options: Record<string, unknown>): void;
	get(name: string): { value: string } | undefined;
}

export function setSessionCookie(
	cookies: CookieJar,
	token: string,
	expiresAt: Date,
	secure: boolean,
): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		expires: expiresAt,
	});
}

export function deleteSessionCookie(cookies: CookieJar, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
