import { describe, expect, it } from 'vitest';
import {
	SEED_002_AUG_2019,
	SEED_002_DEC_2018,
	SEED_004_LEVEL,
} from '#lib/demo/participant-numbers.ts';
import {
	addMonths,
	bandOf,
	classify,
	currentMonth,
	monthsEnding,
	networkMonth,
	officeRows,
	shareUnder25,
	trend,
	type MonthFigure,
} from './figures.ts';

const fig = (
	officeId: string,
	month: string,
	total: number,
	under25: number | null = null,
	over25: number | null = null,
): MonthFigure => ({ officeId, month, total, under25, over25, quality: 'reported', note: '' });
const seed002 = (month: string, list: typeof SEED_002_DEC_2018) =>
	list.map(([o, t, u, v]) => fig(o, month, t, u, v));

describe('the band around the expected level', () => {
	it('is 5.46–10.14 for seed 004 (7.8 a month ±30 %)', () => {
		expect(bandOf(SEED_004_LEVEL)).toEqual({ low: 5.46, high: 10.14 });
	});
	it.each([
		[5, 'below'],
		[6, 'within'],
		[10, 'within'],
		[11, 'above'],
	] as const)('puts %i participants %s the band', (total, position) => {
		expect(classify(total, SEED_004_LEVEL)).toBe(position);
	});
	it('counts both ends as within', () => {
		expect(classify(7, { level: 10, tolerancePercent: 30 })).toBe('within');
		expect(classify(13, { level: 10, tolerancePercent: 30 })).toBe('within');
	});
});

describe('months', () => {
	it('counts across a new year', () => {
		expect(addMonths('2019-01', -2)).toBe('2018-11');
		expect(monthsEnding('2019-02', 3)).toEqual(['2018-12', '2019-01', '2019-02']);
	});
	it('knows the month in Norway at midnight on New Year', () => {
		expect(currentMonth(new Date('2019-12-31T23:30:00Z'))).toBe('2020-01');
	});
});

describe('the network as a whole', () => {
	const offices = [...new Set(SEED_002_AUG_2019.map(([o]) => o))];
	it('adds up seed 002 for 31 August 2019 as the slide does: 469, of them 119 (26 %) aged 24 or younger', () => {
		const m = networkMonth('2019-08', offices, seed002('2019-08', SEED_002_AUG_2019));
		expect(m).toMatchObject({
			total: 469,
			under25: 119,
			over25: 340,
			share: 25.9,
			reported: 24,
			missing: 0,
		});
	});
	it('adds up seed 002 for 31 December 2018: 360, of them 52 (16,6 %) aged 24 or younger', () => {
		const m = networkMonth('2018-12', offices, seed002('2018-12', SEED_002_DEC_2018));
		expect(m).toMatchObject({ total: 360, under25: 52, over25: 261, share: 16.6 });
	});
	it('shows an office that did not report as missing, not as zero', () => {
		const m = networkMonth(
			'2019-08',
			['a', 'b', 'c'],
			[fig('a', '2019-08', 4, 1, 3), fig('b', '2019-08', 0, 0, 0)],
		);
		expect(m).toMatchObject({ reported: 2, missing: 1, total: 4 });
	});
	it('has no share under 25 when no split is known', () => {
		expect(shareUnder25(null, 3)).toBeNull();
		expect(shareUnder25(0, 0)).toBeNull();
	});
});

describe('an office over twelve months', () => {
	const figures = [
		fig('x', '2019-01', 4),
		fig('x', '2019-03', 6),
		fig('x', '2019-06', 9),
		fig('x', '2019-08', 12, 3, 9),
	];
	const [row] = officeRows(
		[{ id: 'x', name: 'NAV X' }],
		figures,
		new Map([['x', { ...SEED_004_LEVEL }]]),
		'2019-08',
	);
	it('has a gap for each month without a figure', () => {
		expect(row!.values).toEqual([null, null, null, null, 4, null, 6, null, null, 9, null, 12]);
	});
	it('is rising, and above its band in the latest month', () => {
		expect(row!.trend?.direction).toBe('rising');
		expect(row!.position).toBe('above');
		expect(row!.share).toBe(25);
	});
	it('gives no trend from fewer than three figures', () => {
		expect(trend([null, 3, null, 4])).toBeNull();
		expect(trend([5, 5, 5.2, 5])?.direction).toBe('flat');
		expect(trend([9, 8, 6, 5, 4])?.direction).toBe('falling');
	});
	it('marks an office whose latest figure is older than the month shown', () => {
		const [stale] = officeRows([{ id: 'x', name: 'NAV X' }], figures, new Map(), '2019-10');
		expect(stale).toMatchObject({ stale: true, position: null, latest: { month: '2019-08' } });
	});
});
