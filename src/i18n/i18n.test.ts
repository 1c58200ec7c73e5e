import { describe, expect, it } from 'vitest';
import { localePath, pick, switchLanguagePath, t, tn, translator } from './index.ts';
import { atClock, clockSpan, formatDateTime, formatLongDate } from './format.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { participantNumbersNb } from './participant-numbers.nb.ts';
import { participantNumbersNn } from './participant-numbers.nn.ts';
import { playgroundNb } from './playground.nb.ts';
import { playgroundNn } from './playground.nn.ts';
import { selfStudyNb } from './self-study.nb.ts';
import { selfStudyNn } from './self-study.nn.ts';
import { surveysNb } from './surveys.nb.ts';
import { surveysNn } from './surveys.nn.ts';
import { fill, translatorFor } from './translate.ts';

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

describe('one key space', () => {
	const features = {
		site: [nb, nn],
		surveys: [surveysNb, surveysNn],
		participantNumbers: [participantNumbersNb, participantNumbersNn],
		selfStudy: [selfStudyNb, selfStudyNn],
		playground: [playgroundNb, playgroundNn],
	} as const;

	it('has no key in two feature dictionaries, so merging them loses no string', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const [feature, [bokmal]] of Object.entries(features))
			for (const key of Object.keys(bokmal)) {
				if (owner.has(key)) clashes.push(`${key} (${owner.get(key)}, ${feature})`);
				owner.set(key, feature);
			}
		expect(clashes).toEqual([]);
	});

	it("translates every feature's keys with the one translator, in both languages", () => {
		for (const [bokmal, nynorsk] of Object.values(features))
			for (const key of Object.keys(bokmal) as (keyof typeof bokmal)[]) {
				expect(translator('nb')(key as never)).toBe(bokmal[key]);
				expect(translator('nn')(key as never)).toBe(nynorsk[key]);
			}
	});

	it('gives an island only the strings it asks for', () => {
		expect(pick('nn', ['search.submit', 'nav.login'])).toEqual({
			'search.submit': 'Søk',
			'nav.login': 'Logg inn',
		});
	});
});

describe('plurals', () => {
	const bokmalKeys = Object.keys({
		...nb,
		...surveysNb,
		...participantNumbersNb,
		...selfStudyNb,
		...playgroundNb,
	});

	it('come in pairs: every "<key>.one" has its "<key>.other", both with {n}', () => {
		const ones = bokmalKeys.filter((k) => k.endsWith('.one'));
		expect(ones.length).toBeGreaterThan(0);
		for (const one of ones) {
			const other = one.replace(/\.one$/, '.other');
			expect(bokmalKeys).toContain(other);
			for (const lang of ['nb', 'nn'] as const) {
				expect(translator(lang)(one as never)).toContain('{n}');
				expect(translator(lang)(other as never)).toContain('{n}');
			}
		}
	});

	it.each([
		['nb', 0, '0 stemmer'],
		['nb', 1, '1 stemme'],
		['nb', 2, '2 stemmer'],
		['nn', 1, '1 stemme'],
		['nn', 21, '21 stemmer'],
		['nb', 5000, '5\u00a0000 stemmer'],
	] as const)('counts %s %i as "%s"', (lang, n, expected) => {
		expect(tn(lang, 'count.vote', n)).toBe(expected);
		expect(translator(lang).n('count.vote', n)).toBe(expected);
	});

	it('fills the other placeholders beside the count', () => {
		expect(tn('nn', 'gatherings.seatsLeft', 1)).toBe('1 ledig plass');
		expect(tn('nb', 'count.dossier', 3)).toBe('3 mapper');
	});

	it('works the same on a small slice of strings, as an island has', () => {
		const t = translatorFor('nn', { 'x.one': '{n} svar på «{q}»', 'x.other': '{n} svar på «{q}»' });
		expect(t.n('x', 2, { q: 'Kva?' })).toBe('2 svar på «Kva?»');
		expect(fill('{a} og {b}', { a: 1 })).toBe('1 og {b}');
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

describe('clock times (Språkrådet)', () => {
	it('writes a stored time with a full stop, and "kl." where it stands alone', () => {
		expect(atClock('09:30')).toBe('kl. 09.30');
		expect(clockSpan('09:00', '10:15')).toBe('09.00–10.15');
	});
});
