import { describe, expect, it } from 'vitest';
import { evaluateEligibility, exampleById } from '#lib/rules/index.ts';
import { EMPTY_SCORE, judge, readScore, recordAttempt, resetScore, SCORE_KEY } from './score.ts';

function memoryStore(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key),
	};
}

describe('judging a prediction', () => {
	const lise = evaluateEligibility(exampleById('lise')!.facts);

	it('is correct only with the verdict and exactly the deciding conditions', () => {
		expect(lise.verdict).toBe('needs-judgement');
		expect(
			judge({ verdict: 'needs-judgement', decisive: [...lise.decisive].reverse() }, lise).correct,
		).toBe(true);
		const partial = judge(
			{ verdict: 'needs-judgement', decisive: ['working-age', lise.decisive[0]!] },
			lise,
		);
		expect(partial).toMatchObject({ verdictCorrect: true, correct: false, extra: ['working-age'] });
		expect(partial.missed).toEqual(lise.decisive.slice(1));
		expect(judge({ verdict: 'eligible', decisive: [] }, lise)).toMatchObject({
			verdictCorrect: false,
			correct: false,
		});
	});

	it('counts an eligible verdict with no conditions ticked as correct', () => {
		const kristoffer = evaluateEligibility(exampleById('kristoffer-2014')!.facts);
		expect(kristoffer.verdict).toBe('eligible');
		expect(judge({ verdict: 'eligible', decisive: [] }, kristoffer).correct).toBe(true);
	});
});

describe('the session score', () => {
	it('adds attempts and correct answers, and resets', () => {
		const store = memoryStore();
		expect(readScore(store)).toEqual(EMPTY_SCORE);
		recordAttempt(store, true);
		expect(recordAttempt(store, false)).toEqual({ attempts: 2, correct: 1 });
		expect(readScore(store)).toEqual({ attempts: 2, correct: 1 });
		expect(resetScore(store)).toEqual(EMPTY_SCORE);
		expect(readScore(store)).toEqual(EMPTY_SCORE);
	});

	it('survives nonsense in storage and storage that throws', () => {
		for (const raw of [
			'{',
			'"x"',
			'null',
			'{"attempts":1,"correct":2}',
			'{"attempts":-1,"correct":0}',
		]) {
			expect(readScore(memoryStore({ [SCORE_KEY]: raw }))).toEqual(EMPTY_SCORE);
		}
		const broken = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			},
			removeItem: () => {
				throw new Error('blocked');
			},
		};
		expect(recordAttempt(broken, true)).toEqual({ attempts: 1, correct: 1 });
		expect(resetScore(broken)).toEqual(EMPTY_SCORE);
		expect(readScore(null)).toEqual(EMPTY_SCORE);
	});
});
