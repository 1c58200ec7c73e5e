import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { issueToken } from '#lib/platform/tokens.ts';
import destination from './astro-log-destination.mjs';
import { createLogger, withRequestId } from './log.server.ts';

describe('JSON logs', () => {
	it('puts the request id on every line written inside the request, however deep the call', async () => {
		const lines: Record<string, unknown>[] = [];
		const sink = new Writable({
			write(chunk, _enc, done) {
				for (const line of chunk.toString().split('\n').filter(Boolean))
					lines.push(JSON.parse(line));
				done();
			},
		});
		const log = createLogger(sink, 'info');
		const deep = async () => {
			await new Promise((resolve) => setTimeout(resolve, 5));
			log.info({ step: 2 }, 'after an await');
		};
		await withRequestId('req-1', async () => {
			log.info('start');
			await deep();
		});
		log.info('outside');
		expect(lines.map((l) => [l.msg, l.requestId, l.level])).toEqual([
			['start', 'req-1', 'info'],
			['after an await', 'req-1', 'info'],
			['outside', undefined, 'info'],
		]);
		expect(typeof lines[0]!.time).toBe('string');
	});

	it('never writes a personal link: request paths, error messages and stacks, and Astro’s own lines', async () => {
		const { token } = await issueToken();
		let written = '';
		const sink = new Writable({
			write(chunk, _enc, done) {
				written += chunk.toString();
				done();
			},
		});
		const log = createLogger(sink, 'info');
		log.info({ method: 'POST', path: `/nn/undersoking/${token}`, status: 303 }, 'request');
		log.error(
			{ err: new Error(`no such registration: /pamelding/${token}`), path: `/pamelding/${token}` },
			'request failed',
		);
		log.info({ url: `/nytt-passord?token=${token}` }, 'reset');
		const astroLines: string[] = [];
		const original = process.stderr.write.bind(process.stderr);
		process.stderr.write = ((chunk: string) =>
			astroLines.push(chunk) > 0) as typeof process.stderr.write;
		try {
			destination().write({
				level: 'error',
				label: 'router',
				message: `Error while rendering /undersoking/${token}`,
			});
		} finally {
			process.stderr.write = original;
		}
		const all = written + astroLines.join('');
		expect(all).not.toContain(token);
		expect(all).not.toContain(token.split('.')[1]);
		expect(all).toContain('/nn/undersoking/[skjult]');
		expect(all).toContain('/nytt-passord?token=[skjult]');
		expect(astroLines.join('')).toContain('Error while rendering /undersoking/[skjult]');
	});
});
