import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { outbox, users } from '#db/schema/index.ts';
import { createNetwork, createUser, TEST_PASSWORD } from '#tests/factories.ts';
import {
	activateAccount,
	changePassword,
	checkResetToken,
	deleteOwnAccount,
	login,
	RESET_MIN_MS,
	RESET_TTL_MS,
	requestPasswordReset,
	resetPassword,
	signup,
} from './accounts.server.ts';
import { deleteAccountSchema, signupSchema } from './auth.schema.ts';
import { recordFailure } from './throttle.server.ts';
import { validateSessionToken } from './session.server.ts';

const base = {
	name: 'Siri Saksbehandlar',
	password: 'et langt passord her',
	officeId: null,
	language: 'nb' as const,
};

describe('sign-up', () => {
	it('answers a taken address exactly as a new one, and tells only the owner by e-mail', async () => {
		const db = await getDb();
		const owner = await createUser(db, { name: 'Eigar Eldre' });
		const ORIGIN = 'https://kvp.example.no';
		const fresh = await signup(
			db,
			signupSchema.parse({
				...base,
				email: 'Siri@Example.no',
				organisation: 'Sosialtenesta i Testby',
			}),
			'nb',
			ORIGIN,
		);
		const taken = await signup(
			db,
			signupSchema.parse({ ...base, email: owner.email, organisation: 'X' }),
			'nb',
			ORIGIN,
		);
		expect(taken).toEqual(fresh);
		expect(fresh).toEqual({ ok: true });
		// The owner's account is untouched and they get a note with links to log in and reset.
		expect(await login(db, owner.email, TEST_PASSWORD, '10.3.3.3')).toMatchObject({ ok: true });
		const note = await db.query.outbox.findFirst({ where: eq(outbox.to, owner.email) });
		expect(note).toMatchObject({
			kind: 'account-exists',
			subject: 'Du har allerede en konto i KVP-nettverket',
		});
		expect(note!.text).toContain(`${ORIGIN}/glemt-passord`);
		// The new account has an argon2id hash but cannot log in before the mailed link is followed.
		const row = await db.query.users.findFirst({ where: eq(users.email, 'siri@example.no') });
		expect(row).toMatchObject({
			emailPending: true,
			passwordHash: expect.stringMatching(/^\$argon2id\$/),
		});
		expect(await login(db, 'siri@example.no', base.password, '10.3.3.4')).toEqual({
			ok: false,
			reason: 'invalid',
		});
		const mail = await db.query.outbox.findFirst({ where: eq(outbox.to, 'siri@example.no') });
		expect(mail).toMatchObject({
			kind: 'account-activation',
			subject: 'Ta i bruk kontoen din i KVP-nettverket',
		});
		const token = decodeURIComponent(/ta-i-bruk\?token=(\S+)/.exec(mail!.text)![1]!);
		expect(await activateAccount(db, token)).toMatchObject({ ok: true, userId: row!.id });
		expect(await activateAccount(db, token)).toEqual({ ok: false, reason: 'used' });
		expect(await login(db, 'siri@example.no', base.password, '10.3.3.4')).toMatchObject({
			ok: true,
		});
	});

	it('lets a second sign-up of an unactivated address replace the first, so only the mailbox decides', async () => {
		const db = await getDb();
		const squat = signupSchema.parse({
			...base,
			email: 'ny@example.no',
			organisation: 'X',
			password: 'framand sitt passord',
		});
		await signup(db, squat, 'nb', 'http://localhost:4321');
		await signup(
			db,
			signupSchema.parse({
				...base,
				email: 'ny@example.no',
				organisation: 'Y',
				password: 'eigaren sitt passord',
			}),
			'nb',
			'http://localhost:4321',
		);
		const mails = await db.query.outbox.findMany({ where: eq(outbox.to, 'ny@example.no') });
		expect(mails).toHaveLength(2);
		const [first, second] = mails.map((m) => decodeURIComponent(/token=(\S+)/.exec(m.text)![1]!));
		expect(await activateAccount(db, first!)).toEqual({ ok: false, reason: 'invalid' });
		expect(await activateAccount(db, second!)).toMatchObject({ ok: true });
		expect(await login(db, 'ny@example.no', 'framand sitt passord', '10.4.4.4')).toEqual({
			ok: false,
			reason: 'invalid',
		});
		expect(await login(db, 'ny@example.no', 'eigaren sitt passord', '10.4.4.4')).toMatchObject({
			ok: true,
		});
	});

	it('takes the organisation name from the chosen NAV office', async () => {
		const db = await getDb();
		await createNetwork(db, 'testnett', ['nav-testby']);
		const result = await signup(
			db,
			signupSchema.parse({ ...base, email: 'ola@example.no', officeId: 'nav-testby' }),
			'nb',
			'http://localhost:4321',
		);
		expect(result.ok).toBe(true);
		const row = await db.query.users.findFirst({ where: eq(users.email, 'ola@example.no') });
		expect(row).toMatchObject({ officeId: 'nav-testby', organisation: 'NAV nav-testby' });
		expect(
			await signup(
				db,
				signupSchema.parse({ ...base, email: 'x@example.no', officeId: 'nav-finst-ikkje' }),
				'nb',
				'http://localhost:4321',
			),
		).toEqual({ ok: false, reason: 'unknown-office' });
	});

	it('names every invalid field with a message key', () => {
		const result = signupSchema.safeParse({
			name: '',
			email: 'ikkje-epost',
			password: 'kort',
			officeId: null,
			organisation: null,
		});
		expect(result.success).toBe(false);
		const fields = Object.fromEntries(
			result.error!.issues.map((i) => [i.path.join('.'), i.message]),
		);
		expect(fields).toEqual({
			name: 'error.name.required',
			email: 'error.email.invalid',
			password: 'error.password.tooShort',
			officeId: 'error.organisation.required',
		});
	});
});

