import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from './client.ts';

describe('database client', () => {
	it('opens the worker file with WAL, foreign keys and a busy timeout', async () => {
		const db = await getDb();
		expect(process.env.DATABASE_URL).toMatch(/^file:.*worker-/);
		const mode = await db.get<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
		const fk = await db.get<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
		const busy = await db.get<{ timeout: number }>(sql`PRAGMA busy_timeout`);
		expect(mode?.journal_mode).toBe('wal');
		expect(fk?.foreign_keys).toBe(1);
		expect(busy?.timeout).toBeGreaterThanOrEqual(5000);
	});

	it('runs on Node 24', () => {
		expect(process.versions.node.split('.')[0]).toBe('24');
	});
});
