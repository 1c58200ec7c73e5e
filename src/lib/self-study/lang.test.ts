import { describe, expect, it } from 'vitest';
import { localizeAll, pickLang } from './lang.ts';

type E = { key: string; data: { lang: 'nb' | 'nn'; title: string } };
const e = (key: string, lang: 'nb' | 'nn'): E => ({ key, data: { lang, title: `${key}.${lang}` } });

describe('an entry in the page language, or the other while it is not written', () => {
	it('prefers the page language', () => {
		expect(pickLang([e('a', 'nb'), e('a', 'nn')], 'nn')).toMatchObject({
			entry: { data: { lang: 'nn' } },
			shown: 'nn',
			fallback: false,
		});
		expect(pickLang([e('a', 'nb'), e('a', 'nn')], 'nb')).toMatchObject({
			shown: 'nb',
			fallback: false,
		});
	});

	it('falls back to the other language and says so', () => {
		expect(pickLang([e('a', 'nb')], 'nn')).toMatchObject({
			entry: { data: { title: 'a.nb' } },
			shown: 'nb',
			fallback: true,
		});
		expect(pickLang([], 'nn')).toBeUndefined();
	});

	it('gives one entry per key, in the order keys first appear', () => {
		const list = localizeAll(
			[e('a', 'nb'), e('b', 'nn'), e('a', 'nn'), e('c', 'nb')],
			(x) => x.key,
			'nn',
		);
		expect(list.map((x) => [x.key, x.shown, x.fallback])).toEqual([
			['a', 'nn', false],
			['b', 'nn', false],
			['c', 'nb', true],
		]);
	});
});
