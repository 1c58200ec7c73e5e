import { describe, expect, it } from 'vitest';
import { exampleById } from '../examples/index.ts';
import { compareVersionsBody, MAX_COMPARED_CASES } from './compare.ts';

const lise = exampleById('lise')!;
const dates = { dateA: '2018-06-01', dateB: '2019-06-01' };
const paths = (body: unknown) => {
	const outcome = compareVersionsBody(body);
	return outcome.ok ? [] : outcome.errors.map((e) => e.path);
};

describe('compareVersionsBody: the body of POST /api/rules/compare', () => {
	it('names the dates first, then each invalid case field, in the order sent', () => {
		expect(
			paths({
				dateA: '2009-12-31',
				dateB: '2019-06-01',
				cases: [{ id: 'ok', facts: lise.facts }, { id: 7 }, null],
			}),
		).toEqual(['dateA', 'cases[1].id', 'cases[1].facts', 'cases[2]']);
	});

	it('refuses too many cases as a whole, without reading each of them', () => {
		const cases = Array.from({ length: MAX_COMPARED_CASES + 1 }, () => 'not a case');
		expect(paths({ ...dates, cases })).toEqual(['cases']);
	});

	it('compares the cases sent, keeping their ids as written', () => {
		const outcome = compareVersionsBody({
			...dates,
			cases: [{ id: ' min sak ', facts: lise.facts }],
		});
		expect(outcome.ok && outcome.result.cases.map((c) => c.id)).toEqual([' min sak ']);
	});
});
