import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	ageOn,
	birthdayAt,
	daysBetween,
	formatDateLongNo,
	formatDateNo,
	fromDayNumber,
	isIsoDate,
	overlapDays,
	toDayNumber,
} from './dates.ts';

describe('isIsoDate', () => {
	it.each([
		['2019-01-01', true],
		['2020-02-29', true],
		['2000-02-29', true],
		['2019-02-29', false],
		['1900-02-29', false],
		['2019-13-01', false],
		['2019-04-31', false],
		['2019-1-1', false],
		['01.01.2019', false],
		['2019-01-01T00:00:00Z', false],
		[20190101, false],
		[null, false],
	])('%s → %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});
});

describe('day numbers', () => {
	it('counts from 1970-01-01', () => {
		expect(toDayNumber('1970-01-01')).toBe(0);
		expect(toDayNumber('1969-12-31')).toBe(-1);
		expect(toDayNumber('2019-01-01')).toBe(17897);
	});

	it('round-trips every date from 1900 to 2100', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }),
				(n) => {
					const date = fromDayNumber(n);
					expect(isIsoDate(date)).toBe(true);
					expect(toDayNumber(date)).toBe(n);
				},
			),
		);
	});

	it('agrees with the JavaScript UTC calendar', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('1900-01-01T00:00:00Z'),
					max: new Date('2100-12-31T00:00:00Z'),
					noInvalidDate: true,
				}),
				(d) => {
					const iso = d.toISOString().slice(0, 10);
					expect(toDayNumber(iso)).toBe(Math.floor(d.getTime() / 86_400_000));
				},
			),
		);
	});

	it('adds days across month, year and leap-day boundaries', () => {
		expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
		expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
		expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
		expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
		expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
		expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
	});
});

describe('addMonths', () => {
	it.each([
		['2019-09-01', 24, '2021-09-01'],
		['2019-01-31', 1, '2019-03-01'],
		['2020-01-31', 1, '2020-03-01'],
		['2020-02-29', 12, '2021-03-01'],
		['2020-02-29', 48, '2024-02-29'],
		['2019-12-15', 1, '2020-01-15'],
		['2019-05-31', -1, '2019-05-01'],
	])('%s + %i months = %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});
});

describe('ageOn and birthdayAt', () => {
	it('reaches an age on the birthday, not the day before', () => {
		expect(ageOn('2002-06-01', '2020-05-31')).toEqual({ years: 17, days: 365 });
		expect(ageOn('2002-06-01', '2020-06-01')).toEqual({ years: 18, days: 0 });
		expect(ageOn('2002-06-02', '2020-06-01')).toEqual({ years: 17, days: 365 });
	});

	it('treats a 29 February birthday as 1 March in a common year', () => {
		expect(birthdayAt('2004-02-29', 18)).toBe('2022-03-01');
		expect(birthdayAt('2004-02-29', 16)).toBe('2020-02-29');
		expect(ageOn('2004-02-29', '2022-02-28')).toEqual({ years: 17, days: 364 });
		expect(ageOn('2004-02-29', '2022-03-01')).toEqual({ years: 18, days: 0 });
		expect(ageOn('2004-02-29', '2020-02-29')).toEqual({ years: 16, days: 0 });
		expect(ageOn('2004-02-29', '2020-02-28')).toEqual({ years: 15, days: 364 });
	});

	it('is consistent with birthdayAt for any dates', () => {
		const day = fc.integer({ min: toDayNumber('1940-01-01'), max: toDayNumber('2030-12-31') });
		fc.assert(
			fc.property(day, fc.integer({ min: 0, max: 80 }), (birthN, extra) => {
				const birth = fromDayNumber(birthN);
				const date = addDays(birth, extra * 200);
				const { years, days } = ageOn(birth, date);
				expect(birthdayAt(birth, years) <= date).toBe(true);
				expect(birthdayAt(birth, years + 1) > date).toBe(true);
				expect(days).toBe(daysBetween(birthdayAt(birth, years), date));
			}),
		);
	});
});

describe('helpers', () => {
	it('counts overlapping days inclusively', () => {
		expect(overlapDays('2020-01-01', '2020-01-31', '2020-01-15', '2020-02-15')).toBe(17);
		expect(overlapDays('2020-01-01', '2020-01-31', '2020-02-01', '2020-02-15')).toBe(0);
	});

	it('formats dates the Norwegian way', () => {
		expect(formatDateNo('2019-01-01')).toBe('1.1.2019');
		expect(formatDateNo('2002-06-02')).toBe('2.6.2002');
		expect(formatDateLongNo('2026-05-01')).toBe('1. mai 2026');
		expect(formatDateLongNo('2024-12-31')).toBe('31. desember 2024');
	});
});
