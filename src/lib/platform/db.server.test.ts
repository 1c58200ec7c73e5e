import { describe, expect, it } from 'vitest';
import type { Db } from '#db/client.ts';
import { database, whenDatabaseOpens } from './db.server.ts';

describe('the first open of the database', () => {
	it('starts what the app handed over once, before or after the open, with the open database', async () => {
		const early: Db[] = [];
		whenDatabaseOpens((db) => early.push(db));
		expect(early).toEqual([]);
		const db = await database();
		await database();
		expect(early).toEqual([db]);
		const late: Db[] = [];
		whenDatabaseOpens((opened) => late.push(opened));
		expect(late).toEqual([db]);
	});
});
