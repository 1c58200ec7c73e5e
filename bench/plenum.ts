/**
 * `npm run bench:plenum`: 30 groups save their answers while 200 plenum views are open for the
 * exercise, against the built server. Prints the time from a group's save (request sent) to its
 * appearance in the plenum views (p50, p99 over every view and save) and the server's memory.
 * In the same run it measures the bare limit, the same saves and views against a bare `node:http`
 * server that sends every view the app's event bytes at each save (bench/bare-events.ts), and
 * prints the ratio of the two, which means the same on a busy machine as on an idle one.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createDb } from '#db/client.ts';
import { exerciseGroups, exercises } from '#db/schema/index.ts';
import { createSession, SESSION_COOKIE } from '#lib/auth/session.server.ts';
import { createUser } from '#tests/factories.ts';
import { percentile, prepareDatabase, startServer, waitForServer } from '#tests/support/load.ts';
import { startBareEvents } from './bare-events.ts';

const GROUPS = 30;
const VIEWS = 200;
const ROUNDS = 3;
const PORT = 4385;
const FILE = '.bench/plenum.db';
const base = `http://127.0.0.1:${PORT}`;

if (!process.argv.includes('--no-build') || !existsSync('dist/server/entry.mjs')) {
	if (spawnSync('npm', ['run', 'build'], { stdio: 'ignore' }).status !== 0)
		throw new Error('npm run build failed');
}

const gatheringId = await prepareDatabase(FILE, 100);
const db = await createDb(`file:${FILE}`);
const exerciseId = 'bench-exercise';
await db.insert(exercises).values({
	id: exerciseId,
	gatheringId,
	number: 1,
	title: 'Lastoppgåve',
	task: '',
	questions: [],
	paragraphs: [],
	status: 'open',
	createdAt: new Date(),
});
const codes = Array.from({ length: GROUPS }, (_, i) => `benchgroup${i + 1}`);
await db.insert(exerciseGroups).values(
	codes.map((code, i) => ({
		id: `g${i + 1}`,
		gatheringId,
		name: `Gruppe ${i + 1}`,
		code,
		members: '',
		createdAt: new Date(Date.now() + i),
	})),
);
const { networkCoordinators } = await import('#db/schema/index.ts');
const coordinator = await createUser(db, { isAdmin: true });
void networkCoordinators;
const { token } = await createSession(db, coordinator.id);
db.$client.close();

const server = startServer(PORT, FILE);
const peakRss = () =>
	Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) >> 10;

/** When each marker was first seen, per view. */
let seen: Map<string, number>[] = [];
const controllers: AbortController[] = [];
/** The last event a view received and the last answer to a save, for the bare server. */
let lastEvent = '';
let lastSaved = '';

async function openView(index: number, url: string): Promise<void> {
	const controller = new AbortController();
	controllers.push(controller);
	const map = new Map<string, number>();
	seen[index] = map;
	const response = await fetch(url, {
		headers: { cookie: `${SESSION_COOKIE}=${token}` },
		signal: controller.signal,
	});
	if (!response.ok || !response.body) throw new Error(`view ${index}: ${response.status}`);
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	void (async () => {
		try {
			for (;;) {
				const { value, done } = await reader.read();
				if (done) return;
				buffer += decoder.decode(value, { stream: true });
				let end;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const event = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const data = event.split('\n').find((l) => l.startsWith('data: '));
					if (!data) continue;
					lastEvent = `${event}\n\n`;
					const now = performance.now();
					for (const marker of data.match(/mark-\d+-\d+/g) ?? [])
						if (!map.has(marker)) map.set(marker, now);
				}
			}
		} catch {
			// aborted at the end
		}
	})();
}

