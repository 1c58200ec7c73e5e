import { describe, expect, it } from 'vitest';
import { grunnbelop } from '../parameters/grunnbelop.ts';
import { ruleVersionFor, overlayFor, temporaryRegulation } from '../versions.ts';
import {
	defineParameter,
	defineVariants,
	entryAt,
	lastVerifiedAt,
	ParameterParsingError,
	requireAt,
	valueAt,
	variantAt,
} from './parameter.ts';

const rate = defineParameter<number>('testRate', {
	description: 'A test rate',
	unit: 'NOK',
	reference: 'test',
	values: {
		'2019-01-01': { value: 2, reference: 'second' },
		'2010-01-01': { value: 1, reference: 'first' },
		'2021-06-01': { value: null, reference: 'repealed' },
	},
});

describe('valueAt', () => {
	it('returns the latest value whose start is on or before the date', () => {
		expect(valueAt(rate, '2010-01-01')).toBe(1);
		expect(valueAt(rate, '2018-12-31')).toBe(1);
		expect(valueAt(rate, '2019-01-01')).toBe(2);
		expect(valueAt(rate, '2021-05-31')).toBe(2);
	});

	it('returns null before the first value and after a null end', () => {
		expect(valueAt(rate, '2009-12-31')).toBeNull();
		expect(valueAt(rate, '2021-06-01')).toBeNull();
		expect(valueAt(rate, '2030-01-01')).toBeNull();
		expect(() => requireAt(rate, '2030-01-01')).toThrow(/testRate/);
	});

	it('carries the reference and the verification flag of the value in force', () => {
		expect(entryAt(rate, '2019-05-05')).toMatchObject({
			from: '2019-01-01',
			reference: 'second',
			verified: true,
		});
	});
});

describe('defineParameter', () => {
	it('fails loading a malformed date with the parameter name', () => {
		expect(() =>
			defineParameter('brokenParam', {
				description: 'x',
				unit: 'x',
				reference: 'x',
				values: { '2019-13-01': { value: 1, reference: 'x' } },
			}),
		).toThrowError(
			new ParameterParsingError(
				'brokenParam',
				'malformed date "2019-13-01" (expected a real date written YYYY-MM-DD)',
			),
		);
	});

	it('fails a value without a reference, and an empty parameter', () => {
		expect(() =>
			defineParameter('noRef', {
				description: 'x',
				unit: 'x',
				reference: 'x',
				values: { '2019-01-01': { value: 1, reference: '' } },
			}),
		).toThrow(/noRef.*no reference/);
		expect(() =>
			defineParameter('empty', { description: 'x', unit: 'x', reference: 'x', values: {} }),
		).toThrow(/empty/);
	});
});

describe('variants', () => {
	const variants = defineVariants('testRule', { '2019-01-01': 'new', '2010-01-01': 'old' });
	it('picks the variant in force', () => {
		expect(variantAt(variants, '2018-12-31')).toBe('old');
		expect(variantAt(variants, '2019-01-01')).toBe('new');
		expect(() => variantAt(variants, '2009-01-01')).toThrow(/testRule/);
	});
	it('fails a malformed key with the rule name', () => {
		expect(() => defineVariants('badRule', { '2019-02-30': 1 })).toThrow(/badRule/);
	});
});

describe('grunnbeløp', () => {
	it.each([
		['2010-04-30', 72_881],
		['2010-05-01', 75_641],
		['2016-05-01', 92_576],
		['2019-05-01', 99_858],
		['2023-05-01', 118_620],
		['2025-05-01', 130_160],
	])('on %s is %i', (date, value) => {
		expect(valueAt(grunnbelop, date)).toBe(value);
	});

	it('marks the 2026 value as unverified, and finds the last verified value before it', () => {
		const entry = entryAt(grunnbelop, '2026-05-01');
		expect(entry?.verified).toBe(false);
		expect(lastVerifiedAt(grunnbelop, '2026-06-01')).toMatchObject({
			value: 130_160,
			from: '2025-05-01',
		});
		expect(lastVerifiedAt(grunnbelop, '2025-06-01')?.from).toBe('2025-05-01');
		expect(lastVerifiedAt(grunnbelop, '2009-01-01')).toBeNull();
	});

	it('has a value for every date the engine accepts', () => {
		expect(valueAt(grunnbelop, '2010-01-01')).not.toBeNull();
	});
});

describe('rule versions', () => {
	it('picks the version by date and names it', () => {
		expect(ruleVersionFor('2010-01-01').id).toBe('rv-2010');
		expect(ruleVersionFor('2018-12-31').id).toBe('rv-2010');
		expect(ruleVersionFor('2019-01-01').id).toBe('rv-2019');
		expect(ruleVersionFor('2019-01-01').title.nn).toMatch(/frå 1\.1\.2019/);
		expect(() => ruleVersionFor('2009-12-31')).toThrow(RangeError);
	});

	it('lays the 2020 regulation over the dates it applied, with § 6 only until 31.5.2020', () => {
		const ids = (date: string) => overlayFor(date)?.provisions.map((p) => p.id) ?? [];
		expect(overlayFor('2020-03-15')).toBeNull();
		expect(ids('2020-03-16')).toEqual(['§ 3', '§ 3 andre ledd', '§ 4', '§ 5', '§ 6']);
		expect(ids('2020-06-01')).toEqual(['§ 3', '§ 3 andre ledd', '§ 4', '§ 5']);
		expect(ids('2021-01-01')).toEqual(['§ 3', '§ 4']);
		expect(overlayFor('2021-01-01')?.validToVerified).toBe(false);
		expect(overlayFor('2021-01-01')?.doubt?.nb).toMatch(/Merk/);
		expect(overlayFor('2022-01-01')).toBeNull();
		expect(valueAt(temporaryRegulation, '2022-01-01')).toBeNull();
	});
});
