import { describe, expect, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { PARAGRAPH_KEYS } from '#lib/content/schemas.ts';
import { REFERENCES } from '#lib/rules/index.ts';
import {
	encodeFacts,
	entryHref,
	entryPath,
	ENTRY_KINDS,
	isLocalPath,
	parseProgressId,
	paragraphLabel,
	playgroundHref,
	progressId,
	stepPath,
	versionPath,
} from './links.ts';

/** Engine references that point at a paragraph page the content does not have: none. */
const ENGINE_LINKS_WITHOUT_PAGE: string[] = [];

describe('self-study addresses', () => {
	it('puts each kind of entry at its own path, in both languages', () => {
		expect(entryPath('regelverk', '29')).toBe('/regelverk/29');
		expect(entryHref('nn', 'regelverk', 'forskrift')).toBe('/nn/regelverk/forskrift');
		expect(entryHref('nb', 'endringar-2019', 'endringar-2019')).toBe('/endringar-2019');
		expect(entryHref('nn', 'tips', 'amo-kurs')).toBe('/nn/tips/amo-kurs');
		expect(entryHref('nb', 'case', 'lise')).toBe('/case/lise');
		expect(entryHref('nn', 'quiz', 'stonad')).toBe('/nn/quiz/stonad');
		expect(versionPath('29', 'rv-2010')).toBe('/regelverk/29/rv-2010');
		expect(stepPath('ny-i-kvp', 3)).toBe('/sjolvstudium/sti/ny-i-kvp/3');
	});

	it('stores progress under ids it can read back', () => {
		for (const kind of ENTRY_KINDS) {
			const ref = kind === 'endringar-2019' ? 'endringar-2019' : 'mellombels-forskrift-2020';
			expect(parseProgressId(progressId(kind, ref))).toEqual({ kind, ref });
		}
		for (const bad of [
			'',
			'regelverk',
			'regelverk/',
			'quiz/../x',
			'sti/ny-i-kvp',
			'tips/Amo',
			'regelverk/29/rv-2010',
			' quiz/stonad',
		]) {
			expect(parseProgressId(bad), bad).toBeNull();
		}
	});

	it('names paragraphs briefly', () => {
		expect(paragraphLabel('34', translator('nb'))).toBe('§ 34');
		expect(paragraphLabel('forskrift', translator('nn'))).toBe('Forskrifta');
		expect(paragraphLabel('mellombels-forskrift-2020', translator('nb'))).toBe(
			'Midlertidig forskrift 2020',
		);
	});

	it('encodes facts exactly as the playground reads them: UTF-8 JSON in base64url without padding', () => {
		const facts = { assessmentDate: '2019-03-01', note: 'Sjølvstudium – æøå', list: [1, null] };
		const encoded = encodeFacts(facts);
		expect(encoded).toBe(Buffer.from(JSON.stringify(facts), 'utf8').toString('base64url'));
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).toEqual(facts);
		expect(playgroundHref('nn', facts)).toBe(`/nn/regeltrening?fakta=${encoded}`);
	});

	it('follows only local paths after a form post', () => {
		for (const ok of ['/sjolvstudium/sti/ny-i-kvp/2', '/nn/sjolvstudium', '/'])
			expect(isLocalPath(ok), ok).toBe(true);
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'sjolvstudium',
			'/a b',
			'/a\\b',
			'',
		]) {
			expect(isLocalPath(bad), bad).toBe(false);
		}
	});

	it('has a page for every paragraph the rules engine links to, except the known gaps', () => {
		const engineLinks = [
			...new Set(
				Object.values(REFERENCES)
					.map((r) => r.href)
					.filter((href): href is string => href !== null && href.startsWith('/regelverk/')),
			),
		];
		const pages = new Set(PARAGRAPH_KEYS.map((key) => `/regelverk/${key}`));
		expect(engineLinks.filter((href) => !pages.has(href)).sort()).toEqual(
			ENGINE_LINKS_WITHOUT_PAGE,
		);
		for (const key of [
			'2',
			'29',
			'30',
			'31',
			'32',
			'33',
			'34',
			'35',
			'36',
			'37',
			'38',
			'39',
			'40',
			'forskrift',
			'mellombels-forskrift-2020',
		]) {
			expect(pages.has(`/regelverk/${key}`), key).toBe(true);
		}
	});
});
