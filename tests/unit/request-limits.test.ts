import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyDeadline } from '../../scripts/request-limits.ts';

let server: Server;
let port: number;

beforeAll(async () => {
	// As scripts/start.ts wires it, with short times: the app reads the whole body, then answers.
	server = createServer((req, res) => {
		bodyDeadline(req, res, { form: 300, upload: 1500 });
		let size = 0;
		req.on('data', (c: Buffer) => (size += c.length));
		req.on('end', () => {
			if (!res.headersSent) res.end(`fekk ${size} byte`);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Declares `declared` bytes, sends `sent` of them now, and the rest never. */
function slowPost(
	path: string,
	declared: number,
	sent: number,
): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path,
				method: 'POST',
				headers: { 'content-length': String(declared) },
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d: string) => (body += d));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
			},
		);
		req.on('error', reject);
		req.write('a'.repeat(sent));
		if (sent === declared) req.end();
	});
}

describe('slow bodies', () => {
	it('answers 408 in Norwegian when a form body does not arrive in time', async () => {
		const started = Date.now();
		const answer = await slowPost('/logg-inn?_action=auth.login', 1000, 10);
		expect(answer).toEqual({
			status: 408,
			body: 'Det tok for lang tid å motta skjemaet. Gå tilbake og send det på nytt.',
		});
		expect(Date.now() - started).toBeLessThan(1200);
	});

	it('gives uploads their own, longer time, and leaves whole bodies alone', async () => {
		const upload = slowPost('/_actions/gatherings.uploadPresentation', 1000, 10);
		expect(await slowPost('/logg-inn?_action=auth.login', 20, 20)).toEqual({
			status: 200,
			body: 'fekk 20 byte',
		});
		const started = Date.now();
		expect((await upload).status).toBe(408);
		expect(Date.now() - started).toBeGreaterThan(500);
	});
});
