/**
 * `npm run bench:plenum`: 30 groups save their answers while 200 plenum views are open for the
 * exercise, against the built server. Prints the time from a group's save (request sent) to its
 * appearance in the plenum views (p50, p99 over every view and save) and the server's memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createDb } from '#db/client.ts';
import { exerciseGroups, exercises } from '#db/schema/index.ts';
import { createSession, SESSION_COOKIE } from '#lib/auth/session.server.ts';
import { createUser } from '#tests/factories.ts';
import { percentile, prepareDatabase, startServer, waitForServer } from '#tests/support/load.ts';

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
const seen: Map<string, number>[] = [];
const controllers: AbortController[] = [];

async function openView(index: number): Promise<void> {
	const controller = new AbortController();
	controllers.push(controller);
	const map = new Map<string, number>();
	seen[index] = map;
	const response = await fetch(`${base}/api/plenum/${exerciseId}/events`, {
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

const sentAt = new Map<string, number>();
async function save(group: number, round: number, version: number): Promise<number> {
	const marker = `mark-${group}-${round}`;
	sentAt.set(marker, performance.now());
	const response = await fetch(`${base}/_actions/exercises.answer`, {
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
	const flat = JSON.parse(await response.text()) as [Record<string, number>, ...unknown[]];
	return flat[flat[0].version!] as number;
}

try {
	await waitForServer(base);
	for (let i = 0; i < VIEWS; i++) await openView(i);
	await new Promise((r) => setTimeout(r, 500));
	const versions = new Array<number>(GROUPS).fill(0);
	const started = performance.now();
	for (let round = 1; round <= ROUNDS; round++) {
		// Every group saves once per round, spread over two seconds, as groups finish at different times.
		await Promise.all(
			codes.map(async (_, group) => {
				await new Promise((r) => setTimeout(r, Math.random() * 2000));
				versions[group] = await save(group, round, versions[group]!);
			}),
		);
	}
	await new Promise((r) => setTimeout(r, 3000));
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
	console.log(
		`Plenum benchmark: ${GROUPS} groups × ${ROUNDS} saves, ${VIEWS} open plenum views (SSE), over ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
	console.log(
		`save → shown in a view   p50 ${percentile(latencies, 50).toFixed(0)} ms   p99 ${percentile(latencies, 99).toFixed(0)} ms   (${latencies.length} observations, ${missing} missing)`,
	);
	console.log(`server peak resident memory: ${peakRss()} MB`);
	if (missing > 0 || percentile(latencies, 99) > 2000) process.exitCode = 1;
} finally {
	for (const c of controllers) c.abort();
	server.kill();
	rmSync('.bench', { recursive: true, force: true });
}
