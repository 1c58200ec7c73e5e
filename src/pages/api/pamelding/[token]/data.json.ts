import type { APIRoute } from 'astro';
import { json } from '#lib/api/json.server.ts';
import { findByToken } from '#lib/gatherings/registrations.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { registrationDownload } from '#lib/privacy/personal-data.server.ts';

/** Everything stored about the person behind a personal link, in the language they registered in. */
export const GET: APIRoute = async ({ params }) => {
	const db = await database();
	const found = await findByToken(db, params.token ?? '');
	if (!found) return json(404, { error: 'Lenkja er ugyldig, eller påmeldinga er sletta.' });
	return json(
		200,
		await registrationDownload(db, found, config.retentionMonths),
		{ 'content-disposition': 'attachment; filename="pamelding.json"' },
		2,
	);
};
