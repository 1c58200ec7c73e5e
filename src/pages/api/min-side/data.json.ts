import type { APIRoute } from 'astro';
import { json } from '#lib/api/json.server.ts';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { accountDownload } from '#lib/privacy/personal-data.server.ts';

/** Everything stored about the logged-in person, from Min side; `?lang=nn` for nynorsk. */
export const GET: APIRoute = async (ctx) => {
	const user = guardEndpoint(ctx, { kind: 'user' });
	if (user instanceof Response) return user;
	const lang = ctx.url.searchParams.get('lang') === 'nn' ? 'nn' : 'nb';
	const data = await accountDownload(await database(), user.id, lang, config.retentionMonths);
	if (!data) return new Response(null, { status: 404 });
	return json(
		200,
		data,
		{ 'content-disposition': 'attachment; filename="kvp-nettverket.json"' },
		2,
	);
};
