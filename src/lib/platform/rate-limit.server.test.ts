import { describe, expect, it } from 'vitest';
import { RateLimiter, takeRegistration, takeSubmission } from './rate-limit.server.ts';

describe('rate limiter', () => {
	it('allows a burst up to the limit, then says how long to wait, per key', () => {
		const limiter = new RateLimiter(3, 60_000);
		expect([limiter.take('a', 0), limiter.take('a', 1000), limiter.take('a', 2000)]).toEqual([
			0, 0, 0,
		]);
		expect(limiter.take('a', 3000)).toBe(57);
		expect(limiter.take('b', 3000)).toBe(0);
		expect(limiter.take('a', 60_001)).toBe(0);
	});
});

describe('submission limits keyed on the participant', () => {
	it('lets 50 colleagues behind one venue address vote and ask at once, each up to their own limit', () => {
		const now = 1_000_000;
		const waits: number[] = [];
		for (let round = 0; round < 5; round++) {
			for (let i = 0; i < 50; i++)
				waits.push(takeSubmission({ kind: 'registration', id: `venue-reg-${i}` }, now + round));
			for (let i = 0; i < 10; i++)
				waits.push(takeSubmission({ kind: 'user', id: `venue-user-${i}` }, now + round));
			for (let i = 0; i < 8; i++)
				waits.push(takeSubmission({ kind: 'group', code: `BORD${i}` }, now + round));
		}
		expect(waits.filter((w) => w > 0)).toEqual([]);
	});

	it('still stops one participant, one group link, or an address sending links that name nobody', () => {
		const now = 2_000_000;
		const burst = (who: Parameters<typeof takeSubmission>[0], n: number) =>
			Array.from({ length: n }, () => takeSubmission(who, now)).filter((w) => w > 0).length;
		expect(burst({ kind: 'registration', id: 'ivrig' }, 25)).toBe(5);
		expect(burst({ kind: 'group', code: 'ROP' }, 61)).toBe(1);
		expect(burst({ kind: 'unidentified', address: '198.51.100.9' }, 31)).toBe(1);
		expect(takeSubmission({ kind: 'registration', id: 'ivrig-nabo' }, now)).toBe(0);
	});
});

describe('registration limits', () => {
	it('lets a script at one address take only a handful of seats in a second', () => {
		const now = 5_000_000;
		const allowed = Array.from({ length: 40 }, (_, i) =>
			takeRegistration('198.51.100.66', 'samling-10-plassar', now + i * 4),
		).filter((w) => w === 0);
		expect(allowed).toHaveLength(6);
		expect(takeRegistration('198.51.100.66', 'samling-10-plassar', now + 200)).toBeGreaterThan(50);
	});

	it('lets 60 colleagues at one office register for the same gathering within ten minutes', () => {
		const now = 6_000_000;
		const waits = Array.from({ length: 60 }, (_, i) =>
			takeRegistration('203.0.113.20', 'populaer-samling', now + i * 10_000),
		);
		expect(waits.filter((w) => w > 0)).toEqual([]);
	});
});
