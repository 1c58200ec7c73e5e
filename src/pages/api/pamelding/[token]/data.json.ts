import type { APIRoute } from 'astro';
import { findByToken } from '#lib/gatherings/registrations.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { registrationDownload } from '#lib/privacy/personal-data.server.ts';

/** Everything stored about the person behind a personal link, in the language they registered in. */
export const GET: APIRoute = async ({ params }) => {
	const db = await database();
	const found = await findByToken(db, params.token ?? '');
	if (!found)
		return Response.json(
			{ error: 'Lenkja er ugyldig, eller påmeldinga er sletta.' },
			{ status: 404 },
		);
	return new Response(
		JSON.stringify(await registrationDownload(db, found, config.retentionMonths), null, 2),
		{
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': 'attachment; filename="pamelding.json"',
				'cache-control': 'no-store',
			},
		},
	);
};
