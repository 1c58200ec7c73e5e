import type { APIRoute } from 'astro';
import { canView, getGathering } from '#lib/gatherings/gatherings.server.ts';
import { getPresentation } from '#lib/gatherings/presentations.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** A presentation file, for anyone who can see the gathering. */
export const GET: APIRoute = async ({ params, locals }) => {
	const db = await database();
	const g = await getGathering(db, params.id ?? '');
	if (!g || !canView(locals.user, g)) return new Response('Fann ikkje samlinga.', { status: 404 });
	const file = await getPresentation(db, g.id, params.pid ?? '');
	if (!file) return new Response('Fann ikkje fila.', { status: 404 });
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
		},
	});
};
