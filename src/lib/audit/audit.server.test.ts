import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '#db/client.ts';
import { auditLog } from '#db/schema/index.ts';
import { createGathering, createUser } from '#tests/factories.ts';
import { cancelGathering } from '#lib/gatherings/participants.server.ts';
import { actingAs, listAudit, recordAudit } from './audit.server.ts';
import { auditCutoff, auditPage } from './audit.ts';

describe('the audit log', () => {
	it('records a coordinator’s change under the account the request acts for', async () => {
		const db = await getDb();
		const coordinator = await createUser(db, { name: 'Kari Koordinator' });
		const g = await createGathering(db);
		await actingAs(coordinator.id, () => cancelGathering(db, g.id, 'https://kvp.example.no'));
		const rows = await db.select().from(auditLog).where(eq(auditLog.subjectId, g.id));
		expect(rows).toMatchObject([
			{ action: 'gathering.cancelled', actorId: coordinator.id, networkId: g.networkId },
		]);
	});

	it('lists newest first, a page at a time, with the actor’s name', async () => {
		const db = await getDb();
		await db.delete(auditLog);
		const actor = await createUser(db, { name: 'Sigrid Sidevis' });
		for (let i = 0; i < 5; i++)
			await recordAudit(
				db,
				{ action: 'network.edited', subjectId: `n${i}`, actorId: actor.id },
				new Date(Date.UTC(2026, 0, 1 + i)),
			);
		const first = await listAudit(db, 1, 2);
		expect(first.pages).toBe(3);
		expect(first.rows.map((r) => r.subjectId)).toEqual(['n4', 'n3']);
		expect(first.rows[0]?.actorName).toBe('Sigrid Sidevis');
		expect((await listAudit(db, 3, 2)).rows.map((r) => r.subjectId)).toEqual(['n0']);
	});

	it('keeps rows for twelve months', () => {
		expect(auditCutoff(new Date('2027-03-31T10:00:00Z')).toISOString()).toBe(
			'2026-03-31T10:00:00.000Z',
		);
		expect([auditPage('2'), auditPage('0'), auditPage('x'), auditPage(null)]).toEqual([2, 1, 1, 1]);
	});
});
