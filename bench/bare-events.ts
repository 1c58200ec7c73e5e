/**
 * The bare limit for the plenum benchmark: a `node:http` server that holds every GET /events open
 * as server-sent events and, for each POST /save, answers with the bytes the app answered a save
 * with and sends every open view the app's last plenum event (captured just before), with its
 * markers replaced by the one in the save. It does nothing else: no session, no database, no
 * polling. It runs as its own process with the app's Node flags, as the app does. What the app
 * takes beyond it is the cost of the action, the database write and reading the view again.
 *
 *   node bench/bare-events.ts <port> <captured.json>      (started by startBareEvents)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { serverFlags } from '#tests/support/load.ts';
import { answering } from './bare.ts';

/** The app's last event (`data: …\n\n`) and its answer to the last save (JSON). */
interface Captured {
	event: string;
	saved: string;
}

const MARKER = /mark-\d+-\d+/g;

/** Starts the bare server on `port` for `captured` and waits until it answers. */
export async function startBareEvents(
	port: number,
	captured: Captured,
	file: string,
): Promise<ChildProcess> {
	writeFileSync(file, JSON.stringify(captured));
	const child = spawn(
		process.execPath,
		[...serverFlags(), 'bench/bare-events.ts', String(port), file],
		{ stdio: 'ignore' },
	);
	return answering(child, `http://127.0.0.1:${port}/ready`);
}

if (import.meta.main) {
	const [port, file] = process.argv.slice(2);
	const { event, saved } = JSON.parse(readFileSync(file!, 'utf8')) as Captured;
	const views = new Set<ServerResponse>();
	createServer((req, res) => {
		if (req.url === '/ready') return void res.end('ok');
		if (req.method === 'GET' && req.url === '/events') {
			res.writeHead(200, {
				'content-type': 'text/event-stream; charset=utf-8',
				'cache-control': 'no-store',
				'x-accel-buffering': 'no',
			});
			res.write('retry: 2000\n\n');
			views.add(res);
			res.on('close', () => views.delete(res));
			return;
		}
		if (req.method !== 'POST' || req.url !== '/save') return void res.writeHead(404).end();
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk: string) => (body += chunk));
		req.on('end', () => {
			const marker = /mark-\d+-\d+/.exec(body)?.[0] ?? '';
			const bytes = Buffer.from(event.replace(MARKER, marker));
			for (const view of views) view.write(bytes);
			res.writeHead(200, { 'content-type': 'application/json' }).end(saved);
		});
	}).listen(Number(port), '127.0.0.1');
}
