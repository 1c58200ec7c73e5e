import { describe, expect, it } from 'vitest';
import { customKey, evaluationTemplate, KEYS, preEventTemplate } from './templates.ts';

describe('survey templates', () => {
	it('evaluates the gathering: usefulness 1–5, each programme item but breaks and meals, good, improve, topics', () => {
		const t = evaluationTemplate([
			{ id: 'p1', title: 'Velkommen', startTime: '09:00', kind: 'talk' },
			{ id: 'p2', title: 'Pause', startTime: '09:15', kind: 'break' },
			{ id: 'p3', title: 'Lunsj', startTime: '12:00', kind: 'meal' },
			{ id: 'p4', title: 'Grupper', startTime: '12:45', kind: 'group-work' },
		]);
		expect(t.questions.map((q) => [q.key, q.type])).toEqual([
			[KEYS.useful, 'scale'],
			[KEYS.items, 'grid'],
			[KEYS.good, 'text'],
			[KEYS.improve, 'text'],
			[KEYS.topics, 'text'],
		]);
		expect(t.questions[0]).toMatchObject({
			required: true,
			scaleMax: 5,
			textNn: 'Var denne nettverkssamlinga nyttig for deg?',
		});
		expect(t.questions[1]?.options.map((o) => o.value)).toEqual(['p1', 'p4']);
		expect(evaluationTemplate([]).questions.some((q) => q.type === 'grid')).toBe(false);
	});

	it('asks registrants five open questions before the day, in both languages', () => {
		const t = preEventTemplate();
		expect(t.questions).toHaveLength(5);
		expect(t.questions.every((q) => q.type === 'text' && q.textNb && q.textNn)).toBe(true);
	});

	it('gives a question written from scratch a key from its wording', () => {
		expect(customKey('Kva er rolla di?')).toBe(customKey('  kva er   rolla di '));
		expect(customKey('Kva er rolla di?')).toBe('custom:kva er rolla di');
	});
});
