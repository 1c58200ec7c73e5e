import { spawn } from 'node:child_process';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startSqld } from '#tests/support/sqld.ts';
import { emptyDatabase, nextPort } from '#tests/support/test-database.ts';
import { createDb } from '#db/client.ts';
import { migrationsPending } from '#db/migrate.ts';
import { gatherings, users } from '#db/schema/index.ts';
import { DEMO_ACCOUNTS } from './networks.ts';

/** Runs a script as its own process, as `npm start` runs scripts/prepare-db.ts before the server. */
function run(
	script: string,
	env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [script], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		child.stdout.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr.on('data', (d: Buffer) => (out += d.toString()));
		child.on('exit', (code) => resolve({ code, out }));
	});
}

describe('instances starting at once', () => {
	it(
		'all migrate an empty database and come up, and the demo data is added by exactly one',
		{ timeout: 300_000 },
		async () => {
			const target = await emptyDatabase();
			try {
				const runs = await Promise.all(
					[1, 2, 3].map(() =>
						run('scripts/prepare-db.ts', { DATABASE_URL: target.url, NODE_ENV: 'development' }),
					),
				);
				expect(
					runs.map((r) => [r.code, r.out.includes('already exists')]),
					runs.map((r) => r.out).join('\n'),
				).toEqual([
					[0, false],
					[0, false],
					[0, false],
				]);
				const said = runs.map(
					(r) =>
						JSON.parse(r.out.trim().split('\n').at(-1)!) as {
							seeded: boolean;
							demoAccounts: boolean;
						},
				);
				expect(said.filter((s) => s.seeded)).toHaveLength(1);
				const db = await createDb(target.url);
				expect(await migrationsPending(db)).toBe(false);
				const [u] = await db.select({ n: count() }).from(users);
				expect(u?.n).toBe(DEMO_ACCOUNTS.length);
				const [g] = await db.select({ n: count() }).from(gatherings);
				expect(g?.n).toBeGreaterThan(0);
				db.$client.close();
			} finally {
				await target.remove();
			}
		},
	);
});

describe('a libSQL server with authentication', () => {
	it(
		'is reached with DATABASE_AUTH_TOKEN by migrate and seed, and refuses them without it',
		{ timeout: 300_000 },
		async () => {
			const server = await startSqld({ port: await nextPort(), auth: true });
			try {
				const refused = await run('db/migrate.ts', {
					DATABASE_URL: server.url,
					DATABASE_AUTH_TOKEN: '',
				});
				expect(refused.code).not.toBe(0);
				expect(refused.out).toMatch(/401|Unauthorized|auth/i);
				const migrated = await run('db/migrate.ts', {
					DATABASE_URL: server.url,
					DATABASE_AUTH_TOKEN: server.authToken!,
				});
				expect([migrated.code, migrated.out.trim()]).toEqual([0, 'Database migrated.']);
				const seeded = await run('scripts/seed.ts', {
					DATABASE_URL: server.url,
					DATABASE_AUTH_TOKEN: server.authToken!,
					NODE_ENV: 'development',
				});
				expect([seeded.code, seeded.out.trim()]).toEqual([0, 'Demo data is in place.']);
				const db = await createDb(server.url, server.authToken);
				const [u] = await db.select({ n: count() }).from(users);
				expect(u?.n).toBe(DEMO_ACCOUNTS.length);
				db.$client.close();
			} finally {
				await server.stop();
			}
		},
	);
});
