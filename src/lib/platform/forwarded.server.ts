/**
 * What a request forwarded by a reverse proxy may tell us, and when to believe it. The socket peer
 * is the only address nobody can forge; X-Forwarded-For and X-Forwarded-Proto/Host are believed
 * only when that peer is one of the operator's TRUSTED_PROXIES. See docs/decisions/010.
 */
import proxyaddr from 'proxy-addr';

/** Decides whether an address (the socket peer, then each hop in X-Forwarded-For) is a trusted proxy. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * Compiles TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (IPv4 or IPv6), or the
 * names `loopback`, `linklocal`, `uniquelocal`. Empty trusts nobody. Throws on an invalid entry.
 */
export function compileTrust(list: string | undefined): ProxyTrust {
	const entries = (list ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
	return proxyaddr.compile(entries);
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy; then the nearest
 * address in X-Forwarded-For (read from the right) that is not itself a trusted proxy.
 */
export function clientAddress(
	peer: string,
	forwardedFor: string | null,
	trust: ProxyTrust,
): string {
	const request = {
		socket: { remoteAddress: peer },
		connection: { remoteAddress: peer },
		headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
	};
	return proxyaddr(request as never, trust);
}

const first = (value: string | null): string | undefined =>
	value?.split(',')[0]?.trim() || undefined;

/**
 * The public origin when a trusted proxy says the request reached it (X-Forwarded-Proto plus
 * X-Forwarded-Host, or the Host it passed on), else null. Only exactly the public origin is
 * accepted: a proxy forwarding for another host or scheme changes nothing.
 */
export function forwardedOrigin(
	peer: string,
	headers: Headers,
	trust: ProxyTrust,
	publicOrigin: string,
): string | null {
	if (!trust(peer, 0)) return null;
	const proto = first(headers.get('x-forwarded-proto'));
	const host = first(headers.get('x-forwarded-host')) ?? headers.get('host') ?? undefined;
	if (!proto || !host || !/^https?$/.test(proto) || /[/\\@]/.test(host)) return null;
	const expected = new URL(publicOrigin).origin;
	if (!URL.canParse(`${proto}://${host}`)) return null;
	return new URL(`${proto}://${host}`).origin === expected ? expected : null;
}
