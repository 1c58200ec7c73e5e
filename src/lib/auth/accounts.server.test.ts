import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { outbox, users } from '#db/schema/index.ts';
import { createNetwork, createUser, TEST_PASSWORD } from '../../../tests/factories.ts';
import {
	changePassword,
	checkResetToken,
	deleteOwnAccount,
	login,
	RESET_TTL_MS,
	requestPasswordReset,
	resetPassword,
	signup,
} from './accounts.server.ts';
import { deleteAccountSchema, signupSchema } from './auth.schema.ts';
import { validateSessionToken } from './session.server.ts';

const base = { name: 'Siri Saksbehandlar', password: 'et langt passord her', officeId: null, language: 'nb' as const };

describe('sign-up', () => {
	it('creates the account with an argon2id hash and a session, and refuses the same address twice', async () => {
		const db = await getDb();
		const input = signupSchema.parse({ ...base, email: 'Siri@Example.no', organisation: 'Sosialtenesta i Testby' });
		const first = await signup(db, input);
		expect(first.ok).toBe(true);
		const row = await db.query.users.findFirst({ where: eq(users.email, 'siri@example.no') });
		expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
		const again = await signup(db, signupSchema.parse({ ...base, email: 'siri@example.no', organisation: 'X' }));
		expect(again).toEqual({ ok: false, reason: 'email-taken' });
	});

	it('takes the organisation name from the chosen NAV office', async () => {
		const db = await getDb();
		await createNetwork(db, 'testnett', ['nav-testby']);
		const result = await signup(db, signupSchema.parse({ ...base, email: 'ola@example.no', officeId: 'nav-testby' }));
		expect(result.ok).toBe(true);
		const row = await db.query.users.findFirst({ where: eq(users.email, 'ola@example.no') });
		expect(row).toMatchObject({ officeId: 'nav-testby', organisation: 'NAV nav-testby' });
		expect(await signup(db, signupSchema.parse({ ...base, email: 'x@example.no', officeId: 'nav-finst-ikkje' }))).toEqual({ ok: false, reason: 'unknown-office' });
	});

	it('names every invalid field with a message key', () => {
		const result = signupSchema.safeParse({ name: '', email: 'ikkje-epost', password: 'kort', officeId: null, organisation: null });
		expect(result.success).toBe(false);
		const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
		expect(fields).toEqual({
			name: 'error.name.required',
			email: 'error.email.invalid',
			password: 'error.password.tooShort',
			officeId: 'error.organisation.required',
		});
	});
});

describe('login throttling', () => {
	it('locks an account after repeated failures, even for the right password, and says for how long', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const now = new Date('2026-03-01T10:00:00Z');
		for (let i = 0; i < 4; i++) expect(await login(db, user.email, 'feil passord', '10.0.0.1', now)).toEqual({ ok: false, reason: 'invalid' });
		const fifth = await login(db, user.email, 'feil passord', '10.0.0.1', now);
		expect(fifth).toMatchObject({ ok: false, reason: 'throttled', retryAfterSeconds: 30 });
		expect(await login(db, user.email, TEST_PASSWORD, '10.0.0.2', now)).toMatchObject({ reason: 'throttled' });
		// After the lock runs out the right password works and clears the counter.
		const later = new Date(now.getTime() + 31_000);
		expect(await login(db, user.email, TEST_PASSWORD, '10.0.0.2', later)).toMatchObject({ ok: true });
		expect(await login(db, user.email, 'feil passord', '10.0.0.2', later)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('locks an address that guesses across many accounts', async () => {
		const db = await getDb();
		const now = new Date('2026-03-02T10:00:00Z');
		let last;
		for (let i = 0; i < 21; i++) last = await login(db, `nobody-${i}@example.no`, 'gjett', '10.9.9.9', now);
		expect(last).toMatchObject({ ok: false, reason: 'throttled' });
		const user = await createUser(db);
		expect(await login(db, user.email, TEST_PASSWORD, '10.9.9.9', now)).toMatchObject({ reason: 'throttled' });
		expect(await login(db, user.email, TEST_PASSWORD, '10.9.9.10', now)).toMatchObject({ ok: true });
	});
});

describe('password change and reset', () => {
	it('ends all other sessions when the password changes', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const other = await login(db, user.email, TEST_PASSWORD, '10.1.1.1');
		expect(await changePassword(db, user.id, 'feil', 'eit nytt langt passord')).toEqual({ ok: false, reason: 'wrong-password' });
		const changed = await changePassword(db, user.id, TEST_PASSWORD, 'eit nytt langt passord');
		expect(changed.ok).toBe(true);
		expect(await validateSessionToken(db, (other as { token: string }).token)).toBeNull();
		expect(await validateSessionToken(db, (changed as { token: string }).token)).not.toBeNull();
		expect(await login(db, user.email, 'eit nytt langt passord', '10.1.1.1')).toMatchObject({ ok: true });
	});

	it('e-mails a single-use link that expires after an hour', async () => {
		const db = await getDb();
		const user = await createUser(db, { name: 'Rita Rettleiar' });
		const now = new Date('2026-04-01T08:00:00Z');
		await requestPasswordReset(db, user.email, 'nn', 'https://kvp.example.no', now);
		const mail = await db.query.outbox.findFirst({ where: eq(outbox.to, user.email) });
		expect(mail).toMatchObject({ kind: 'password-reset', status: 'pending', subject: 'Nytt passord til KVP-nettverket' });
		expect(mail!.text).toContain('Hei Rita Rettleiar');
		const token = decodeURIComponent(/token=([^\s]+)/.exec(mail!.text)![1]!);
		expect(mail!.text).toContain('https://kvp.example.no/nn/nytt-passord?token=');

		expect(await checkResetToken(db, token, new Date(now.getTime() + RESET_TTL_MS))).toEqual({ ok: false, reason: 'expired' });
		expect(await resetPassword(db, token, 'heilt nytt passord!', new Date(now.getTime() + 60_000))).toMatchObject({ ok: true });
		expect(await resetPassword(db, token, 'eit anna passord!!', new Date(now.getTime() + 120_000))).toEqual({ ok: false, reason: 'used' });
		expect(await login(db, user.email, 'heilt nytt passord!', '10.2.2.2')).toMatchObject({ ok: true });
		const [id] = token.split('.');
		expect(await checkResetToken(db, `${id}.${'A'.repeat(43)}`)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('sends nothing, and says nothing different, for an unknown address', async () => {
		const db = await getDb();
		await requestPasswordReset(db, 'ukjend@example.no', 'nb', 'http://localhost:4321');
		expect(await db.query.outbox.findFirst({ where: eq(outbox.to, 'ukjend@example.no') })).toBeUndefined();
	});
});

describe("deleting one's own account", () => {
	it('asks for the password and a tick, and then the account and its login are gone', async () => {
		const db = await getDb();
		const { id, email } = await createUser(db);
		expect(deleteAccountSchema.safeParse({ password: TEST_PASSWORD }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([['confirm', 'error.account.deleteConfirm']]);
		expect(await deleteOwnAccount(db, id, 'not the password')).toBe(false);
		expect(await db.$count(users, eq(users.id, id))).toBe(1);
		expect(await deleteOwnAccount(db, id, TEST_PASSWORD)).toBe(true);
		expect(await db.$count(users, eq(users.id, id))).toBe(0);
		expect((await login(db, email, TEST_PASSWORD, '127.0.0.9')).ok).toBe(false);
	});
});
