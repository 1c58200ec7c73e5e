import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, inject } from 'vitest';
import { closeDb } from '../../db/client.ts';

// Each test file gets its own real SQLite file, copied from the migrated base, before any
// module opens the database. Never `:memory:`: libSQL would hand each connection an empty database.
const dir = inject('testDbDir');
const file = resolve(dir, `worker-${process.env.VITEST_POOL_ID ?? '0'}-${process.pid}-${Date.now()}.db`);
copyFileSync(resolve(dir, 'base.db'), file);
process.env.DATABASE_URL = `file:${file}`;
// The server's key (docs/decisions/009) from the environment, so tests write no key file.
process.env.SERVER_SECRET ||= 'test-secret-for-vitest-only-0123456789abcdef';

afterAll(async () => {
	await closeDb();
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});
