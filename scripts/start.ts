/**
 * `npm start` (after the build): migrates the database and seeds demo data into an empty one
 * (never in production) in a child process, then serves the built app in this process. The app
 * starts its background jobs (e-mail delivery, scheduled clean-up) when it first opens the database,
 * which the warm-up request below does at once.
 */
import { spawnSync } from 'node:child_process';
import { DEMO_ACCOUNTS } from '../db/seed/networks.ts';

process.env.LOG_FORMAT ??= 'json';
process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';

const prepared = spawnSync(process.execPath, ['scripts/prepare-db.ts'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (prepared.status !== 0) {
	console.error('Could not prepare the database (see above).');
	process.exit(1);
}
const { seeded, demoAccounts } = JSON.parse(prepared.stdout.trim().split('\n').at(-1) ?? '{}') as { seeded?: boolean; demoAccounts?: boolean };

// The built server (a string, so the type check does not need a build first).
const entry = '../dist/server/entry.mjs';
await import(entry);

const host = process.env.HOST === '0.0.0.0' || process.env.HOST === '::' ? 'localhost' : process.env.HOST;
const address = `http://${host}:${process.env.PORT}`;
await fetch(`${address}/healthz`).catch(() => undefined);

const databaseUrl = process.env.DATABASE_URL || 'file:./data/kvp.db';
const lines = [
	'',
	`KVP-nettverket is running on ${address}`,
	`Database: ${databaseUrl.startsWith('file:') ? databaseUrl : 'libSQL server'}${seeded ? ' (demo data added)' : ''}`,
	`E-mail: ${process.env.SMTP_URL ? 'sent by SMTP' : 'kept in the outbox; admins read it at /admin/epost'}`,
];
if (demoAccounts) {
	lines.push('Demo logins:');
	for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.email.padEnd(34)} ${a.password}`);
}
console.log(lines.join('\n') + '\n');
