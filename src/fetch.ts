/**
 * The request pipeline's entry (Astro 7's fetch file): Astro's own pipeline, with the origin check
 * on, between two small steps. See docs/decisions/010.
 *
 * Before: only a trusted reverse proxy (TRUSTED_PROXIES) can influence the request.
 * - The client address (`ctx.clientAddress`, used by rate limits, login throttling and the log)
 *   is the socket peer, or what a trusted proxy forwarded for it.
 * - A request a trusted proxy forwarded from exactly PUBLIC_ORIGIN gets that origin as its URL,
 *   so Astro's origin check compares the browser's `Origin: https://…` with the address the
 *   browser used, not with the proxy's plain-http hop.
 * - A same-origin form post from a no-referrer page (the browser sends `Origin: null`, but
 *   `Sec-Fetch-Site: same-origin`) is given its own origin for the check to compare.
 * After: the security headers, and no-store and no Referer on personal responses.
 */
import { astro, FetchState } from 'astro/fetch';
import { config } from '#lib/platform/config.server.ts';
import {
	clientAddress,
	compileTrust,
	forwardedOrigin,
	type ProxyTrust,
} from '#lib/platform/forwarded.server.ts';
import {
	baselineHeaders,
	mergePolicy,
	personalHeaders,
	withheldSameOrigin,
} from '#lib/platform/security-headers.ts';

let trust: { list: string; fn: ProxyTrust } | undefined;
function proxyTrust(): ProxyTrust {
	const list = config.trustedProxies;
	if (trust?.list !== list) trust = { list, fn: compileTrust(list) };
	return trust.fn;
}

function applyProxy(state: FetchState): void {
	const peer = state.clientAddress;
	if (!peer || state.routeData?.prerender) return;
	const trusted = proxyTrust();
	state.clientAddress = clientAddress(peer, state.request.headers.get('x-forwarded-for'), trusted);
	const origin = forwardedOrigin(peer, state.request.headers, trusted, config.publicOrigin);
	if (origin && origin !== state.url.origin) {
		state.url = new URL(state.url.pathname + state.url.search, origin);
		state.request = new Request(state.url, state.request);
	}
}

/** Adds `defaults` where the response has no such header (the policy merged), and sets `overrides`. */
function restoreWithheldOrigin(state: FetchState): void {
	const origin = withheldSameOrigin(state.request.headers, state.url.origin);
	if (!origin) return;
	const headers = new Headers(state.request.headers);
	headers.set('origin', origin);
	state.request = new Request(state.request, { headers });
}

function withHeaders(
	response: Response,
	defaults: Record<string, string>,
	overrides: Record<string, string>,
): Response {
	const apply = (out: Response) => {
		for (const [name, value] of Object.entries(defaults)) {
			// Astro sends its own policy (script and style hashes) on rendered pages: ours joins it.
			if (name === 'content-security-policy')
				out.headers.set(name, mergePolicy(out.headers.get(name), value));
			else if (!out.headers.has(name)) out.headers.set(name, value);
		}
		for (const [name, value] of Object.entries(overrides)) out.headers.set(name, value);
		return out;
	};
	try {
		return apply(response);
	} catch {
		// Some responses (redirects, fetched files) have immutable headers: copy those first.
		return apply(new Response(response.body, response));
	}
}

export default {
	async fetch(request: Request): Promise<Response> {
		const state = new FetchState(request);
		applyProxy(state);
		restoreWithheldOrigin(state);
		const response = await astro(state);
		const signedIn = Boolean((state.locals as Partial<App.Locals>).user);
		return withHeaders(
			response,
			baselineHeaders(config.secureCookies),
			personalHeaders(state.url.pathname, signedIn, config.secureCookies),
		);
	},
};
