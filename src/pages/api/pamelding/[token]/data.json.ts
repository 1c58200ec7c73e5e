import type { APIRoute } from 'astro';
import { findByToken, personalData } from '#lib/gatherings/registrations.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** Everything stored about the person behind a personal link. */
export const GET: APIRoute = async ({ params }) => {
	const found = await findByToken(await database(), params.token ?? '');
	if (!found) return Response.json({ error: 'Lenkja er ugyldig, eller påmeldinga er sletta.' }, { status: 404 });
	return new Response(JSON.stringify(personalData(found), null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="pamelding.json"', 'cache-control': 'no-store' },
	});
};
