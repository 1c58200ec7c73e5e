import { describe, expect, it } from 'vitest';
import { baselineHeaders, holdsPersonalToken, personalHeaders } from './security-headers.ts';

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
		expect(personalHeaders('/nn/pamelding/abc.def', false)).toEqual({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
		expect(personalHeaders('/admin/samlinger', true)).toEqual({ 'cache-control': 'no-store' });
		expect(personalHeaders('/samlinger', false)).toEqual({});
	});
});
