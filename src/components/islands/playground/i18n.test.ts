import { describe, expect, it } from 'vitest';
import { DICTIONARIES, format, nb, nn } from './i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the playground dictionary', () => {
	it('has the same keys in bokmål and nynorsk', () => {
		expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
	});

	it('has no empty strings and the same placeholders in both languages', () => {
		for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
			expect(nb[key].trim(), key).not.toBe('');
			expect(nn[key].trim(), key).not.toBe('');
			expect(placeholders(nn[key]), key).toEqual(placeholders(nb[key]));
		}
	});

	it('fills placeholders and leaves unknown ones alone', () => {
		expect(format('nn', 'score.line', { correct: 2, attempts: 3 })).toBe(
			'Poeng i denne økta: 2 av 3 rette.',
		);
		expect(format('nb', 'field.benefit.item', {})).toBe('Ytelse {n}');
		expect(DICTIONARIES.nb['tab.compare']).toBe('Hva endret seg?');
		expect(DICTIONARIES.nn['tab.compare']).toBe('Kva endra seg?');
	});
});
