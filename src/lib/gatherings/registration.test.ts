import { describe, expect, it } from 'vitest';
import { decideSeat, promotions, registrationWindow, seatsLeft } from './registration.ts';

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
