/**
 * `npm start`: migrates the database, seeds demo data into an empty one (never in production),
 * starts the e-mail sender when SMTP is configured, and serves the built app.
 */
import { closeDb, getDb } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { isEmpty, seedDemoData } from '../db/seed.ts';
import { DEMO_ACCOUNTS } from '../db/seed/networks.ts';
import { config } from '../src/lib/platform/config.server.ts';
import { startBackgroundJobs } from '../src/lib/platform/jobs.server.ts';

process.env.LOG_FORMAT ??= 'json';
const db = await getDb();
await migrateDb(db);

const production = process.env.NODE_ENV === 'production';
const seedWanted = (process.env.SEED_DEMO_DATA ?? 'true') !== 'false';
let seeded = false;
if (!production && seedWanted && (await isEmpty(db))) {
	await seedDemoData(db);
	seeded = true;
}
const demoPresent = !production && (seeded || (await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, DEMO_ACCOUNTS[0]!.email) })) !== undefined);

startBackgroundJobs(db);

process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';
await import('../dist/server/entry.mjs');

const shownHost = process.env.HOST === '0.0.0.0' || process.env.HOST === '::' ? 'localhost' : process.env.HOST;
const lines = [
	'',
	`KVP-nettverket is running on http://${shownHost}:${process.env.PORT}`,
	`Database: ${config.databaseUrl.startsWith('file:') ? config.databaseUrl : 'libSQL server'}${seeded ? ' (demo data added)' : ''}`,
	`E-mail: ${config.smtpUrl ? 'sent by SMTP' : 'kept in the outbox; admins read it at /admin/epost'}`,
];
if (demoPresent) {
	lines.push('Demo logins:');
	for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.email.padEnd(34)} ${a.password}`);
}
console.log(lines.join('\n') + '\n');

process.once('SIGTERM', () => void closeDb().finally(() => process.exit(0)));
