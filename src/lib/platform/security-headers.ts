/**
 * The security headers of every response, and the extra ones of personal responses. Pure: the
 * request pipeline (src/fetch.ts) and the static file server (scripts/start.ts) apply them.
 * See docs/decisions/010.
 */

/** A year, the usual HSTS lifetime. No includeSubDomains: the operator's other hosts are not ours. */
const HSTS = 'max-age=31536000';

/** On every response: no framing (projector views included), no MIME sniffing, HSTS under https. */
export function baselineHeaders(secure: boolean): Record<string, string> {
	return {
		'content-security-policy':
			"frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
		'x-frame-options': 'DENY',
		'x-content-type-options': 'nosniff',
		...(secure ? { 'strict-transport-security': HSTS } : {}),
	};
}

/** Pages whose address is a secret: a registration's manage link, a survey link, a password reset. */
export function holdsPersonalToken(pathname: string): boolean {
	return /^(?:\/nn)?\/(?:pamelding\/[^/]+|undersoking\/[^/]+|nytt-passord(?:\/|$))|^\/api\/pamelding\//.test(
		pathname,
	);
}

/**
 * Headers for what one person sees: never cached anywhere, and for a secret address, never sent on
 * as a Referer. A response is personal when its address holds a token or it was rendered for a
 * signed-in user (Min side, every admin and coordinator page, the "logged in as").
 *
 * `no-referrer` needs `Sec-Fetch-Site` for the page's own forms (see withheldSameOrigin), and
 * browsers send that only to https (and localhost) addresses: under a plain-http public origin the
 * token pages get `same-origin`, which still keeps the token from every other site.
 */
export function personalHeaders(
	pathname: string,
	signedIn: boolean,
	secure: boolean,
): Record<string, string> {
	const token = holdsPersonalToken(pathname);
	return {
		...(token || signedIn ? { 'cache-control': 'no-store' } : {}),
		...(token ? { 'referrer-policy': secure ? 'no-referrer' : 'same-origin' } : {}),
	};
}

/**
 * The origin a form post comes from when the browser withheld it. Under `Referrer-Policy:
 * no-referrer` browsers send `Origin: null` with a form post, even to the page's own site, so the
 * origin check would refuse the token pages' own forms. `Sec-Fetch-Site` (which no page can set)
 * still tells a same-origin post apart: for exactly that case the request's own origin is returned,
 * for Astro's check to compare; otherwise null and the check sees what the browser sent.
 */
export function withheldSameOrigin(headers: Headers, requestOrigin: string): string | null {
	return headers.get('origin') === 'null' && headers.get('sec-fetch-site') === 'same-origin'
		? requestOrigin
		: null;
}

/**
 * Adds to a Content-Security-Policy (Astro's, with its script and style hashes) each directive of
 * `extra` it does not have yet; a policy of its own stays as it is.
 */
export function mergePolicy(existing: string | null, extra: string): string {
	if (!existing) return extra;
	const name = (directive: string) => directive.trim().split(/\s+/)[0]?.toLowerCase();
	const present = new Set(existing.split(';').map(name).filter(Boolean));
	const missing = extra.split(';').filter((d) => d.trim() && !present.has(name(d)));
	return [existing.replace(/[;\s]+$/, ''), ...missing.map((d) => d.trim())].join('; ');
}
