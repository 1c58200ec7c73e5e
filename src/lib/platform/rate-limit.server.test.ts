import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.server.ts';

describe('rate limiter', () => {
	it('allows a burst up to the limit, then says how long to wait, per key', () => {
		const limiter = new RateLimiter(3, 60_000);
		expect([limiter.take('a', 0), limiter.take('a', 1000), limiter.take('a', 2000)]).toEqual([0, 0, 0]);
		expect(limiter.take('a', 3000)).toBe(57);
		expect(limiter.take('b', 3000)).toBe(0);
		expect(limiter.take('a', 60_001)).toBe(0);
	});
});
