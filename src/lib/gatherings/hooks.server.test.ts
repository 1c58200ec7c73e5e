import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { outbox, registrations } from '#db/schema/index.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { withParagraph } from './emails.ts';
import { registrationSchema } from './gatherings.schema.ts';
import { registrationHooks, type Registered } from './hooks.server.ts';
import { register } from './registrations.server.ts';

const ORIGIN = 'https://kvp.example.no';

describe('the onRegistered hook', () => {
	it('tells a subscriber who registered, inside the write, and puts its paragraph into the confirmation', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { startsInDays: 20 });
		const seen: { registrants: Registered['registrants']; rowInTx: boolean }[] = [];
		const unsubscribe = registrationHooks.onRegistered(async ({ tx, gatheringId, registrants }) => {
			// The registration is already written in the transaction the hook gets.
			const row = await tx.query.registrations.findFirst({
				where: eq(registrations.id, registrants[0]!.registrationId),
			});
			seen.push({ registrants, rowInTx: row?.gatheringId === gatheringId });
			return new Map([[registrants[0]!.registrationId, 'Ta med kaffikoppen din.']]);
		});
		try {
			const result = await register(
				db,
				registrationSchema.parse(registrationInput(id, 'hook-1', { language: 'nn' })),
				{ publicOrigin: ORIGIN },
			);
			expect(result).toMatchObject({ ok: true, status: 'confirmed' });
			const registrationId = (result as { registrationId: string }).registrationId;
			expect(seen).toEqual([{ registrants: [{ registrationId, language: 'nn' }], rowInTx: true }]);
			const mail = await db.query.outbox.findFirst({
				where: eq(outbox.to, 'deltakar-hook-1@example.no'),
			});
			// Before the signature, which ends every registration e-mail.
			expect(mail?.text).toMatch(/\n\nTa med kaffikoppen din\.\n\n[^\n]+$/);
		} finally {
			unsubscribe();
		}
		// Unsubscribed: the next registrant's confirmation has no such paragraph.
		await register(db, registrationSchema.parse(registrationInput(id, 'hook-2')), {
			publicOrigin: ORIGIN,
		});
		const next = await db.query.outbox.findFirst({
			where: eq(outbox.to, 'deltakar-hook-2@example.no'),
		});
		expect(next?.text).not.toContain('kaffikoppen');
		expect(seen).toHaveLength(1);
	});

	it('rolls the registration back when a subscriber fails, so nobody is registered without what it adds', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { startsInDays: 20 });
		const unsubscribe = registrationHooks.onRegistered(async () => {
			throw new Error('the survey invitation could not be written');
		});
		try {
			await expect(
				register(db, registrationSchema.parse(registrationInput(id, 'hook-fail')), {
					publicOrigin: ORIGIN,
				}),
			).rejects.toThrow('could not be written');
		} finally {
			unsubscribe();
		}
		expect(
			await db.query.registrations.findMany({ where: eq(registrations.gatheringId, id) }),
		).toEqual([]);
		expect(
			await db.query.outbox.findFirst({ where: eq(outbox.to, 'deltakar-hook-fail@example.no') }),
		).toBeUndefined();
	});
});

describe('a paragraph in a registration e-mail', () => {
	it('goes before the signature', () => {
		expect(withParagraph('Hei Kari,\n\nDu er påmeld.\n\nHelsing KVP', 'Svar her.')).toBe(
			'Hei Kari,\n\nDu er påmeld.\n\nSvar her.\n\nHelsing KVP',
		);
		expect(withParagraph('Berre ei linje', 'Svar her.')).toBe('Berre ei linje\n\nSvar her.');
	});
});