let sentAt = new Map<string, number>();
async function save(group: number, round: number, version: number, url: string): Promise<number> {
	const marker = `mark-${group}-${round}`;
	sentAt.set(marker, performance.now());
	const response = await fetch(url, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': `10.0.0.${group}`,
		},
		body: new URLSearchParams({
			code: codes[group]!,
			exerciseId,
			version: String(version),
			summary: `Oppsummering frå gruppe ${group + 1}, runde ${round} (${marker}).`,
			examples: '',
			question1: '',
			question2: '',
		}),
	});
	if (!response.ok) throw new Error(`save ${marker}: ${response.status} ${await response.text()}`);
	lastSaved = await response.text();
	const flat = JSON.parse(lastSaved) as [Record<string, number>, ...unknown[]];
	return flat[flat[0].version!] as number;
}

/** Opens the views, saves every round, and returns when each save was shown in each view. */
async function measure(eventsUrl: string, saveUrl: string) {
	seen = [];
	sentAt = new Map();
	for (let i = 0; i < VIEWS; i++) await openView(i, eventsUrl);
	await new Promise((r) => setTimeout(r, 500));
	const versions = new Array<number>(GROUPS).fill(0);
	const started = performance.now();
	for (let round = 1; round <= ROUNDS; round++) {
		// Every group saves once per round, spread over two seconds, as groups finish at different times.
		await Promise.all(
			codes.map(async (_, group) => {
				await new Promise((r) => setTimeout(r, Math.random() * 2000));
				versions[group] = await save(group, round, versions[group]!, saveUrl);
			}),
		);
	}
	await new Promise((r) => setTimeout(r, 3000));
	const seconds = (performance.now() - started) / 1000;
	const latencies: number[] = [];
	let missing = 0;
	for (const [marker, sent] of sentAt) {
		for (const map of seen) {
			const at = map.get(marker);
			if (at === undefined) {
				// A later save of the same group may have replaced the text before this view drew it.
				const [, group, round] = marker.split('-').map(Number) as [number, number, number];
				const later = map.get(`mark-${group}-${round + 1}`);
				if (later === undefined) missing++;
				else latencies.push(later - sent);
			} else latencies.push(at - sent);
		}
	}
	for (const c of controllers.splice(0)) c.abort();
	return { latencies, missing, seconds };
}

let bare: ChildProcess | undefined;
try {
	await waitForServer(base);
	const app = await measure(
		`${base}/api/plenum/${exerciseId}/events`,
		`${base}/_actions/exercises.answer`,
	);
	const rss = peakRss();
	// The bare limit: the same saves and views against a bare node:http server sending the app's event bytes.
	const captured = { event: lastEvent, saved: lastSaved };
	bare = await startBareEvents(PORT + 1, captured, '.bench/bare-events.json');
	const bareBase = `http://127.0.0.1:${PORT + 1}`;
	const limit = await measure(`${bareBase}/events`, `${bareBase}/save`);
	const p = (run: { latencies: number[] }, n: number) => percentile(run.latencies, n);
	console.log(
		`Plenum benchmark: ${GROUPS} groups × ${ROUNDS} saves, ${VIEWS} open plenum views (SSE), over ${app.seconds.toFixed(1)} s`,
	);
	console.log(
		`save → shown in a view   p50 ${p(app, 50).toFixed(0)} ms   p99 ${p(app, 99).toFixed(0)} ms   (${app.latencies.length} observations, ${app.missing} missing)`,
	);
	console.log(
		`  bare node:http, the same event bytes (${(Buffer.byteLength(captured.event) / 1024).toFixed(1)} KB) to ${VIEWS} views: p50 ${p(limit, 50).toFixed(0)} ms   p99 ${p(limit, 99).toFixed(0)} ms   (${limit.missing} missing); ratio ${(p(app, 50) / p(limit, 50)).toFixed(1)}× (p50), ${(p(app, 99) / p(limit, 99)).toFixed(1)}× (p99) the bare limit`,
	);
	console.log(`server peak resident memory: ${rss} MB`);
	if (app.missing > 0 || p(app, 99) > 2000) process.exitCode = 1;
} finally {
	for (const c of controllers) c.abort();
	bare?.kill();
	server.kill();
	rmSync('.bench', { recursive: true, force: true });
}