describe('login throttling', () => {
	const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

	it('slows repeated failures on an account from one address with growing delays', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const start = new Date('2026-03-01T10:00:00Z');
		let now = start;
		for (let i = 0; i < 3; i++)
			expect(await login(db, user.email, 'feil passord', '10.0.0.1', now)).toEqual({
				ok: false,
				reason: 'invalid',
			});
		const waits: number[] = [];
		for (let i = 0; i < 5; i++) {
			const result = await login(db, user.email, 'feil passord', '10.0.0.1', now);
			expect(result).toEqual({ ok: false, reason: 'invalid' });
			const held = await login(db, user.email, TEST_PASSWORD, '10.0.0.1', now);
			expect(held).toMatchObject({ ok: false, reason: 'throttled', scope: 'account' });
			const seconds = (held as { retryAfterSeconds: number }).retryAfterSeconds;
			waits.push(seconds);
			now = at(now, seconds * 1000);
		}
		expect(waits).toEqual([1, 2, 4, 8, 16]);
		// Once the wait is over the right password works, and this address starts afresh.
		expect(await login(db, user.email, TEST_PASSWORD, '10.0.0.1', now)).toMatchObject({ ok: true });
		expect(await login(db, user.email, 'feil passord', '10.0.0.1', now)).toEqual({
			ok: false,
			reason: 'invalid',
		});
	});

	it('never keeps the owner (or the admin) out: wrong passwords from elsewhere do not hold back their device', async () => {
		const db = await getDb();
		const admin = await createUser(db, { isAdmin: true });
		const now = new Date('2026-03-01T12:00:00Z');
		// An attacker spreads 200 wrong passwords (recorded as login records them, without the slow hashing) over 40 addresses within a minute.
		for (let i = 0; i < 200; i++)
			await recordFailure(db, admin.email, `10.66.0.${i % 40}`, at(now, i * 300));
		expect(await login(db, admin.email, TEST_PASSWORD, '10.66.0.1', at(now, 60_000))).toMatchObject(
			{ reason: 'throttled' },
		);
		expect(
			await login(db, admin.email, TEST_PASSWORD, '192.0.2.10', at(now, 60_000)),
		).toMatchObject({ ok: true });
		// An owner who mistyped once during the attack waits at most a minute, never longer.
		await login(db, admin.email, 'skrivefeil', '192.0.2.11', at(now, 60_000));
		const held = await login(db, admin.email, TEST_PASSWORD, '192.0.2.11', at(now, 60_000));
		expect(held).toMatchObject({ ok: false, reason: 'throttled' });
		expect((held as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
		expect(
			await login(db, admin.email, TEST_PASSWORD, '192.0.2.11', at(now, 120_000)),
		).toMatchObject({ ok: true });
	}, 60_000);

	it('lets 60 colleagues behind one venue NAT mistype twice and still log in', async () => {
		const db = await getDb();
		const now = new Date('2026-03-03T09:00:00Z');
		const people = [];
		for (let i = 0; i < 60; i++) people.push(await createUser(db));
		for (const p of people)
			for (let typo = 0; typo < 2; typo++) await recordFailure(db, p.email, '203.0.113.5', now);
		for (const p of people)
			expect(await login(db, p.email, TEST_PASSWORD, '203.0.113.5', at(now, 1000))).toMatchObject({
				ok: true,
			});
	}, 60_000);

	it('holds back an address that guesses across many accounts, and only that address', async () => {
		const db = await getDb();
		const now = new Date('2026-03-02T10:00:00Z');
		for (let i = 0; i < 150; i++)
			await recordFailure(db, `nobody-${i}@example.no`, '10.9.9.9', now);
		expect(await login(db, 'nobody-150@example.no', 'gjett', '10.9.9.9', now)).toEqual({
			ok: false,
			reason: 'invalid',
		});
		expect(await login(db, 'nobody-151@example.no', 'gjett', '10.9.9.9', now)).toMatchObject({
			ok: false,
			reason: 'throttled',
			scope: 'address',
			retryAfterSeconds: 60,
		});
		const user = await createUser(db);
		expect(await login(db, user.email, TEST_PASSWORD, '10.9.9.9', now)).toMatchObject({
			reason: 'throttled',
			scope: 'address',
		});
		expect(await login(db, user.email, TEST_PASSWORD, '10.9.9.10', now)).toMatchObject({
			ok: true,
		});
	});
});

describe('password change and reset', () => {
	it('ends all other sessions when the password changes', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const other = await login(db, user.email, TEST_PASSWORD, '10.1.1.1');
		expect(await changePassword(db, user.id, 'feil', 'eit nytt langt passord')).toEqual({
			ok: false,
			reason: 'wrong-password',
		});
		const changed = await changePassword(db, user.id, TEST_PASSWORD, 'eit nytt langt passord');
		expect(changed.ok).toBe(true);
		expect(await validateSessionToken(db, (other as { token: string }).token)).toBeNull();
		expect(await validateSessionToken(db, (changed as { token: string }).token)).not.toBeNull();
		expect(await login(db, user.email, 'eit nytt langt passord', '10.1.1.1')).toMatchObject({
			ok: true,
		});
	});

	it('e-mails a single-use link that expires after an hour', async () => {
		const db = await getDb();
		const user = await createUser(db, { name: 'Rita Rettleiar' });
		const now = new Date('2026-04-01T08:00:00Z');
		await requestPasswordReset(db, user.email, 'nn', 'https://kvp.example.no', now);
		const mail = await db.query.outbox.findFirst({ where: eq(outbox.to, user.email) });
		expect(mail).toMatchObject({
			kind: 'password-reset',
			status: 'pending',
			subject: 'Nytt passord til KVP-nettverket',
		});
		expect(mail!.text).toContain('Hei Rita Rettleiar');
		const token = decodeURIComponent(/token=([^\s]+)/.exec(mail!.text)![1]!);
		expect(mail!.text).toContain('https://kvp.example.no/nn/nytt-passord?token=');

		expect(await checkResetToken(db, token, new Date(now.getTime() + RESET_TTL_MS))).toEqual({
			ok: false,
			reason: 'expired',
		});
		expect(
			await resetPassword(db, token, 'heilt nytt passord!', new Date(now.getTime() + 60_000)),
		).toMatchObject({ ok: true });
		expect(
			await resetPassword(db, token, 'eit anna passord!!', new Date(now.getTime() + 120_000)),
		).toEqual({ ok: false, reason: 'used' });
		expect(await login(db, user.email, 'heilt nytt passord!', '10.2.2.2')).toMatchObject({
			ok: true,
		});
		const [id] = token.split('.');
		expect(await checkResetToken(db, `${id}.${'A'.repeat(43)}`)).toEqual({
			ok: false,
			reason: 'invalid',
		});
	});

	it('sends nothing for an unknown address, and takes as long as for a known one', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const timed = async (email: string) => {
			const started = performance.now();
			await requestPasswordReset(db, email, 'nb', 'http://localhost:4321');
			return performance.now() - started;
		};
		const unknown = await timed('ukjend@example.no');
		const known = await timed(user.email);
		expect(
			await db.query.outbox.findFirst({ where: eq(outbox.to, 'ukjend@example.no') }),
		).toBeUndefined();
		expect(await db.query.outbox.findFirst({ where: eq(outbox.to, user.email) })).toBeDefined();
		for (const ms of [unknown, known]) expect(ms).toBeGreaterThanOrEqual(RESET_MIN_MS - 5);
		expect(Math.abs(known - unknown)).toBeLessThan(RESET_MIN_MS / 2);
	});

	it('sends at most three reset links an hour to one account, whoever asks', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const now = new Date('2026-05-01T08:00:00Z');
		for (let i = 0; i < 5; i++)
			await requestPasswordReset(
				db,
				user.email,
				'nb',
				'http://localhost:4321',
				new Date(now.getTime() + i * 60_000),
			);
		const mails = await db.query.outbox.findMany({ where: eq(outbox.to, user.email) });
		expect(mails).toHaveLength(3);
		await requestPasswordReset(
			db,
			user.email,
			'nb',
			'http://localhost:4321',
			new Date(now.getTime() + 61 * 60_000),
		);
		expect(await db.query.outbox.findMany({ where: eq(outbox.to, user.email) })).toHaveLength(4);
	});
});

describe("deleting one's own account", () => {
	it('asks for the password and a tick, and then the account and its login are gone', async () => {
		const db = await getDb();
		const { id, email } = await createUser(db);
		expect(
			deleteAccountSchema
				.safeParse({ password: TEST_PASSWORD })
				.error?.issues.map((i) => [i.path[0], i.message]),
		).toEqual([['confirm', 'error.account.deleteConfirm']]);
		expect(await deleteOwnAccount(db, id, 'not the password')).toBe(false);
		expect(await db.$count(users, eq(users.id, id))).toBe(1);
		expect(await deleteOwnAccount(db, id, TEST_PASSWORD)).toBe(true);
		expect(await db.$count(users, eq(users.id, id))).toBe(0);
		expect((await login(db, email, TEST_PASSWORD, '127.0.0.9')).ok).toBe(false);
	});
});
