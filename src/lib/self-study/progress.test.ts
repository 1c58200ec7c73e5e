import { describe, expect, it } from 'vitest';
import {
	doneIds,
	emptyProgress,
	LOCAL_KEY,
	loadLocal,
	parseLocal,
	pathProgress,
	saveLocal,
	withQuiz,
	withRead,
} from './progress.ts';
import { progressBodySchema } from './progress.schema.ts';

const AT = '2026-11-22T10:00:00.000Z';

function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, value),
	};
}

describe('progress in the browser', () => {
	it('records reading and quiz scores, and keeps them through storage', () => {
		const storage = memoryStorage();
		let progress = withRead(emptyProgress(), 'regelverk/34', AT);
		progress = withQuiz(progress, 'quiz/avbrot-og-avslutning', 8, 11, AT);
		expect(saveLocal(storage, progress)).toBe(true);
		expect(loadLocal(storage)).toEqual({
			read: { 'regelverk/34': AT },
			quiz: { 'quiz/avbrot-og-avslutning': { score: 8, maxScore: 11, at: AT } },
		});
		expect([...doneIds(loadLocal(storage))].sort()).toEqual([
			'quiz/avbrot-og-avslutning',
			'regelverk/34',
		]);
	});

	it('keeps the latest quiz score', () => {
		const once = withQuiz(emptyProgress(), 'quiz/stonad', 3, 10, AT);
		expect(
			withQuiz(once, 'quiz/stonad', 9, 10, '2026-11-23T10:00:00.000Z').quiz['quiz/stonad']?.score,
		).toBe(9);
	});

	it('refuses impossible records', () => {
		expect(withRead(emptyProgress(), 'not an id', AT)).toEqual(emptyProgress());
		expect(withQuiz(emptyProgress(), 'regelverk/29', 1, 2, AT)).toEqual(emptyProgress());
		expect(withQuiz(emptyProgress(), 'quiz/stonad', 3, 2, AT)).toEqual(emptyProgress());
		expect(withQuiz(emptyProgress(), 'quiz/stonad', 1.5, 2, AT)).toEqual(emptyProgress());
	});

	it('drops whatever in storage is malformed and keeps the rest', () => {
		expect(parseLocal(null)).toEqual(emptyProgress());
		expect(parseLocal('{not json')).toEqual(emptyProgress());
		expect(parseLocal('[1,2]')).toEqual(emptyProgress());
		const mixed = JSON.stringify({
			read: { 'tips/amo-kurs': AT, 'javascript:alert(1)': AT, 'case/lise': 'yesterday' },
			quiz: {
				'quiz/stonad': { score: 2, maxScore: 5, at: AT },
				'quiz/innhald': { score: 9, maxScore: 5, at: AT },
				'tips/x': { score: 1, maxScore: 1, at: AT },
			},
		});
		expect(parseLocal(mixed)).toEqual({
			read: { 'tips/amo-kurs': AT },
			quiz: { 'quiz/stonad': { score: 2, maxScore: 5, at: AT } },
		});
	});

	it('survives storage that throws', () => {
		const broken = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('full');
			},
		};
		expect(loadLocal(broken)).toEqual(emptyProgress());
		expect(saveLocal(broken, emptyProgress())).toBe(false);
		expect(loadLocal(null)).toEqual(emptyProgress());
		expect(LOCAL_KEY).toMatch(/^kvp-/);
	});

	it('tells how far along a learning path is and which step is next', () => {
		const steps = ['endringar-2019', 'regelverk/29', 'case/lise', 'quiz/endringar-2019'];
		expect(pathProgress(steps, new Set())).toEqual({ done: 0, total: 4, next: 1 });
		expect(pathProgress(steps, new Set(['endringar-2019', 'case/lise']))).toEqual({
			done: 2,
			total: 4,
			next: 2,
		});
		expect(pathProgress(steps, new Set(steps))).toEqual({ done: 4, total: 4, next: null });
	});
});

describe('what POST /api/progress accepts', () => {
	it('accepts a read mark and a quiz score', () => {
		expect(progressBodySchema.safeParse({ kind: 'read', entry: 'regelverk/29' }).success).toBe(
			true,
		);
		expect(progressBodySchema.safeParse({ kind: 'read', entry: 'endringar-2019' }).success).toBe(
			true,
		);
		expect(
			progressBodySchema.safeParse({ kind: 'quiz', entry: 'quiz/stonad', score: 0, maxScore: 10 })
				.success,
		).toBe(true);
	});

	it.each([
		[{ kind: 'read' }],
		[{ kind: 'read', entry: '../../etc' }],
		[{ kind: 'read', entry: 'regelverk/29', score: 1 }],
		[{ kind: 'quiz', entry: 'regelverk/29', score: 1, maxScore: 2 }],
		[{ kind: 'quiz', entry: 'quiz/stonad', score: 3, maxScore: 2 }],
		[{ kind: 'quiz', entry: 'quiz/stonad', score: -1, maxScore: 2 }],
		[{ kind: 'quiz', entry: 'quiz/stonad', score: 1, maxScore: 101 }],
		[{ kind: 'quiz', entry: 'quiz/stonad', score: '1', maxScore: 2 }],
		[{ kind: 'done', entry: 'quiz/stonad' }],
		[null],
		[[]],
	])('refuses %j', (body) => {
		expect(progressBodySchema.safeParse(body).success).toBe(false);
	});
});
