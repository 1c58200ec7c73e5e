/**
 * The plumbing of every API route under src/pages/api/ that answers JSON: JSON in, JSON out.
 *
 * - `json()` answers with the JSON headers (UTF-8, `no-store`, `nosniff`).
 * - `jsonBody()` reads a POST body with `content-type: application/json` only (415 otherwise), at
 *   most `maxBytes` (413), and validates it with a zod schema: malformed JSON or invalid input is
 *   a 400 with `errors: [{ path, message }]`, one per invalid field, messages in bokmål.
 * - `postHandler()` is the rules API's (`/api/rules/*`) whole POST: nothing there is a 500 (the
 *   engine never throws for bad input), and anything unexpected is logged with the request id and
 *   answered with a 500 that carries no stack trace. Wrong method: 405 with `Allow: POST`.
 *
 * The calculations are pure and the answers hold no personal data beyond what was sent, so the
 * rules API needs no session. A cross-origin JSON POST needs a CORS preflight, which gets a 405 and
 * no `Access-Control-Allow-*` headers: browsers on other origins cannot call it. Astro's
 * `security.checkOrigin` refuses cross-origin form-style posts (403) before they reach us.
 */
import type { APIContext, APIRoute } from 'astro';
import type { z } from 'zod';
import { log } from '#lib/platform/log.server.ts';
import { toFieldErrors } from '#lib/rules/index.ts';

/** Larger bodies get 413. 64 KB holds far more facts than any real case has. */
export const MAX_BODY_BYTES = 64 * 1024;

export type FieldError = { path: string; message: string };

/** What a calculation gives back: the engine's `Outcome`. */
export type Computed = { ok: true; result: unknown } | { ok: false; errors: FieldError[] };

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'cache-control': 'no-store',
	'x-content-type-options': 'nosniff',
};

/** A JSON answer; `indent` for a file people download and read (2 spaces). */
export function json(
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
	indent?: number,
): Response {
	return new Response(JSON.stringify(body, null, indent), {
		status,
		headers: { ...HEADERS, ...headers },
	});
}

/** A 4xx answer: `error` says what went wrong as a whole, `errors` names the fields. */
function problem(
	status: number,
	error: string,
	errors: FieldError[] = [],
	headers?: Record<string, string>,
): Response {
	return json(status, { error, errors }, headers);
}

function countText(n: number): string {
	return n === 1 ? '1 felt er ugyldig' : `${n} felt er ugyldige`;
}

/**
 * 400 with every invalid field. A path of '' means the body as a whole. `error` says what was
 * wrong as a whole; by default, how many fields and which.
 */
export function invalid(errors: FieldError[], error?: string): Response {
	const named = errors.map((e) => (e.path === '' ? '(hele kroppen)' : e.path)).join(', ');
	return problem(400, error ?? `Ugyldig input: ${countText(errors.length)}: ${named}.`, errors);
}

class BodyError extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

function isJsonContentType(value: string | null): boolean {
	if (value === null) return false;
	const type = value.split(';')[0]?.trim().toLowerCase();
	return type === 'application/json';
}

const tooLarge = (maxBytes: number) =>
	new BodyError(413, `Kroppen er for stor: høyst ${Math.ceil(maxBytes / 1024)} KB.`);

/** Reads at most `maxBytes`; stops reading as soon as the body is too large. */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
	const declared = request.headers.get('content-length');
	if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
	if (request.body === null) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw tooLarge(maxBytes);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** The request's JSON body, or a BodyError with the status and a Norwegian message. */
async function readJson(request: Request, maxBytes: number): Promise<unknown> {
	if (!isJsonContentType(request.headers.get('content-type'))) {
		throw new BodyError(415, 'Kroppen må være JSON, sendt med «content-type: application/json».');
	}
	let bytes: Uint8Array;
	try {
		bytes = await readBody(request, maxBytes);
	} catch (error) {
		if (error instanceof BodyError) throw error;
		throw new BodyError(400, 'Kunne ikke lese kroppen i forespørselen.');
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new BodyError(400, 'Kroppen er ikke gyldig UTF-8.');
	}
	if (text.trim() === '') {
		throw new BodyError(400, 'Kroppen er tom. Send faktaene som et JSON-objekt.');
	}
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
		throw new BodyError(400, `Kroppen er ikke gyldig JSON${detail}.`);
	}
}

/** The answer to a body that could not be read: its status, the message, and for 415 what to send. */
function bodyProblem(error: BodyError): Response {
	const headers: Record<string, string> =
		error.status === 415 ? { 'accept-post': 'application/json' } : {};
	return problem(error.status, error.message, [{ path: '', message: error.message }], headers);
}

/**
 * A POST's JSON body, read and checked with `schema`: the parsed value, or the answer to send
 * (415, 413, or 400 naming every invalid field; `invalidMessage` says what was wrong as a whole).
 */
export async function jsonBody<S extends z.ZodType>(
	request: Request,
	schema: S,
	{
		maxBytes = MAX_BODY_BYTES,
		invalidMessage,
	}: { maxBytes?: number; invalidMessage?: string } = {},
): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: Response }> {
	let body: unknown;
	try {
		body = await readJson(request, maxBytes);
	} catch (error) {
		if (error instanceof BodyError) return { ok: false, response: bodyProblem(error) };
		throw error;
	}
	const parsed = schema.safeParse(body);
	return parsed.success
		? { ok: true, value: parsed.data }
		: { ok: false, response: invalid(toFieldErrors(parsed.error), invalidMessage) };
}

/**
 * A POST handler around a calculation: reads the JSON body, calls `compute(body, context)`, and
 * answers 200 with the result or 400 with the field errors.
 */
export function postHandler(
	name: string,
	compute: (body: unknown, context: APIContext) => Computed,
): APIRoute {
	return async (context) => {
		try {
			let body: unknown;
			try {
				body = await readJson(context.request, MAX_BODY_BYTES);
			} catch (error) {
				if (error instanceof BodyError) return bodyProblem(error);
				throw error;
			}
			const outcome = compute(body, context);
			return outcome.ok ? json(200, outcome.result) : invalid(outcome.errors);
		} catch (error) {
			log.error({ err: error, endpoint: name }, 'rules API failed');
			return problem(500, 'Noe gikk galt hos oss. Prøv igjen senere.');
		}
	};
}

/** Every other method: 405 with `Allow: POST`. */
export const methodNotAllowed: APIRoute = ({ request }) =>
	problem(405, `Metoden ${request.method} er ikke tillatt her. Bruk POST med JSON.`, [], {
		allow: 'POST',
	});
