/**
 * Share a case by link: the facts travel in the URL as base64url-encoded JSON (`?fakta=…`), so
 * nothing is stored on the server. The same code runs in the island (to make the link) and in the
 * page (to open it, server-side, so the page renders the shared case even without JavaScript).
 */
import { checkEligibilityFacts, type EligibilityFacts } from '#lib/rules/browser.ts';

/** The query parameter that carries the facts. */
export const FACTS_PARAM = 'fakta';
/** Present (`=1`) when the answer should stay hidden until the recipient has predicted. */
export const PREDICT_PARAM = 'spaa';
/** Links longer than this are refused when read: a real case encodes to well under 2 000. */
const MAX_ENCODED_LENGTH = 8_000;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** The facts as a URL-safe string (UTF-8 JSON, base64url, no padding). */
export function encodeFacts(facts: unknown): string {
	return toBase64Url(new TextEncoder().encode(JSON.stringify(facts)));
}

/** The facts in a shared link, validated; null if the text is not a valid encoding of valid facts. */
export function decodeFacts(text: string): EligibilityFacts | null {
	if (text.length === 0 || text.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) {
		return null;
	}
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(text));
		const parsed = checkEligibilityFacts(JSON.parse(json));
		return parsed.ok ? parsed.value : null;
	} catch {
		return null;
	}
}

/** The full link to the playground page with the facts, in the page's language. */
export function shareUrl(
	origin: string,
	path: string,
	facts: unknown,
	options: { predict?: boolean } = {},
): string {
	const params = new URLSearchParams({ [FACTS_PARAM]: encodeFacts(facts) });
	if (options.predict === true) params.set(PREDICT_PARAM, '1');
	return `${origin}${path}?${params.toString()}`;
}
