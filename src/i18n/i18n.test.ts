import { describe, expect, it } from 'vitest';
import { localePath, switchLanguagePath, t } from './index.ts';
import { formatDateTime, formatLongDate } from './format.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface dictionaries', () => {
	it('have exactly the same keys in bokmål and nynorsk', () => {
		expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
	});

	it.each(Object.keys(nb))('%s has text and the same placeholders in both languages', (key) => {
		const k = key as keyof typeof nb;
		expect(nb[k].trim()).not.toBe('');
		expect(nn[k].trim()).not.toBe('');
		expect(placeholders(nn[k])).toEqual(placeholders(nb[k]));
	});

	it('fills placeholders', () => {
		expect(t('nn', 'nav.loggedInAs', { name: 'Kari' })).toBe('Innlogga som Kari');
	});
});

describe('language paths', () => {
	it('puts nynorsk under /nn/ and bokmål at the root', () => {
		expect(localePath('nb', '/samlinger')).toBe('/samlinger');
		expect(localePath('nn', '/samlinger')).toBe('/nn/samlinger');
		expect(localePath('nn', '/')).toBe('/nn/');
	});

	it('switches language on the same page and keeps the query', () => {
		expect(switchLanguagePath(new URL('http://x/nn/regelverk/29?v=2018'), 'nb')).toBe(
			'/regelverk/29?v=2018',
		);
		expect(switchLanguagePath(new URL('http://x/'), 'nn')).toBe('/nn/');
		expect(switchLanguagePath(new URL('http://x/nn'), 'nb')).toBe('/');
		expect(switchLanguagePath(new URL('http://x/nnn'), 'nb')).toBe('/nnn');
	});
});

describe('dates', () => {
	it('shows times in Europe/Oslo whatever the server zone, in the page language', () => {
		// 08:30 UTC on 19 September 2019 was 10:30 in Norway (summer time).
		const date = new Date('2019-09-19T08:30:00Z');
		expect(formatDateTime(date, 'nb')).toBe('19.09.2019 kl. 10.30');
		expect(formatLongDate(date, 'nn')).toBe('torsdag 19. september 2019');
		// In winter Norway is UTC+1.
		expect(formatDateTime(new Date('2020-01-15T23:30:00Z'), 'nn')).toBe('16.01.2020 kl. 00.30');
	});
});
