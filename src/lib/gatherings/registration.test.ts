import { describe, expect, it } from 'vitest';
import {
	decideBatch,
	decideSeat,
	promotions,
	registrationWindow,
	seatsLeft,
	type BatchState,
} from './registration.ts';

const g = {
	status: 'published' as const,
	capacity: 2,
	registrationOpensAt: new Date('2026-01-01T00:00:00Z'),
	registrationClosesAt: new Date('2026-02-01T00:00:00Z'),
};
const during = new Date('2026-01-15T00:00:00Z');

describe('registration window', () => {
	it.each([
		['a draft', { ...g, status: 'draft' as const }, during, { open: false, reason: 'draft' }],
		[
			'a cancelled gathering',
			{ ...g, status: 'cancelled' as const },
			during,
			{ open: false, reason: 'cancelled' },
		],
		[
			'before it opens',
			g,
			new Date('2025-12-31T23:59:59Z'),
			{ open: false, reason: 'not-yet-open' },
		],
		['while open', g, during, { open: true }],
		['at the closing moment', g, g.registrationClosesAt, { open: false, reason: 'closed' }],
	])('%s', (_name, gathering, now, expected) => {
		expect(registrationWindow(gathering, now)).toEqual(expected);
	});
});

describe('seats and waiting list', () => {
	it('confirms while seats are free, then waitlists in order', () => {
		expect(decideSeat(0, 0, 2)).toEqual({ status: 'confirmed' });
		expect(decideSeat(1, 0, 2)).toEqual({ status: 'confirmed' });
		expect(decideSeat(2, 0, 2)).toEqual({ status: 'waitlisted', position: 1 });
		expect(decideSeat(2, 4, 2)).toEqual({ status: 'waitlisted', position: 5 });
		expect(decideSeat(3, 0, 2)).toEqual({ status: 'waitlisted', position: 1 });
	});

	it('promotes as many as there are free seats, and none after registration closes', () => {
		expect(promotions(g, 1, 3, during)).toBe(1);
		expect(promotions({ ...g, capacity: 5 }, 1, 3, during)).toBe(3);
		expect(promotions(g, 2, 3, during)).toBe(0);
		expect(promotions(g, 1, 3, g.registrationClosesAt)).toBe(0);
		expect(promotions({ ...g, status: 'cancelled' }, 0, 3, during)).toBe(0);
	});

	it('shows seats left, never negative', () => {
		expect(seatsLeft(120, 118)).toBe(2);
		expect(seatsLeft(120, 121)).toBe(0);
	});
});

describe('a batch of registrations', () => {
	const state = (over: Partial<BatchState> = {}): BatchState => ({
		gathering: g,
		confirmed: 0,
		waitlisted: 0,
		lastSeq: 0,
		earlier: new Map(),
		...over,
	});
	const at = (...emails: string[]) => emails.map((email) => ({ email, now: during }));
	const wait = (position: number) => ({ status: 'waitlisted' as const, position });

	it.each([
		[
			'fills the free seats in arrival order, then the waiting list, each next in line',
			state({ confirmed: 1, waitlisted: 0, lastSeq: 7 }),
			at('a', 'b', 'c', 'd'),
			[
				{ kind: 'registered', seat: { status: 'confirmed' }, seq: 8, replaces: null },
				{ kind: 'registered', seat: wait(1), seq: 9, replaces: null },
				{ kind: 'registered', seat: wait(2), seq: 10, replaces: null },
				{ kind: 'registered', seat: wait(3), seq: 11, replaces: null },
			],
		],
		[
			'joins the end of an existing waiting list when the gathering is full',
			state({ confirmed: 2, waitlisted: 3, lastSeq: 5 }),
			at('a'),
			[{ kind: 'registered', seat: wait(4), seq: 6, replaces: null }],
		],
		[
			'sends a registered address a fresh link once per batch; a double click in the batch gets nothing more',
			state({ earlier: new Map([['a', { id: 'r-a', status: 'confirmed' as const }]]) }),
			at('a', 'a', 'b', 'b'),
			[
				{ kind: 'duplicate', linkAgain: 'r-a' },
				{ kind: 'duplicate', linkAgain: null },
				{ kind: 'registered', seat: { status: 'confirmed' }, seq: 1, replaces: null },
				{ kind: 'duplicate', linkAgain: null },
			],
		],
		[
			'replaces a cancelled registration with a new one at the end of the line',
			state({
				confirmed: 2,
				lastSeq: 4,
				earlier: new Map([['a', { id: 'r-a', status: 'cancelled' as const }]]),
			}),
			at('a', 'a'),
			[
				{ kind: 'registered', seat: wait(1), seq: 5, replaces: 'r-a' },
				{ kind: 'duplicate', linkAgain: null },
			],
		],
		[
			'refuses everyone while the gathering is a draft, even an address already registered',
			state({
				gathering: { ...g, status: 'draft' },
				earlier: new Map([['a', { id: 'r-a', status: 'confirmed' as const }]]),
			}),
			at('a', 'b'),
			[
				{ kind: 'closed', reason: 'draft' },
				{ kind: 'closed', reason: 'draft' },
			],
		],
	])('%s', (_name, s, requests, expected) => {
		expect(decideBatch(s, requests)).toEqual(expected);
	});

	it("judges the window at each request's own time: a request after closing is refused, the seat goes to the next", () => {
		const decisions = decideBatch(state({ confirmed: 1 }), [
			{ email: 'late', now: g.registrationClosesAt },
			{ email: 'early', now: during },
		]);
		expect(decisions).toEqual([
			{ kind: 'closed', reason: 'closed' },
			{ kind: 'registered', seat: { status: 'confirmed' }, seq: 1, replaces: null },
		]);
	});

	it('never confirms more than the capacity, whatever the batch', () => {
		for (let capacity = 0; capacity < 5; capacity++)
			for (let size = 0; size < 8; size++) {
				const decisions = decideBatch(
					state({ gathering: { ...g, capacity } }),
					at(...Array.from({ length: size }, (_, i) => `p${i}`)),
				);
				const confirmed = decisions.filter(
					(d) => d.kind === 'registered' && d.seat.status === 'confirmed',
				).length;
				expect(confirmed).toBe(Math.min(capacity, size));
				expect(decisions.map((d) => (d.kind === 'registered' ? d.seq : 0))).toEqual(
					Array.from({ length: size }, (_, i) => i + 1),
				);
			}
	});
});
