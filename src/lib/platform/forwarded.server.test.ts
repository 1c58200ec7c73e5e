import { describe, expect, it } from 'vitest';
import { clientAddress, compileTrust, forwardedOrigin } from './forwarded.server.ts';

describe('client address behind a reverse proxy', () => {
	const trust = compileTrust('127.0.0.1, 10.0.0.0/8, fd00::/8');

	it.each([
		[
			'a direct client is its socket address, whatever it claims',
			'203.0.113.9',
			'198.51.100.1',
			'203.0.113.9',
		],
		['a direct client with no header is its socket address', '203.0.113.9', null, '203.0.113.9'],
		['a trusted proxy passes on the client it saw', '127.0.0.1', '198.51.100.7', '198.51.100.7'],
		[
			'a client cannot spoof through a proxy that appends (nginx)',
			'127.0.0.1',
			'1.2.3.4, 198.51.100.7',
			'198.51.100.7',
		],
		[
			'a chain of trusted proxies is walked from the right',
			'10.0.0.2',
			'198.51.100.7, 10.0.0.1',
			'198.51.100.7',
		],
		[
			'an IPv4-mapped IPv6 peer is matched as IPv4',
			'::ffff:127.0.0.1',
			'198.51.100.7',
			'198.51.100.7',
		],
		['an IPv6 proxy inside a trusted range', 'fd00::5', '2001:db8::1', '2001:db8::1'],
		['a trusted proxy without the header is the client', '127.0.0.1', null, '127.0.0.1'],
	])('%s', (_name, peer, forwardedFor, expected) => {
		expect(clientAddress(peer, forwardedFor, trust)).toBe(expected);
	});

	it('trusts nobody when TRUSTED_PROXIES is empty or unset', () => {
		for (const list of ['', undefined, ' , ']) {
			expect(clientAddress('127.0.0.1', '198.51.100.7', compileTrust(list))).toBe('127.0.0.1');
		}
	});

	it('refuses an invalid entry instead of trusting too much', () => {
		expect(() => compileTrust('127.0.0.1, proxy.example.no')).toThrow();
		expect(() => compileTrust('10.0.0.0/99')).toThrow();
	});
});

describe('public origin through a reverse proxy', () => {
	const trust = compileTrust('127.0.0.1');
	const origin = 'https://kvp.example.no';
	const headers = (h: Record<string, string>) => new Headers(h);

	it('accepts exactly the public origin from a trusted proxy', () => {
		expect(
			forwardedOrigin(
				'127.0.0.1',
				headers({ host: 'kvp.example.no', 'x-forwarded-proto': 'https' }),
				trust,
				origin,
			),
		).toBe(origin);
		expect(
			forwardedOrigin(
				'127.0.0.1',
				headers({
					host: 'app:4321',
					'x-forwarded-proto': 'https',
					'x-forwarded-host': 'kvp.example.no:443',
				}),
				trust,
				origin,
			),
		).toBe(origin);
	});

	it('ignores the headers from anyone else, and any other host or scheme', () => {
		const good = { host: 'kvp.example.no', 'x-forwarded-proto': 'https' };
		expect(forwardedOrigin('203.0.113.9', headers(good), trust, origin)).toBeNull();
		expect(
			forwardedOrigin(
				'127.0.0.1',
				headers({ ...good, 'x-forwarded-host': 'evil.example' }),
				trust,
				origin,
			),
		).toBeNull();
		expect(
			forwardedOrigin(
				'127.0.0.1',
				headers({ ...good, 'x-forwarded-proto': 'http' }),
				trust,
				origin,
			),
		).toBeNull();
		expect(
			forwardedOrigin(
				'127.0.0.1',
				headers({ ...good, 'x-forwarded-host': 'kvp.example.no@evil.example' }),
				trust,
				origin,
			),
		).toBeNull();
		expect(
			forwardedOrigin('127.0.0.1', headers({ host: 'kvp.example.no' }), trust, origin),
		).toBeNull();
	});
});
