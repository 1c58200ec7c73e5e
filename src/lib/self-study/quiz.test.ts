import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/load.ts';
import { countRight, isRightAnswer, optionFeedback } from './quiz.ts';

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
