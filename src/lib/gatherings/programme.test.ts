import { describe, expect, it } from 'vitest';
import { checkSlot, sortProgramme } from './programme.ts';
import { osloInstant, osloInstantFromLocal, osloParts } from '#lib/platform/time.ts';

const day = { startTime: '09:00', endTime: '15:00' };
const lunch = { id: 'l', startTime: '12:00', endTime: '12:45', title: 'Enkel lunsj' };

describe('programme items', () => {
	it('accepts an item that fits the day and touches its neighbours', () => {
		expect(
			checkSlot({ startTime: '11:30', endTime: '12:00', title: 'Drøfting' }, [lunch], day),
		).toEqual([]);
		expect(
			checkSlot({ startTime: '12:45', endTime: '13:30', title: 'Grupper' }, [lunch], day),
		).toEqual([]);
	});

	it('refuses an item that ends before it starts', () => {
		expect(checkSlot({ startTime: '10:30', endTime: '10:15', title: 'x' }, [], day)).toEqual([
			{ field: 'endTime', message: 'error.programme.endBeforeStart' },
		]);
	});

	it('refuses an item that overlaps another, and names it', () => {
		expect(checkSlot({ startTime: '12:30', endTime: '13:00', title: 'x' }, [lunch], day)).toEqual([
			{ field: 'startTime', message: 'error.programme.overlap', other: '12.00–12.45 Enkel lunsj' },
		]);
	});

	it('lets an item be moved without clashing with itself', () => {
		expect(checkSlot({ ...lunch, startTime: '12:15', endTime: '13:00' }, [lunch], day)).toEqual([]);
	});

	it('refuses items outside the day and malformed times', () => {
		expect(
			checkSlot({ startTime: '08:30', endTime: '09:15', title: 'x' }, [], day)[0]?.message,
		).toBe('error.programme.outsideDay');
		expect(
			checkSlot({ startTime: '9', endTime: '25:00', title: 'x' }, [], day).map((p) => p.field),
		).toEqual(['startTime', 'endTime']);
	});

	it('sorts by start time', () => {
		expect(sortProgramme([lunch, { startTime: '09:00' }]).map((i) => i.startTime)).toEqual([
			'09:00',
			'12:00',
		]);
	});
});

describe('Norwegian time', () => {
	it('reads local times in Europe/Oslo, summer and winter', () => {
		expect(osloInstant('2019-09-19', '09:00').toISOString()).toBe('2019-09-19T07:00:00.000Z');
		expect(osloInstant('2020-01-15', '09:00').toISOString()).toBe('2020-01-15T08:00:00.000Z');
		expect(osloInstantFromLocal('2019-09-12T23:59')?.toISOString()).toBe(
			'2019-09-12T21:59:00.000Z',
		);
		expect(osloInstantFromLocal('2019-02-30T10:00')).toBeNull();
		expect(osloParts(new Date('2019-09-19T07:00:00Z'))).toEqual({
			date: '2019-09-19',
			time: '09:00',
			local: '2019-09-19T09:00',
		});
	});
});
