/**
 * Refuses bodies the app should never read, before a route reads them: too large (413, judged by
 * Content-Length before a byte is read, or while reading a body without one), too slow (408) and,
 * for actions, JSON that does not parse (400). Astro would otherwise buffer the whole body first
 * and answer malformed JSON with a 500. Limits per route: body-limit.ts.
 */
import { langOfPath, t, type MessageKey } from '#i18n/index.ts';
import { formIssue } from './forms.ts';
import {
	actionNameOf,
	BODY_TIMEOUT_MS,
	bodyKindOf,
	bodyLimitOf,
	hasBody,
	MB,
} from './body-limit.ts';

type Refusal = {
	status: 400 | 408 | 413;
	code: string;
	key: MessageKey;
	params?: Record<string, number>;
};

class TooLarge extends Error {}
class TooSlow extends Error {}

/** Reads a body to its end, but never more than `limit` bytes and never for longer than `timeoutMs`. */
async function readLimited(
	body: ReadableStream<Uint8Array>,
	limit: number,
	timeoutMs: number,
): Promise<Uint8Array> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TooSlow()), timeoutMs);
	});
	try {
		for (;;) {
			const { done, value } = await Promise.race([reader.read(), timeout]);
			if (done) break;
			size += value.byteLength;
			if (size > limit) throw new TooLarge();
			chunks.push(value);
		}
	} catch (error) {
		void reader.cancel().catch(() => undefined);
		throw error;
	} finally {
		clearTimeout(timer);
	}
	return Buffer.concat(chunks);
}

function isJson(request: Request): boolean {
	return (
		(request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ===
		'application/json'
	);
}

async function refusalFor(request: Request, url: URL): Promise<Refusal | null> {
	if (!hasBody(request.method) || request.body === null) return null;
	const kind = bodyKindOf(url);
	const limit = bodyLimitOf(kind);
	const tooLarge: Refusal = {
		status: 413,
		code: 'CONTENT_TOO_LARGE',
		key: 'error.body.tooLarge',
		params: { mb: limit / MB },
	};
	const declared = request.headers.get('content-length');
	if (declared !== null && !/^\d+$/.test(declared.trim()))
		return { status: 400, code: 'BAD_REQUEST', key: 'error.body.malformed' };
	if (declared !== null && Number(declared) > limit) return tooLarge;
	const checkJson = actionNameOf(url) !== null && isJson(request);
	// With a length the server reads no more than it; without one (chunked), read a copy up to the limit.
	if (declared !== null && !checkJson) return null;
	let body: Uint8Array;
	try {
		body = await readLimited(
			request.clone().body as ReadableStream<Uint8Array>,
			limit,
			BODY_TIMEOUT_MS[kind],
		);
	} catch (error) {
		if (error instanceof TooLarge) return tooLarge;
		if (error instanceof TooSlow)
			return { status: 408, code: 'REQUEST_TIMEOUT', key: 'error.body.tooSlow' };
		return { status: 400, code: 'BAD_REQUEST', key: 'error.body.malformed' };
	}
	if (checkJson && body.byteLength > 0) {
		try {
			JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
		} catch {
			return { status: 400, code: 'BAD_REQUEST', key: 'error.body.badJson' };
		}
	}
	return null;
}

/** A response refusing the request, or null to let it through. */
export async function guardRequestBody(request: Request, url: URL): Promise<Response | null> {
	const refusal = await refusalFor(request, url);
	if (!refusal) return null;
	// Close the connection: the client may still be sending a body nobody will read.
	const headers: Record<string, string> = { connection: 'close', 'cache-control': 'no-store' };
	if (url.pathname.startsWith('/_actions/')) {
		// The shape Astro's action client reads as an input error: the key and its parameters as
		// data (an issue for the whole form), read like any action error by `formErrors`.
		const issue = formIssue({ key: refusal.key, params: refusal.params });
		const body = {
			type: 'AstroActionInputError',
			code: refusal.code,
			status: refusal.status,
			message: refusal.key,
			issues: [issue],
		};
		return new Response(JSON.stringify(body), {
			status: refusal.status,
			headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
		});
	}
	const text = t(langOfPath(url.pathname), refusal.key, refusal.params);
	return new Response(text, {
		status: refusal.status,
		headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
	});
}
