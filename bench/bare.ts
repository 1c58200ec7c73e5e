/**
 * The bare limit for the page benchmarks: a `node:http` server that answers each path with exactly
 * the status, headers and bytes the app sent for it (captured just before), and does nothing else.
 * It runs as its own process with the app's Node flags, as the app does, so the load generator
 * shares the machine with it as it does with the app. What the app takes beyond it is the cost of
 * rendering, routing, middleware and the database.
 *
 *   node bench/bare.ts <port> <captured.json>      (started by startBareServer)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { serverFlags } from '#tests/support/load.ts';

type Captured = Record<string, { status: number; headers: Record<string, string>; body: string }>;

/** Headers about the connection, not the response: the bare server sets its own. */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

/** Each path's response from `base`, requested with `headers`, as bytes (base64) and headers. */
export async function captureResponses(
	base: string,
	paths: readonly string[],
	headers: Record<string, string> = {},
): Promise<Captured> {
	const captured: Captured = {};
	for (const path of paths) {
		captured[path] = await new Promise((resolve, reject) => {
			request(base + path, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: Object.fromEntries(
							Object.entries(res.headers)
								.filter(([name]) => !HOP.has(name))
								.map(([name, value]) => [name, String(value)]),
						),
						body: Buffer.concat(chunks).toString('base64'),
					}),
				);
			})
				.on('error', reject)
				.end();
		});
	}
	return captured;
}

/** Starts the bare server on `port` for `captured` and waits until it answers. */
export async function startBareServer(
	port: number,
	captured: Captured,
	file: string,
): Promise<ChildProcess> {
	writeFileSync(file, JSON.stringify(captured));
	const child = spawn(process.execPath, [...serverFlags(), 'bench/bare.ts', String(port), file], {
		stdio: 'ignore',
	});
	const first = Object.keys(captured)[0] ?? '/';
	return answering(child, `http://127.0.0.1:${port}${first}`);
}

/** Waits until `url` answers (ten seconds at most, else stops `child` and throws), then `child`. */
export async function answering(child: ChildProcess, url: string): Promise<ChildProcess> {
	for (let i = 0; i < 100; i++) {
		const ok = await fetch(url)
			.then((r) => r.status > 0)
			.catch(() => false);
		if (ok) return child;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`the bare server did not start (${url})`);
}

if (import.meta.main) {
	const [port, file] = process.argv.slice(2);
	const pages = new Map(
		Object.entries(JSON.parse(readFileSync(file!, 'utf8')) as Captured).map(([path, c]) => [
			path,
			{ ...c, bytes: Buffer.from(c.body, 'base64') },
		]),
	);
	createServer((req, res) => {
		const page = pages.get(req.url ?? '');
		if (!page) return void res.writeHead(404).end();
		res.writeHead(page.status, { ...page.headers, 'content-length': page.bytes.length });
		res.end(page.bytes);
	}).listen(Number(port), '127.0.0.1');
}
