import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '#lib/content/load.ts';
import {
	countRight,
	displayOrder,
	isRightAnswer,
	optionFeedback,
	rightAnswerPositions,
} from './quiz.ts';

const options = [
	{ id: 'a', correct: true },
	{ id: 'b', correct: false },
	{ id: 'c', correct: true },
];

describe('scoring a quiz answer', () => {
	it('is right only when exactly the right options are chosen', () => {
		expect(isRightAnswer(options, ['a', 'c'])).toBe(true);
		expect(isRightAnswer(options, ['c', 'a'])).toBe(true);
		expect(isRightAnswer(options, ['a'])).toBe(false);
		expect(isRightAnswer(options, ['a', 'b', 'c'])).toBe(false);
		expect(isRightAnswer(options, [])).toBe(false);
	});

	it('gives feedback for every option, chosen or not', () => {
		expect(optionFeedback(options, ['b'])).toEqual([
			{ id: 'a', correct: true, chosen: false },
			{ id: 'b', correct: false, chosen: true },
			{ id: 'c', correct: true, chosen: false },
		]);
	});

	it('counts right answers', () => {
		expect(countRight({ q1: true, q2: false, q3: true })).toBe(2);
		expect(countRight({})).toBe(0);
	});

	it('for every question in the content, exactly one choice of options is right', () => {
		const questions = loadCorpus().quiz.flatMap((bank) => bank.data?.questions ?? []);
		expect(questions.length).toBeGreaterThanOrEqual(60);
		for (const question of questions) {
			const right = question.options.filter((o) => o.correct).map((o) => o.id);
			expect(isRightAnswer(question.options, right), question.id).toBe(true);
			fc.assert(
				fc.property(fc.subarray(question.options.map((o) => o.id)), (chosen) => {
					const same = chosen.length === right.length && chosen.every((id) => right.includes(id));
					return isRightAnswer(question.options, chosen) === same;
				}),
				{ numRuns: 20 },
			);
		}
	});
});

describe('the order the options are shown in', () => {
	const banks = loadCorpus().quiz.flatMap((entry) => (entry.data === null ? [] : [entry]));

	it('is stable per question and moves the right answer to a position that turns with the question', () => {
		const list = [
			{ id: 'a', correct: true },
			{ id: 'b', correct: false },
			{ id: 'c', correct: false },
		];
		const ids = (index: number) =>
			displayOrder(index, list)
				.map((o) => o.id)
				.join('');
		expect(ids(4)).toBe(ids(4));
		expect([0, 1, 2, 3].map(ids)).toEqual(['abc', 'cab', 'bca', 'abc']);
	});

	it('puts no more than half of a bank’s right answers in any one position', () => {
		for (const bank of banks) {
			const positions = rightAnswerPositions(bank.data!.questions);
			const total = positions.reduce((sum, n) => sum + n, 0);
			expect(
				Math.max(...positions),
				`${bank.file}: right answers per position ${positions.join(', ')}`,
			).toBeLessThanOrEqual(total / 2);
		}
	});

	it('would catch the order the files are written in, where the right answer clusters first', () => {
		const asWritten = banks.map((bank) =>
			rightAnswerPositions(bank.data!.questions, (_index, options) => options),
		);
		expect(
			asWritten.some(
				(positions) => Math.max(...positions) > positions.reduce((a, b) => a + b, 0) / 2,
			),
		).toBe(true);
	});
});
