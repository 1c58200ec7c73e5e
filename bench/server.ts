/**
 * `npm run bench:server`: requests per second, p50/p99 latency and the server's peak resident
 * memory for the front page and /healthz, against the built server on a fresh embedded database.
 * In the same run it measures the bare limit, a bare `node:http` server sending the same bytes for
 * each path (bench/bare.ts), and prints the ratio of the two, which means the same on a busy
 * machine as on an idle one.
 * Options: --connections 32 --seconds 10 --no-build
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { serverFlags } from '#tests/support/load.ts';
import { captureResponses, startBareServer } from './bare.ts';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const connections = arg('connections', 32);
const seconds = arg('seconds', 10);
const port = arg('port', 4397);
const base = `http://127.0.0.1:${port}`;

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) throw new Error('npm run build failed');
}
rmSync('.bench', { recursive: true, force: true });
// Start the server exactly as `npm start` does, with the same Node flags.
const nodeFlags = serverFlags();
const server = spawn(process.execPath, [...nodeFlags, 'scripts/start.ts'], {
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
		DATABASE_URL: 'file:./.bench/bench.db',
		LOG_LEVEL: 'warn',
		NODE_ENV: 'development',
	},
	stdio: 'ignore',
});

function peakRssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 100; i++) {
		const ok = await fetch(`${base}/healthz`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('server did not start');
}

async function measure(path: string, at = base) {
	// Warm up first so JIT and caches are in their running state.
	await autocannon({ url: at + path, connections, duration: 2 });
	const result = await autocannon({ url: at + path, connections, duration: seconds });
	return {
		path,
		requestsPerSecond: Math.round(result.requests.average),
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		non2xx: result.non2xx,
		errors: result.errors,
	};
}

try {
	await waitForServer();
	const paths = ['/', '/healthz'];
	const rows = [];
	for (const path of paths) rows.push(await measure(path));
	const memory = peakRssMb(server.pid!);
	// The bare limit: the same bytes from a bare node:http server, measured the same way.
	mkdirSync('.bench', { recursive: true });
	const bare = await startBareServer(
		port + 1,
		await captureResponses(base, paths),
		'.bench/bare.json',
	);
	const bareRows = [];
	try {
		for (const path of paths) bareRows.push(await measure(path, `http://127.0.0.1:${port + 1}`));
	} finally {
		bare.kill();
	}
	console.log(
		`Server benchmark: ${connections} connections, ${seconds} s per path, load generator on the same machine`,
	);
	console.log(`server started as: node ${[...nodeFlags, 'scripts/start.ts'].join(' ')}`);
	for (const [i, r] of rows.entries()) {
		const b = bareRows[i]!;
		console.log(
			`${r.path.padEnd(10)} ${String(r.requestsPerSecond).padStart(6)} req/s   p50 ${r.p50Ms} ms   p99 ${r.p99Ms} ms   non-2xx ${r.non2xx}   errors ${r.errors}`,
		);
		console.log(
			`${'  bare'.padEnd(10)} ${String(b.requestsPerSecond).padStart(6)} req/s   p50 ${b.p50Ms} ms   p99 ${b.p99Ms} ms   (node:http, the same bytes); ratio ${(r.requestsPerSecond / b.requestsPerSecond).toFixed(2)} of the bare limit`,
		);
	}
	console.log(`peak resident memory of the server: ${memory} MB`);
} finally {
	server.kill();
	rmSync('.bench', { recursive: true, force: true });
}
