import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleById } from '#lib/rules/index.ts';
import { decodeFacts, encodeFacts, FACTS_PARAM, shareUrl } from './share.ts';

describe('share links', () => {
	it('round-trips every example, including non-ASCII values', () => {
		for (const example of EXAMPLES) {
			const encoded = encodeFacts(example.facts);
			expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
			expect(decodeFacts(encoded)).toEqual(example.facts);
		}
		const tobias = exampleById('tobias-uforetrygd-klage')!;
		expect(JSON.stringify(tobias.facts)).toContain('uføretrygd');
		expect(decodeFacts(encodeFacts(tobias.facts))).toEqual(tobias.facts);
	});

	it('keeps links short enough to paste anywhere', () => {
		const longest = Math.max(
			...EXAMPLES.map(
				(e) => shareUrl('https://kvp.example.no', '/nn/regeltrening', e.facts).length,
			),
		);
		expect(longest).toBeLessThan(2000);
	});

	it('refuses anything that is not a valid encoding of valid facts', () => {
		const lise = exampleById('lise')!.facts;
		for (const bad of [
			'',
			'not base64!',
			'%%%',
			encodeFacts({ ...lise, assessmentDate: '2009-01-01' }),
			encodeFacts('Lise'),
			encodeFacts(null),
			btoa('{oops').replace(/=/g, ''),
			'A'.repeat(9000),
			'_w',
		]) {
			expect(decodeFacts(bad), bad.slice(0, 20)).toBeNull();
		}
	});

	it('builds the link for the page in its language', () => {
		const url = new URL(
			shareUrl('https://kvp.example.no', '/nn/regeltrening', exampleById('lise')!.facts, {
				predict: true,
			}),
		);
		expect(url.pathname).toBe('/nn/regeltrening');
		expect(url.searchParams.get('spaa')).toBe('1');
		expect(decodeFacts(url.searchParams.get(FACTS_PARAM)!)?.birthDate).toBe('1994-03-15');
	});
});
