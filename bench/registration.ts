/**
 * `npm run bench:registration`: 400 registrants (40 of whom double-submit) over 50 concurrent
 * connections against the built server, for a gathering with 120 seats. Prints registrations per
 * second, p50/p99 latency, confirmed, waitlisted, errors and duplicates, checks the waiting list
 * order, and compares with bare database transactions doing the same insert.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { and, asc, count, eq, max } from 'drizzle-orm';
import { createDb } from '../db/client.ts';
import { registrations } from '../db/schema/index.ts';
import { percentile, prepareDatabase, registerAll, startServer, waitForServer } from '../tests/support/load.ts';

const CAPACITY = 120;
const REGISTRANTS = 400;
const DOUBLE_CLICKS = 40;
const CONNECTIONS = 50;
const PORT = 4393;
const FILE = '.bench/registration.db';

if (!process.argv.includes('--no-build') || !existsSync('dist/server/entry.mjs')) {
	if (spawnSync('npm', ['run', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('npm run build failed');
}

const gatheringId = await prepareDatabase(FILE, CAPACITY);
const server = startServer(PORT, FILE);
const base = `http://127.0.0.1:${PORT}`;
try {
	await waitForServer(base);
	// Warm up on another gathering so the JIT and connections are ready.
	const warmId = await prepareDatabaseSibling();
	await registerAll(base, warmId, Array.from({ length: 100 }, (_, i) => `warm-${i}@example.no`), CONNECTIONS);

	const emails = Array.from({ length: REGISTRANTS }, (_, i) => `deltakar-${i}@example.no`);
	// A double click: the same person twice, at once.
	const requests = emails.flatMap((e, i) => (i % (REGISTRANTS / DOUBLE_CLICKS) === 0 ? [e, e] : [e]));
	const started = performance.now();
	const outcomes = await registerAll(base, gatheringId, requests, CONNECTIONS);
	const seconds = (performance.now() - started) / 1000;

	const ok = outcomes.filter((o) => o.status === 200);
	const duplicates = outcomes.filter((o) => o.status === 409).length;
	const errors = outcomes.filter((o) => o.status !== 200 && o.status !== 409).length;
	const latencies = outcomes.map((o) => o.ms);

	const db = await createDb(`file:${FILE}`);
	const rows = await db.query.registrations.findMany({ where: eq(registrations.gatheringId, gatheringId), orderBy: [asc(registrations.seq)] });
	const confirmed = rows.filter((r) => r.status === 'confirmed');
	const waitlisted = rows.filter((r) => r.status === 'waitlisted');
	// The waiting list follows the order the server accepted registrations, and each person was told their place.
	const told = new Map(ok.map((o) => [o.email, o.result]));
	const orderHolds = waitlisted.every((r, i) => told.get(r.email)?.status === 'waitlisted' && told.get(r.email)?.position === i + 1);
	const allConfirmedBeforeWaitlist = Math.max(...confirmed.map((r) => r.seq)) < Math.min(...waitlisted.map((r) => r.seq));

	// The same check-then-insert as bare transactions on the database file, one after another.
	const bare = await bareTransactions(db, await prepareDatabaseSibling(), REGISTRANTS);
	db.$client.close();

	console.log(`Registration benchmark: ${requests.length} requests (${REGISTRANTS} registrants, ${DOUBLE_CLICKS} double clicks), ${CONNECTIONS} connections, ${CAPACITY} seats`);
	console.log(`registrations/s     ${Math.round(ok.length / seconds)}  (${ok.length} accepted in ${seconds.toFixed(2)} s)`);
	console.log(`latency             p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms`);
	console.log(`confirmed           ${confirmed.length}   (must be ${CAPACITY})`);
	console.log(`waitlisted          ${waitlisted.length}   (must be ${REGISTRANTS - CAPACITY})`);
	console.log(`errors              ${errors}`);
	console.log(`duplicates refused  ${duplicates}   (double clicks: ${DOUBLE_CLICKS})`);
	console.log(`waiting list order  ${orderHolds && allConfirmedBeforeWaitlist ? 'holds' : 'BROKEN'}`);
	console.log(`bare transactions   ${Math.round(bare)} inserts/s (same check-then-insert, no HTTP)`);
	const pass = confirmed.length === CAPACITY && waitlisted.length === REGISTRANTS - CAPACITY && errors === 0 && orderHolds && allConfirmedBeforeWaitlist;
	if (!pass) process.exitCode = 1;
} finally {
	server.kill();
	rmSync('.bench', { recursive: true, force: true });
}

async function prepareDatabaseSibling(): Promise<string> {
	// Another gathering in the same file, inserted through a second prepare (idempotent migrate).
	const { gatherings } = await import('../db/schema/index.ts');
	const db = await createDb(`file:${FILE}`);
	const source = await db.query.gatherings.findFirst({ where: eq(gatherings.id, gatheringId) });
	const id = `${gatheringId}-${Math.random().toString(36).slice(2, 7)}`;
	await db.insert(gatherings).values({ ...source!, id, capacity: CAPACITY });
	db.$client.close();
	return id;
}

async function bareTransactions(db: Awaited<ReturnType<typeof createDb>>, id: string, n: number): Promise<number> {
	const started = performance.now();
	for (let i = 0; i < n; i++) {
		await db.transaction(async (tx) => {
			const [c] = await tx.select({ n: count() }).from(registrations).where(and(eq(registrations.gatheringId, id), eq(registrations.status, 'confirmed')));
			const [m] = await tx.select({ seq: max(registrations.seq) }).from(registrations).where(eq(registrations.gatheringId, id));
			await tx.insert(registrations).values({
				id: `bare-${i}`, seq: (m?.seq ?? 0) + 1, gatheringId: id, status: (c?.n ?? 0) < CAPACITY ? 'confirmed' : 'waitlisted', email: `bare-${i}@example.no`,
				name: 'Bare', organisation: 'NAV', jobRole: 'x', lunch: true, language: 'nn', consentedAt: new Date(), createdAt: new Date(), updatedAt: new Date(),
			});
		});
	}
	return n / ((performance.now() - started) / 1000);
}
