import type { APIRoute } from 'astro';
import { canView, getGathering } from '#lib/gatherings/gatherings.server.ts';
import { gatheringIcs } from '#lib/gatherings/calendar.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** "Legg til i kalender": the gathering as an .ics file. */
export const GET: APIRoute = async ({ params, locals }) => {
	const g = await getGathering(await database(), params.id ?? '');
	if (!g || !canView(locals.user, g)) return new Response('Fann ikkje samlinga.', { status: 404 });
	return new Response(gatheringIcs(g, config.publicOrigin), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="samling.ics"',
		},
	});
};
