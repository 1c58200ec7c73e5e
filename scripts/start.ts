/**
 * `npm start` (after the build): migrates the database and seeds demo data into an empty one
 * (never in production) in a child process, then serves the built app in this process. The app
 * starts its background jobs (e-mail delivery, scheduled clean-up: src/jobs/, wired in by the
 * middleware) when it first opens the database, which the warm-up request below does at once.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import { DEMO_ACCOUNTS } from '#lib/demo/networks.ts';
import { baselineHeaders } from '#lib/platform/security-headers.ts';
import { bodyDeadline, limitSlowClients } from './request-limits.ts';

process.env.LOG_FORMAT ??= 'json';
process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';

const prepared = spawnSync(process.execPath, ['scripts/prepare-db.ts'], {
	stdio: ['ignore', 'pipe', 'inherit'],
	encoding: 'utf8',
});
if (prepared.status !== 0) {
	console.error('Could not prepare the database (see above).');
	process.exit(1);
}
const { seeded, demoAccounts } = JSON.parse(prepared.stdout.trim().split('\n').at(-1) ?? '{}') as {
	seeded?: boolean;
	demoAccounts?: boolean;
};

// The built app (a string, so the type check does not need a build first), served by our own HTTP
// server so responses are compressed: the adapter's standalone server sends everything as is.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = '../dist/server/entry.mjs';
const { handler } = (await import(entry)) as {
	handler: (req: IncomingMessage, res: ServerResponse) => void;
};
const compress = compression({
	threshold: 1024,
	// Server-sent events (the plenum view) must stream, never wait in a compression buffer.
	filter: (req, res) =>
		!String(res.getHeader('content-type') ?? '').startsWith('text/event-stream') &&
		compression.filter(req, res),
});
// Static files (served before the app's pipeline) get the same baseline security headers.
const staticHeaders = Object.entries(
	baselineHeaders((process.env.PUBLIC_ORIGIN ?? '').startsWith('https:')),
);
const server = createServer((req, res) => {
	for (const [name, value] of staticHeaders) res.setHeader(name, value);
	bodyDeadline(req, res);
	compress(req as never, res as never, () => handler(req, res));
});
limitSlowClients(server);
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) =>
	server.listen(Number(process.env.PORT), process.env.HOST, resolve),
);
process.once('SIGTERM', () => server.close(() => process.exit(0)));

const host =
	process.env.HOST === '0.0.0.0' || process.env.HOST === '::' ? 'localhost' : process.env.HOST;
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
