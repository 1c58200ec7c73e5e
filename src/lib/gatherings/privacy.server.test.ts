import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { gatherings, registrations } from '#db/schema/index.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { registrationSchema } from './gatherings.schema.ts';
import { findByToken, register } from './registrations.server.ts';
import { registrationDownload } from '#lib/privacy/personal-data.server.ts';
import { applyRetention } from './privacy.server.ts';

// Alone in its file, so the job sees only this test's gathering.
const ORIGIN = 'https://kvp.example.no';
const input = (gatheringId: string, n: number | string, extra = {}) =>
	registrationSchema.parse(registrationInput(gatheringId, n, extra));

describe('privacy', () => {
	it('deletes diet and accessibility 14 days after, anonymises names later, and keeps the counts', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { capacity: 5, startsInDays: 1 });
		const a = await register(db, input(id, 'p1', { accessibility: 'Rullestol' }), {
			publicOrigin: ORIGIN,
		});
		await register(db, input(id, 'p2'), { publicOrigin: ORIGIN });
		const token = (a as { token: string }).token;
		const data = (await registrationDownload(db, (await findByToken(db, token))!, 12)) as {
			påmeldingar: { påmelding: Record<string, unknown> }[];
		};
		expect(data.påmeldingar[0]?.påmelding).toMatchObject({
			'diett og allergiar': 'Glutenfri',
			'behov for tilrettelegging': 'Rullestol',
		});

		const thirteenDaysAfter = new Date(Date.now() + 14 * 86_400_000);
		await applyRetention(db, thirteenDaysAfter);
		expect((await findByToken(db, token))!.registration.diet).toBe('Glutenfri');

		const fifteenDaysAfter = new Date(Date.now() + 16 * 86_400_000);
		const first = await applyRetention(db, fifteenDaysAfter);
		expect(first.sensitiveCleared).toBe(2);
		const after = (await findByToken(db, token))!;
		expect([
			after.registration.diet,
			after.registration.accessibility,
			after.registration.name,
		]).toEqual([null, null, 'Deltakar p1']);

		const thirteenMonthsAfter = new Date(Date.now() + 400 * 86_400_000);
		expect((await applyRetention(db, thirteenMonthsAfter, 12)).anonymised).toBe(2);
		expect(await findByToken(db, token)).toBeNull();
		const rows = await db.query.registrations.findMany({
			where: eq(registrations.gatheringId, id),
		});
		expect(
			rows.map((r) => [r.name, r.email.startsWith('anonymisert-'), r.status, r.organisation]),
		).toEqual([
			['Anonymisert', true, 'confirmed', 'NAV Testby'],
			['Anonymisert', true, 'confirmed', 'NAV Testby'],
		]);
		expect(rows.some((r) => r.email.includes('deltakar'))).toBe(false);
		const g = await db.query.gatherings.findFirst({ where: eq(gatherings.id, id) });
		expect(g?.anonymisedAt).not.toBeNull();
	});
});
