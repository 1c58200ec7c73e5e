/**
 * `/api/progress`: a logged-in user's self-study progress, as JSON.
 *
 * - `POST` `{ "kind": "read", "entry": "regelverk/29" }` or
 *   `{ "kind": "quiz", "entry": "quiz/stonad", "score": 7, "maxScore": 10 }` with the session cookie
 *   stores it (200). Not logged in: 401. Not JSON: 415. Invalid or unknown entry: 400 with the fields.
 * - `GET` lists what is stored (401 when not logged in). `GET ?innlogga` answers `{ signedIn }`.
 *
 * The quiz island asks `?innlogga` after a finished quiz and posts only with a session; anonymous
 * users' progress stays in their browser.
 */
import type { APIRoute } from 'astro';
import { invalid, json, jsonBody } from '#lib/api/json.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { knownEntryIds } from '#lib/self-study/content.ts';
import { progressBodySchema } from '#lib/self-study/progress.schema.ts';
import { listProgress, recordProgress } from '#lib/self-study/progress.server.ts';

export const prerender = false;

/** A progress record is tiny; anything larger is refused unread. */
const MAX_BODY_BYTES = 4 * 1024;

const notLoggedIn = () => json(401, { error: 'Logg inn for å lagre framgangen på kontoen din.' });

export const GET: APIRoute = async ({ locals, url }) => {
	// `?innlogga`: whether there is a session, always 200, so a prerendered page (the quiz) can ask
	// before it posts instead of collecting a 401 for every anonymous reader.
	if (url.searchParams.has('innlogga')) return json(200, { signedIn: Boolean(locals.user) });
	if (!locals.user) return notLoggedIn();
	const rows = await listProgress(await database(), locals.user.id);
	return json(200, {
		progress: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
	});
};

export const POST: APIRoute = async ({ request, locals }) => {
	const user = locals.user;
	if (!user) return notLoggedIn();
	const parsed = await jsonBody(request, progressBodySchema, {
		maxBytes: MAX_BODY_BYTES,
		invalidMessage: 'Ugyldig framgang.',
	});
	if (!parsed.ok) return parsed.response;
	if (!(await knownEntryIds()).has(parsed.value.entry)) {
		const message = `Ukjent oppføring «${parsed.value.entry}».`;
		return invalid([{ path: 'entry', message }], 'Ugyldig framgang.');
	}
	await recordProgress(await database(), user.id, parsed.value);
	return json(200, { ok: true, entry: parsed.value.entry, kind: parsed.value.kind });
};
