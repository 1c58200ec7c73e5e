import { describe, expect, it } from 'vitest';
import { HEADER, parseMonth, parseNote, validateRows, type ImportError } from './import.ts';
import { importErrorText } from './i18n.ts';

const OFFICES = [
	{ id: 'nav-larvik', name: 'NAV Larvik' },
	{ id: 'nav-horten', name: 'NAV Horten' },
];
const NOW = new Date('2019-11-06T10:00:00Z');
const head = Object.values(HEADER.nb);
const check = (...rows: string[][]) => validateRows([head, ...rows], OFFICES, NOW);
const errorsOf = (...rows: string[][]): ImportError[] => {
	const r = check(...rows);
	if (r.ok) throw new Error('expected errors');
	return r.errors;
};

describe('a good file', () => {
	it('reads every row, by office name with or without "NAV" and in several date forms', () => {
		const r = check(
			['NAV Larvik', '2019-08', '76', '21', '55', ''],
			['Horten', '31.12.2018', '0', '', '', 'anslag'],
			['nav-larvik', '31.12.2018', '58', '9', '14', '?'],
		);
		expect(r).toEqual({
			ok: true,
			figures: [
				{
					officeId: 'nav-larvik',
					month: '2019-08',
					total: 76,
					under25: 21,
					over25: 55,
					quality: 'reported',
					note: '',
				},
				{
					officeId: 'nav-horten',
					month: '2018-12',
					total: 0,
					under25: null,
					over25: null,
					quality: 'estimate',
					note: 'anslag',
				},
				{
					officeId: 'nav-larvik',
					month: '2018-12',
					total: 58,
					under25: 9,
					over25: 14,
					quality: 'uncertain',
					note: '?',
				},
			],
		});
	});
	it('accepts the nynorsk header and columns in another order', () => {
		const r = validateRows(
			[
				['Totalt', 'Kontor', 'Månad'],
				['7', 'Horten', '2019-08'],
			],
			OFFICES,
			NOW,
		);
		expect(r.ok).toBe(true);
	});
	it('understands the marks of seed 002', () => {
		expect(parseNote('juni-tall')).toEqual({ quality: 'other-month', note: 'juni-tall' });
		expect(parseNote('mai-tal').quality).toBe('other-month');
		expect(parseNote('Anslag').quality).toBe('estimate');
		expect(parseMonth('8/2019')).toBe('2019-08');
		expect(parseMonth('2019-13')).toBeNull();
	});
});

describe('a bad file is refused, row and column named', () => {
	const cases: [string, string[], Partial<ImportError>][] = [
		[
			'an unknown office',
			['NAV Atlantis', '2019-08', '3', '1', '2', ''],
			{ row: 2, column: 'office', key: 'unknownOffice' },
		],
		[
			'a month in the future',
			['Larvik', '2019-12', '3', '1', '2', ''],
			{ row: 2, column: 'month', key: 'futureMonth' },
		],
		[
			'a date that is no month',
			['Larvik', 'august', '3', '1', '2', ''],
			{ row: 2, column: 'month', key: 'badMonth' },
		],
		[
			'a negative count',
			['Larvik', '2019-08', '-3', '', '', ''],
			{ row: 2, column: 'total', key: 'negative' },
		],
		[
			'a count that is not a whole number',
			['Larvik', '2019-08', '3', '1,5', '', ''],
			{ row: 2, column: 'under25', key: 'notInteger' },
		],
		[
			'text for a count',
			['Larvik', '2019-08', 'mange', '', '', ''],
			{ row: 2, column: 'total', key: 'notInteger' },
		],
		[
			'a split that does not add up',
			['Larvik', '2019-08', '10', '3', '5', ''],
			{ row: 2, column: 'total', key: 'sumMismatch' },
		],
		[
			'half a split',
			['Larvik', '2019-08', '10', '3', '', ''],
			{ row: 2, column: 'over25', key: 'splitHalf' },
		],
		[
			'no total',
			['Larvik', '2019-08', '', '', '', ''],
			{ row: 2, column: 'total', key: 'required' },
		],
	];
	it.each(cases)('%s', (_, row, expected) => {
		expect(errorsOf(row)).toEqual([expect.objectContaining(expected)]);
	});
	it('a duplicate office and month, naming both rows', () => {
		const errors = errorsOf(
			['Larvik', '2019-08', '3', '1', '2', ''],
			['NAV Horten', '2019-08', '3', '1', '2', ''],
			['nav-larvik', '31.08.2019', '4', '', '', ''],
		);
		expect(errors).toEqual([
			{
				row: 4,
				column: 'month',
				key: 'duplicate',
				params: { office: 'NAV Larvik', month: '2019-08', first: 2 },
			},
		]);
		expect(importErrorText('nb', errors[0]!)).toBe(
			'Rad 4, kolonne Måned: NAV Larvik har allerede en rad for 2019-08 (rad 2).',
		);
	});
	it('an empty file, or one with a header only', () => {
		expect(validateRows([], OFFICES, NOW)).toEqual({
			ok: false,
			errors: [{ row: 0, column: null, key: 'empty' }],
		});
		expect(errorsOf()).toEqual([{ row: 0, column: null, key: 'empty' }]);
	});
	it('a file without the columns, naming each missing one', () => {
		const r = validateRows(
			[
				['Namn', 'Tal'],
				['Larvik', '3'],
			],
			OFFICES,
			NOW,
		);
		expect(r.ok ? [] : r.errors.map((e) => e.column)).toEqual(['office', 'month', 'total']);
	});
	it('returns every error, not only the first, and no figures at all', () => {
		const r = check(
			['Larvik', '2019-08', '3', '1', '2', ''],
			['Atlantis', '2030-01', '-1', '', '', ''],
		);
		expect(r.ok).toBe(false);
		expect(r.ok ? [] : r.errors.map((e) => `${e.row}:${e.column}`)).toEqual([
			'3:office',
			'3:month',
			'3:total',
		]);
		expect(importErrorText('nn', r.ok ? ({} as ImportError) : r.errors[0]!)).toBe(
			'Rad 3, kolonne Kontor: «Atlantis» er ikkje eit kontor i nettverket.',
		);
	});
});
