import { describe, expect, it } from 'vitest';
import { parseAnswers, type AnswerableQuestion } from './answers.ts';

const q = (
	id: string,
	type: AnswerableQuestion['type'],
	extra: Partial<AnswerableQuestion> = {},
): AnswerableQuestion => ({
	id,
	type,
	required: false,
	options: [],
	scaleMax: 5,
	maxLength: 200,
	...extra,
});

/** A valid fødselsnummer (check digits computed), never a real person's. */
function identityNumber(): string {
	for (let i = 100; i < 1000; i++) {
		const d = `010190${i}`.split('').map(Number);
		const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, j) => a + w * d[j]!, 0) % 11);
		if (k1 === 10) continue;
		const c1 = k1 === 11 ? 0 : k1;
		const k2 =
			11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, j) => a + w * [...d, c1][j]!, 0) % 11);
		if (k2 === 10) continue;
		return `010190${i}${c1}${k2 === 11 ? 0 : k2}`;
	}
	throw new Error('none');
}

describe('reading a filled-in survey', () => {
	const questions = [
		q('useful', 'scale', { required: true }),
		q('role', 'single', { options: [{ value: 'o1' }, { value: 'o2' }] }),
		q('topics', 'multiple', {
			options: [{ value: 'o1' }, { value: 'o2' }, { value: 'o3' }],
			required: true,
		}),
		q('good', 'text'),
		q('items', 'grid', { options: [{ value: 'p1' }, { value: 'p2' }] }),
	];

	it('turns every answer into rows, and leaves out what was skipped', () => {
		const parsed = parseAnswers(questions, {
			'q-useful': '4',
			'q-role': 'o2',
			'q-topics-o1': 'on',
			'q-topics-o3': 'on',
			'q-good': '  Bra dag.  ',
			'q-items-p2': '5',
		});
		expect(parsed).toEqual({
			ok: true,
			rows: [
				{ questionId: 'useful', item: '', valueInt: 4, valueText: null },
				{ questionId: 'role', item: 'o2', valueInt: 1, valueText: null },
				{ questionId: 'topics', item: 'o1', valueInt: 1, valueText: null },
				{ questionId: 'topics', item: 'o3', valueInt: 1, valueText: null },
				{ questionId: 'good', item: '', valueInt: null, valueText: 'Bra dag.' },
				{ questionId: 'items', item: 'p2', valueInt: 5, valueText: null },
			],
		});
	});

	it('names every problem on its question: missing, out of range, unknown option, too long, an identity number', () => {
		const parsed = parseAnswers(questions, {
			'q-useful': '9',
			'q-role': 'o7',
			'q-good': `Brukaren har fødselsnummer ${identityNumber()}.`,
			'q-items-p1': '0',
		});
		expect(parsed).toEqual({
			ok: false,
			errors: {
				'q-useful': { key: 'survey.error.scale', params: { max: 5 } },
				'q-role': 'survey.error.option',
				'q-topics': 'survey.error.required',
				'q-good': 'error.confidential.identity',
				'q-items': { key: 'survey.error.scale', params: { max: 5 } },
			},
		});
		expect(
			parseAnswers([q('good', 'text', { maxLength: 10 })], { 'q-good': 'x'.repeat(11) }),
		).toEqual({
			ok: false,
			errors: { 'q-good': { key: 'survey.error.tooLong', params: { max: 10, length: 11 } } },
		});
		expect(parseAnswers([q('s', 'scale')], { 'q-s': '3.5' })).toEqual({
			ok: false,
			errors: { 'q-s': { key: 'survey.error.scale', params: { max: 5 } } },
		});
		expect(parseAnswers([q('s', 'scale', { required: true })], { 'q-s': '' })).toEqual({
			ok: false,
			errors: { 'q-s': 'survey.error.required' },
		});
	});

	it('asks for every row of a required grid', () => {
		const grid = [
			q('items', 'grid', { required: true, options: [{ value: 'p1' }, { value: 'p2' }] }),
		];
		expect(parseAnswers(grid, { 'q-items-p1': '3' })).toEqual({
			ok: false,
			errors: { 'q-items': 'survey.error.requiredRows' },
		});
		expect(parseAnswers(grid, { 'q-items-p1': '3', 'q-items-p2': '1' }).ok).toBe(true);
	});

	it('ignores fields that belong to no question', () => {
		expect(
			parseAnswers([q('s', 'scale')], { 'q-other': '3', 'q-s-extra': 'x', token: 'abc' }),
		).toEqual({ ok: true, rows: [] });
	});
});
