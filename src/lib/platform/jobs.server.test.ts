import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { gatherings, outbox } from '#db/schema/index.ts';
import { createGathering, registrationInput } from '../../../tests/factories.ts';
import { registrationSchema } from '../gatherings/gatherings.schema.ts';
import { register } from '../gatherings/registrations.server.ts';
import { runScheduledWork } from './jobs.server.ts';

describe('scheduled work', () => {
	it('sends reminders when due, once, and deletes personal data on schedule', async () => {
		const db = await getDb();
		const soon = await createGathering(db, { startsInDays: 2, closesInDays: 1 });
		const later = await createGathering(db, { startsInDays: 10 });
		for (const g of [soon, later]) {
			await register(db, registrationSchema.parse(registrationInput(g.id, `${g.id}-x`)), { publicOrigin: 'http://x' });
		}
		await runScheduledWork(db);
		await runScheduledWork(db);
		const reminders = await db.query.outbox.findMany({ where: eq(outbox.kind, 'registration-reminder') });
		expect(reminders.map((m) => m.to)).toEqual([`deltakar-${soon.id}-x@example.no`]);

		// Two weeks after the first gathering the job has deleted its diets.
		await runScheduledWork(db, new Date(Date.now() + 17 * 86_400_000));
		const g = await db.query.gatherings.findFirst({ where: eq(gatherings.id, soon.id), with: { registrations: { columns: { diet: true } } } });
		expect(g?.sensitiveDeletedAt).not.toBeNull();
		expect(g?.registrations.map((r) => r.diet)).toEqual([null]);
		const other = await db.query.gatherings.findFirst({ where: eq(gatherings.id, later.id), with: { registrations: { columns: { diet: true } } } });
		expect(other?.registrations.map((r) => r.diet)).toEqual(['Glutenfri']);
	});
});
