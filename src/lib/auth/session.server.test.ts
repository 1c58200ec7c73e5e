import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { sessions } from '#db/schema/index.ts';
import { createUser } from '#tests/factories.ts';
import {
	createSession,
	invalidateUserSessions,
	SESSION_MAX_AGE_MS,
	SESSION_TTL_MS,
	validateSessionToken,
} from './session.server.ts';

describe('sessions', () => {
	it('stores only a SHA-256 of the secret and validates the token it issued', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const { token, session } = await createSession(db, user.id);
		const [id, secret] = token.split('.');
		expect(id).toBe(session.id);
		const row = await db.query.sessions.findFirst({ where: eq(sessions.id, session.id) });
		expect(row?.secretHash.byteLength).toBe(32);
		expect(Buffer.from(row!.secretHash).toString('base64url')).not.toBe(secret);
		expect((await validateSessionToken(db, token))?.userId).toBe(user.id);
	});

	it('refuses forged, tampered and malformed tokens', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const { token } = await createSession(db, user.id);
		const [id, secret] = token.split('.') as [string, string];
		const flipped = (secret[0] === 'A' ? 'B' : 'A') + secret.slice(1);
		for (const bad of [
			`${id}.${flipped}`,
			`${id}`,
			`${id}.${secret}.x`,
			'abc.def',
			'',
			`aaaaaaaaaaaaaaaa.${secret}`,
		]) {
			expect(await validateSessionToken(db, bad)).toBeNull();
		}
	});

	it('slides the expiry forward when used, and expires after ten idle days', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const start = new Date('2026-01-01T12:00:00Z');
		const { token } = await createSession(db, user.id, start);
		const nineDaysLater = new Date(start.getTime() + 9 * 24 * 3600_000);
		const used = await validateSessionToken(db, token, nineDaysLater);
		expect(used?.refreshed).toBe(true);
		expect(used?.expiresAt.getTime()).toBe(nineDaysLater.getTime() + SESSION_TTL_MS);
		// Still valid 18 days after creation because it was used on day 9.
		expect(
			await validateSessionToken(db, token, new Date(start.getTime() + 18 * 24 * 3600_000)),
		).not.toBeNull();
		// Ten idle days after the last use it is gone.
		const idle = new Date(start.getTime() + 18 * 24 * 3600_000 + SESSION_TTL_MS);
		expect(await validateSessionToken(db, token, idle)).toBeNull();
	});

	it('ends 30 days after login even when used every day, and the cookie says so', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const start = new Date('2026-01-01T12:00:00Z');
		const { token } = await createSession(db, user.id, start);
		const day = 24 * 3600_000;
		for (let d = 2; d < 30; d += 2)
			expect(
				await validateSessionToken(db, token, new Date(start.getTime() + d * day)),
			).not.toBeNull();
		const lastDay = await validateSessionToken(db, token, new Date(start.getTime() + 29.5 * day));
		expect(lastDay?.expiresAt.getTime()).toBe(start.getTime() + SESSION_MAX_AGE_MS);
		expect(
			await validateSessionToken(db, token, new Date(start.getTime() + SESSION_MAX_AGE_MS)),
		).toBeNull();
	});

	it('writes nothing when asked to read only (a survey answered while signed in leaves no trace of who was active)', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const start = new Date('2026-01-01T12:00:00Z');
		const { token } = await createSession(db, user.id, start);
		const [before] = await db.select().from(sessions).where(eq(sessions.userId, user.id));
		const later = new Date(start.getTime() + 2 * 24 * 3600_000);
		expect(await validateSessionToken(db, token, later, false)).toMatchObject({
			userId: user.id,
			refreshed: false,
		});
		expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([before]);
		expect(
			await validateSessionToken(db, token, new Date(start.getTime() + SESSION_TTL_MS), false),
		).toBeNull();
		expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([before]);
	});

	it('ends every session of a user at once', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const a = await createSession(db, user.id);
		const b = await createSession(db, user.id);
		await invalidateUserSessions(db, user.id);
		expect(await validateSessionToken(db, a.token)).toBeNull();
		expect(await validateSessionToken(db, b.token)).toBeNull();
	});
});
