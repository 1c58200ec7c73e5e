import { describe, expect, it } from 'vitest';
import { pick, translator } from '#i18n/index.ts';
import { selfStudyNb } from '#i18n/self-study.nb.ts';
import { selfStudyNn } from '#i18n/self-study.nn.ts';
import { PROGRESS_KEYS, QUIZ_KEYS } from '#components/islands/quiz/strings.ts';
import { SEARCH_KEYS } from '#components/islands/search/strings.ts';
import { fill } from '#i18n/translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('self-study dictionaries', () => {
	it('have exactly the same keys in bokmål and nynorsk', () => {
		expect(Object.keys(selfStudyNn).sort()).toEqual(Object.keys(selfStudyNb).sort());
	});

	it.each(Object.keys(selfStudyNb))(
		'%s has text and the same placeholders in both languages',
		(key) => {
			const k = key as keyof typeof selfStudyNb;
			expect(selfStudyNb[k].trim()).not.toBe('');
			expect(selfStudyNn[k].trim()).not.toBe('');
			expect(placeholders(selfStudyNn[k])).toEqual(placeholders(selfStudyNb[k]));
		},
	);

	it('fills placeholders and leaves unknown ones as written', () => {
		expect(translator('nn')('path.step', { n: 2, total: 10 })).toBe('Steg 2 av 10');
		expect(fill('{a} og {b}', { a: 1 })).toBe('1 og {b}');
	});

	it('gives an island only the strings it asks for, in its language', () => {
		const strings = pick('nn', SEARCH_KEYS);
		expect(Object.keys(strings).sort()).toEqual([...SEARCH_KEYS].sort());
		expect(strings['search.submit']).toBe('Søk');
		for (const keys of [QUIZ_KEYS, PROGRESS_KEYS, SEARCH_KEYS]) {
			for (const key of keys) expect(selfStudyNb).toHaveProperty([key]);
		}
	});
});
