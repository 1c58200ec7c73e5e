import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, withRequestId } from './log.server.ts';

describe('JSON logs', () => {
	it('puts the request id on every line written inside the request, however deep the call', async () => {
		const lines: Record<string, unknown>[] = [];
		const sink = new Writable({
			write(chunk, _enc, done) {
				for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
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
});
