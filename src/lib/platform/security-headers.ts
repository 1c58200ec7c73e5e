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
		'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
		'x-frame-options': 'DENY',
		'x-content-type-options': 'nosniff',
		...(secure ? { 'strict-transport-security': HSTS } : {}),
	};
}

/** Pages whose address is a secret: a registration's manage link, a survey link, a password reset. */
export function holdsPersonalToken(pathname: string): boolean {
	return /^(?:\/nn)?\/(?:pamelding\/[^/]+|undersoking\/[^/]+|nytt-passord(?:\/|$))|^\/api\/pamelding\//.test(pathname);
}

/**
 * Headers for what one person sees: never cached anywhere, and for a secret address, never sent to
 * another site as a Referer. A response is personal when its address holds a token or it was
 * rendered for a signed-in user (Min side, every admin and coordinator page, the "logged in as").
 *
 * `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null` with every
 * form post from the page, and the origin check then refuses the page's own forms (cancel a
 * registration, answer a survey, set a new password). `same-origin` sends nothing to other sites,
 * which is the protection wanted; the site itself already knows the token. See ADR 010.
 */
export function personalHeaders(pathname: string, signedIn: boolean): Record<string, string> {
	const token = holdsPersonalToken(pathname);
	return {
		...(token || signedIn ? { 'cache-control': 'no-store' } : {}),
		...(token ? { 'referrer-policy': 'same-origin' } : {}),
	};
}
