import { describe, expect, it } from 'vitest';
import { buildResults, formatNumber, mean, median, type ResultQuestion } from './results.ts';

const counts = (spec: Record<number, number>) =>
	new Map(Object.entries(spec).map(([v, n]) => [Number(v), n]));
const question = (
	id: string,
	type: ResultQuestion['type'],
	extra: Partial<ResultQuestion> = {},
): ResultQuestion => ({
	id,
	key: id,
	type,
	required: false,
	textNb: id,
	textNn: id,
	options: [],
	scaleMax: 5,
	scaleLabels: null,
	...extra,
});

describe('results', () => {
	it('computes the mean and the median from counts', () => {
		expect(mean(counts({ 1: 1, 5: 1 }))).toBe(3);
		expect(median(counts({ 2: 2, 3: 7, 4: 17, 5: 12 }))).toBe(4);
		expect(median(counts({ 3: 1, 4: 1 }))).toBe(3.5);
		expect(median(counts({}))).toBeNull();
		expect(formatNumber(4.03)).toBe('4,0');
	});

	it('builds each question type from grouped counts and texts', () => {
		const questions = [
			question('useful', 'scale', {
				scaleLabels: {
					min: { nb: 'Ikke nyttig', nn: 'Ikkje nyttig' },
					max: { nb: 'Svært nyttig', nn: 'Svært nyttig' },
				},
			}),
			question('role', 'single', {
				options: [
					{ value: 'o1', nb: 'Veileder', nn: 'Rettleiar' },
					{ value: 'o2', nb: 'Leder', nn: 'Leiar' },
				],
			}),
			question('want', 'multiple', {
				options: [
					{ value: 'o1', nb: 'A', nn: 'A' },
					{ value: 'o2', nb: 'B', nn: 'B' },
				],
			}),
			question('items', 'grid', {
				options: [{ value: 'p1', nb: '09:00 Velkommen', nn: '09:00 Velkommen' }],
			}),
			question('good', 'text'),
		];
		const [scale, single, multiple, grid, text] = buildResults(
			questions,
			[
				{ questionId: 'useful', item: '', valueInt: 4, n: 3 },
				{ questionId: 'useful', item: '', valueInt: 5, n: 1 },
				{ questionId: 'role', item: 'o2', valueInt: 1, n: 2 },
				{ questionId: 'want', item: 'o1', valueInt: 1, n: 4 },
				{ questionId: 'want', item: 'o2', valueInt: 1, n: 2 },
				{ questionId: 'items', item: 'p1', valueInt: 2, n: 2 },
			],
			[{ questionId: 'good', text: 'Bra.' }],
			new Map([['want', 5]]),
		);
		expect(scale).toMatchObject({ kind: 'scale', answered: 4, mean: 4.25, median: 4 });
		expect(scale?.kind === 'scale' && scale.bars.map((b) => [b.label.nn, b.count])).toEqual([
			['1 – Ikkje nyttig', 0],
			['2', 0],
			['3', 0],
			['4', 3],
			['5 – Svært nyttig', 1],
		]);
		expect(
			single?.kind === 'choice' && single.bars.map((b) => [b.label.nn, b.count, b.percent]),
		).toEqual([
			['Rettleiar', 0, 0],
			['Leiar', 2, 100],
		]);
		expect(multiple?.kind === 'choice' && multiple.bars.map((b) => b.percent)).toEqual([80, 40]);
		expect(
			grid?.kind === 'grid' && grid.rows.map((r) => [r.item.value, r.mean, r.answered]),
		).toEqual([['p1', 2, 2]]);
		expect(text).toMatchObject({ kind: 'text', answers: ['Bra.'] });
	});
});
