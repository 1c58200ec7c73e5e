import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { createUser } from '#tests/factories.ts';
import { listProgress, recordProgress } from './progress.server.ts';

describe('progress of logged-in users in the database', () => {
	it('stores read marks and quiz scores, one row per entry and kind, the latest score winning', async () => {
		const db = await getDb();
		const user = await createUser(db);
		const other = await createUser(db);
		await recordProgress(
			db,
			user.id,
			{ kind: 'read', entry: 'regelverk/34' },
			new Date('2026-11-20T10:00:00Z'),
		);
		await recordProgress(
			db,
			user.id,
			{ kind: 'quiz', entry: 'quiz/stonad', score: 4, maxScore: 10 },
			new Date('2026-11-21T10:00:00Z'),
		);
		await recordProgress(
			db,
			user.id,
			{ kind: 'quiz', entry: 'quiz/stonad', score: 9, maxScore: 10 },
			new Date('2026-11-22T10:00:00Z'),
		);
		await recordProgress(
			db,
			user.id,
			{ kind: 'read', entry: 'regelverk/34' },
			new Date('2026-11-19T10:00:00Z'),
		);
		await recordProgress(db, other.id, { kind: 'read', entry: 'tips/amo-kurs' });

		const rows = await listProgress(db, user.id);
		expect(rows.map((r) => [r.entry, r.kind, r.score, r.maxScore])).toEqual([
			['quiz/stonad', 'quiz', 9, 10],
			['regelverk/34', 'read', null, null],
		]);
		expect(rows[1]?.updatedAt.toISOString()).toBe('2026-11-19T10:00:00.000Z');
		expect((await listProgress(db, other.id)).map((r) => r.entry)).toEqual(['tips/amo-kurs']);
	});
});
