/**
 * The database a test runs against. `TEST_DATABASE=sqld` (the second vitest run of `npm test`)
 * puts each test file on a real libSQL server; otherwise each gets an embedded SQLite file.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, startSqld } from './sqld.ts';

export const usingSqld = process.env.TEST_DATABASE === 'sqld';

/**
 * The database integration tests that `npm test` runs a second time against a real libSQL server
 * (sqld): registrations, surveys, sessions, the outbox claim, leases and background jobs, start-up.
 */
export const SQLD_TEST_FILES = [
	'db/lease.test.ts',
	'src/lib/demo/concurrent-start.server.test.ts',
	'src/lib/demo/seed.server.test.ts',
	'src/lib/auth/session.server.test.ts',
	'src/lib/gatherings/registrations.server.test.ts',
	'src/lib/gatherings/privacy.server.test.ts',
	'src/lib/surveys/surveys.server.test.ts',
	'src/lib/surveys/anonymity.server.test.ts',
	'src/lib/questions/questions.server.test.ts',
	'src/lib/exercises/exercises.server.test.ts',
	'src/lib/mail/outbox.server.test.ts',
	'src/jobs/jobs.server.test.ts',
	'src/lib/platform/group-commit.server.test.ts',
];

export interface TestDatabase {
	url: string;
	authToken: string | undefined;
	/** Stops the server or deletes the file. */
	remove(): Promise<void>;
}

let portsTaken = 0;

/**
 * A port for a server this test file starts. With SQLD_TEST_PORT set, each vitest worker gets
 * three ports of its own from there (so a developer stays in an assigned range); else the OS picks.
 */
export function nextPort(): Promise<number> {
	const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
	return freePort(worker * 3 + (portsTaken++ % 3));
}

/** A new, empty database of the kind under test. */
export async function emptyDatabase(): Promise<TestDatabase> {
	if (usingSqld) {
		const server = await startSqld({ port: await nextPort() });
		return { url: server.url, authToken: undefined, remove: () => server.stop() };
	}
	const file = join(tmpdir(), `kvp-test-${randomBytes(6).toString('hex')}.db`);
	return {
		url: `file:${file}`,
		authToken: undefined,
		remove: async () => {
			for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
		},
	};
}
