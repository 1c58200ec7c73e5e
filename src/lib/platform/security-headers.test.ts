import { describe, expect, it } from 'vitest';
import {
	baselineHeaders,
	holdsPersonalToken,
	mergePolicy,
	personalHeaders,
	withheldSameOrigin,
} from './security-headers.ts';

describe('security headers', () => {
	it('forbid framing and sniffing everywhere, and send HSTS only under https', () => {
		expect(baselineHeaders(false)['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(baselineHeaders(false)['x-content-type-options']).toBe('nosniff');
		expect(baselineHeaders(false)).not.toHaveProperty('strict-transport-security');
		expect(baselineHeaders(true)['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
	});

	it.each([
		['/pamelding/abc.def', true],
		['/nn/pamelding/abc.def', true],
		['/undersoking/abc.def', true],
		['/nn/undersoking/abc.def', true],
		['/nytt-passord', true],
		['/nn/nytt-passord', true],
		['/api/pamelding/abc.def/kalender.ics', true],
		['/samlinger', false],
		['/nn/min-side', false],
		['/pameldingar', false],
		['/admin/samlinger', false],
	])('%s holds a personal token: %s', (path, expected) => {
		expect(holdsPersonalToken(path)).toBe(expected);
	});

	it('keep personal pages out of every cache, and secret addresses out of Referer', () => {
		expect(personalHeaders('/nn/pamelding/abc.def', false, true)).toEqual({
			'cache-control': 'no-store',
			'referrer-policy': 'no-referrer',
		});
		// Plain http: browsers send no Sec-Fetch-Site, so the page's own forms need a same-origin Origin.
		expect(personalHeaders('/nn/pamelding/abc.def', false, false)).toEqual({
			'cache-control': 'no-store',
			'referrer-policy': 'same-origin',
		});
		expect(personalHeaders('/admin/samlinger', true, true)).toEqual({
			'cache-control': 'no-store',
		});
		expect(personalHeaders('/samlinger', false, true)).toEqual({});
	});
});

describe('a form post whose Origin the browser withheld (no-referrer pages)', () => {
	const site = 'https://kvp.example.no';
	it('counts as same-origin only when the browser says Sec-Fetch-Site: same-origin', () => {
		expect(
			withheldSameOrigin(new Headers({ origin: 'null', 'sec-fetch-site': 'same-origin' }), site),
		).toBe(site);
		expect(
			withheldSameOrigin(new Headers({ origin: 'null', 'sec-fetch-site': 'cross-site' }), site),
		).toBeNull();
		expect(
			withheldSameOrigin(new Headers({ origin: 'null', 'sec-fetch-site': 'same-site' }), site),
		).toBeNull();
		expect(withheldSameOrigin(new Headers({ origin: 'null' }), site)).toBeNull();
		expect(
			withheldSameOrigin(
				new Headers({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }),
				site,
			),
		).toBeNull();
	});
});

describe("Astro's policy and ours together", () => {
	it("adds frame-ancestors and the rest to Astro's script and style policy, keeping what it has", () => {
		const astro =
			"default-src 'self';base-uri 'self'; script-src 'self' 'sha256-abc='; style-src 'self';";
		const merged = mergePolicy(astro, baselineHeaders(true)['content-security-policy']!);
		expect(merged).toBe(
			"default-src 'self';base-uri 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'; object-src 'none'; form-action 'self'",
		);
		expect(mergePolicy(null, "frame-ancestors 'none'")).toBe("frame-ancestors 'none'");
	});
});
