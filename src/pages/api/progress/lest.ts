/**
 * `POST /api/progress/lest`: the "mark as read" button on the prerendered pages, as a plain form
 * (no JavaScript). Stores the mark for a logged-in user, then sends everyone on (303) to the progress
 * page, which confirms it and keeps it in the browser's localStorage too. Same-origin form posts only:
 * Astro's `security.checkOrigin` refuses others before they get here.
 */
import type { APIRoute } from 'astro';
import { isLang, localePath } from '#i18n/index.ts';
import { database } from '#lib/platform/db.server.ts';
import { knownEntryIds } from '#lib/self-study/content.ts';
import { isLocalPath, PROGRESS } from '#lib/self-study/links.ts';
import { recordProgress } from '#lib/self-study/progress.server.ts';

export const prerender = false;

/** Only a self-study page may be the next stop after the confirmation. */
const NEXT = /^(\/nn)?\/sjolvstudium(\/|$)/;

export const POST: APIRoute = async ({ request, locals, redirect }) => {
	const form = await request.formData().catch(() => null);
	const entry = form?.get('entry');
	const langValue = form?.get('lang');
	const lang = isLang(langValue) ? langValue : 'nb';
	if (typeof entry !== 'string' || !(await knownEntryIds()).has(entry)) {
		return new Response('Ukjend side: det er ingenting å merkje som lese.', {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		});
	}
	if (locals.user) await recordProgress(await database(), locals.user.id, { kind: 'read', entry });
	const params = new URLSearchParams({ lest: entry });
	const next = form?.get('next');
	if (typeof next === 'string' && isLocalPath(next) && NEXT.test(next)) params.set('neste', next);
	return redirect(`${localePath(lang, PROGRESS)}?${params.toString()}`, 303);
};

export const GET: APIRoute = () => new Response(null, { status: 405, headers: { allow: 'POST' } });
