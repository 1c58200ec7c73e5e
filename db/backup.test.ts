import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { count } from 'drizzle-orm';
import { backupTo } from './backup.ts';
import { createDb, getDb } from './client.ts';
import { users } from './schema/index.ts';
import { createUser } from '#tests/factories.ts';

describe('db:backup', () => {
	it('writes a consistent copy that opens as a database with the same rows, and never overwrites', async () => {
		const db = await getDb();
		for (let i = 0; i < 3; i++) await createUser(db);
		const target = resolve(inject('testDbDir'), `backup-${process.pid}-${Date.now()}.db`);
		try {
			// Writes going on during the backup must not break it.
			const writing = Promise.all([createUser(db), createUser(db)]);
			await backupTo(target);
			await writing;
			const copy = await createDb(`file:${target}`);
			const [row] = await copy.select({ n: count() }).from(users);
			expect(row!.n).toBeGreaterThanOrEqual(3);
			expect(row!.n).toBeLessThanOrEqual(5);
			copy.$client.close();
			await expect(backupTo(target)).rejects.toThrow(/exists already/);
		} finally {
			for (const s of ['', '-wal', '-shm']) rmSync(target + s, { force: true });
		}
	});
});
