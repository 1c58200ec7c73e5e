import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, inject } from 'vitest';
import { closeDb, createDb } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';
import { emptyDatabase, usingSqld } from '../support/test-database.ts';

// Each test file gets its own database before any module opens it: a real SQLite file copied from
// the migrated base, or (TEST_DATABASE=sqld) its own migrated libSQL server. Never `:memory:`:
// libSQL would hand each connection an empty database.
// The server's key (docs/decisions/009) from the environment, so tests write no key file.
process.env.SERVER_SECRET ||= 'test-secret-for-vitest-only-0123456789abcdef';
if (usingSqld) {
	const server = await emptyDatabase();
	const db = await createDb(server.url);
	await migrateDb(db);
	db.$client.close();
	process.env.DATABASE_URL = server.url;
	afterAll(async () => {
		await closeDb();
		await server.remove();
	});
} else {
	const dir = inject('testDbDir');
	const file = resolve(
		dir,
		`worker-${process.env.VITEST_POOL_ID ?? '0'}-${process.pid}-${Date.now()}.db`,
	);
	copyFileSync(resolve(dir, 'base.db'), file);
	process.env.DATABASE_URL = `file:${file}`;
	afterAll(async () => {
		await closeDb();
		for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	});
}
