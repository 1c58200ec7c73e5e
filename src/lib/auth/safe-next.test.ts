import { describe, expect, it } from 'vitest';
import { loginSchema, safeNextPath } from './auth.schema.ts';

/** Where a browser would really go for a Location header, from a page on this site. */
function destination(location: string): string {
	return new URL(location, 'https://kvp.example.no/logg-inn').origin;
}

describe('after login, next only leads to a path on this site', () => {
	it.each([
		['/min-side', '/min-side'],
		['/nn/samlinger/abc?fane=program#dag-2', '/nn/samlinger/abc?fane=program#dag-2'],
		['/admin/samlinger/x%2Fy', '/admin/samlinger/x%2Fy'],
		['/sjolvstudium/../min-side', '/min-side'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
	])('follows %j to %j', (next, expected) => {
		expect(safeNextPath(next)).toBe(expected);
		expect(destination(expected)).toBe('https://kvp.example.no');
	});

	it.each([
		'//evil.example',
		'///evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/ /evil.example',
		'/.//evil.example',
		'/%09/evil.example'.replace('%09', '\t'),
		'https://evil.example/',
		'http:evil.example',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' /min-side',
		'min-side',
		'',
		null,
		undefined,
		'/\u2028/evil.example',
		'/\u0000/evil.example',
		'/' + 'a'.repeat(2001),
	])('refuses %j', (next) => {
		expect(safeNextPath(next)).toBeNull();
	});

	it('rejects a newline or tab in the login form field with a message, but accepts a plain path', () => {
		const base = { email: 'kari@example.no', password: 'passord' };
		const bad = loginSchema.safeParse({ ...base, next: '/min-side\r\nSet-Cookie: x=1' });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['next', 'error.next.invalid'],
		]);
		expect(loginSchema.safeParse({ ...base, next: '/min-side' }).success).toBe(true);
	});
});
