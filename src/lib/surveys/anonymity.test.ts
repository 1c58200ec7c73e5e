import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	breakdownGroups,
	MIN_RESPONSES,
	OTHERS,
	responseRate,
	snapshotDue,
	visibility,
} from './anonymity.ts';

describe('small groups', () => {
	it('hides results below the threshold, shows interim results while open and final ones once closed', () => {
		expect(MIN_RESPONSES).toBe(5);
		expect(visibility('open', 4)).toBe('hidden');
		expect(visibility('closed', 4)).toBe('hidden');
		expect(visibility('open', 5)).toBe('interim');
		expect(visibility('closed', 5)).toBe('final');
	});

	it('takes a new interim snapshot only when five more have answered', () => {
		expect(snapshotDue(4, null)).toBe(false);
		expect(snapshotDue(5, null)).toBe(true);
		expect(snapshotDue(9, 5)).toBe(false);
		expect(snapshotDue(10, 5)).toBe(true);
	});

	it('gives the response rate in whole percent, never above 100', () => {
		expect(responseRate(3, 8)).toBe(38);
		expect(responseRate(9, 8)).toBe(100);
		expect(responseRate(0, 0)).toBeNull();
	});

	it('merges small groups into "others" and refuses a breakdown that would show fewer than five', () => {
		const people = (spec: Record<string, number>) =>
			Object.entries(spec).flatMap(([g, n]) =>
				Array.from({ length: n }, () => (g === 'none' ? null : g)),
			);
		expect(
			breakdownGroups(people({ a: 6, b: 5 }), (g) => g)?.map((g) => [g.key, g.members.length]),
		).toEqual([
			['a', 6],
			['b', 5],
		]);
		expect(
			breakdownGroups(people({ a: 6, b: 3, c: 2 }), (g) => g)?.map((g) => [
				g.key,
				g.members.length,
			]),
		).toEqual([
			['a', 6],
			[OTHERS, 5],
		]);
		expect(breakdownGroups(people({ a: 6, b: 3 }), (g) => g)).toBeNull();
		expect(breakdownGroups(people({ a: 6, none: 4 }), (g) => g)).toBeNull();
		expect(breakdownGroups(people({ a: 2, b: 2 }), (g) => g)).toBeNull();
	});

	it('never shows a group of fewer than five, and every respondent is in a group shown', () => {
		fc.assert(
			fc.property(
				fc.array(fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }), { maxLength: 60 }),
				(members) => {
					const groups = breakdownGroups(members, (m) => m);
					if (!groups) return;
					expect(groups.every((g) => g.members.length >= MIN_RESPONSES)).toBe(true);
					expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(members.length);
				},
			),
		);
	});
});
