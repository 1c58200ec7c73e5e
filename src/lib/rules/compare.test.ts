import { describe, expect, it } from 'vitest';
import { compareVersions, compareVersionsInput } from './compare.ts';
import { EXAMPLES } from './examples/index.ts';

describe('compareVersions', () => {
	const comparison = compareVersions(EXAMPLES, '2018-06-01', '2019-06-01');
	const byId = (id: string) => comparison.cases.find((c) => c.id === id);

	it('names the two rule versions', () => {
		expect(comparison.versionA.id).toBe('rv-2010');
		expect(comparison.versionB.id).toBe('rv-2019');
		expect(comparison.cases).toHaveLength(EXAMPLES.length);
	});

	it('shows which verdicts change and which condition changed them', () => {
		expect(byId('jonas-18-ar-2019')).toMatchObject({
			a: { ruleVersion: 'rv-2010', verdict: 'not-eligible' },
			b: { ruleVersion: 'rv-2019', verdict: 'eligible' },
			verdictChanged: true,
			changedConditions: [{ id: 'working-age', a: 'not-met', b: 'met' }],
		});
		expect(byId('sindre-fullfort-tidlegare')?.changedConditions.map((c) => c.id)).toEqual([
			'previous-participation-rules',
		]);
		// Office capacity was no lawful ground before 2019 either (S3): the 2019 change is wording.
		expect(byId('petter-kontorkapasitet-2023')).toMatchObject({
			a: { verdict: 'eligible' },
			b: { verdict: 'eligible' },
			changedConditions: [],
		});
		expect(comparison.changedCount).toBe(comparison.cases.filter((c) => c.verdictChanged).length);
		// Age, once-only right, re-entry and duration change in 2019; office capacity does not (S3).
		expect(comparison.changedCount).toBeGreaterThanOrEqual(4);
	});

	it('shows nothing changing for cases the reform did not touch', () => {
		expect(byId('vilde-utan-bopel-i-noreg')).toMatchObject({
			verdictChanged: false,
			changedConditions: [],
		});
	});

	it('changes nothing when both dates are under the same version', () => {
		const same = compareVersions(EXAMPLES, '2019-01-01', '2024-05-01');
		expect(same.changedCount).toBe(0);
		expect(same.cases.every((c) => c.changedConditions.length === 0)).toBe(true);
	});

	it('is symmetric', () => {
		const back = compareVersions(EXAMPLES, '2019-06-01', '2018-06-01');
		expect(back.cases.map((c) => [c.id, c.b.verdict, c.a.verdict])).toEqual(
			comparison.cases.map((c) => [c.id, c.a.verdict, c.b.verdict]),
		);
	});

	it('rejects bad dates without throwing', () => {
		expect(compareVersionsInput(EXAMPLES, '2009-01-01', 'x')).toEqual({
			ok: false,
			errors: [
				{ path: 'dateA', message: expect.stringMatching(/2010-01-01/) },
				{ path: 'dateB', message: expect.any(String) },
			],
		});
		expect(compareVersionsInput(EXAMPLES, '2018-01-01', '2019-01-01').ok).toBe(true);
	});
});
