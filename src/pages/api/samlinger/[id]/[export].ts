import type { APIRoute } from 'astro';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import { participantsCsv, participantsXlsx } from '#lib/gatherings/exports.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { participantOverview } from '#lib/gatherings/participants.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { langOfPath } from '../../../../i18n/index.ts';

/** deltakarar.csv and deltakarar.xlsx for the gathering's coordinators. */
export const GET: APIRoute = async (ctx) => {
	const format = ctx.params.export === 'deltakarar.csv' ? 'csv' : ctx.params.export === 'deltakarar.xlsx' ? 'xlsx' : null;
	if (!format) return new Response('Fann ikkje fila.', { status: 404 });
	const db = await database();
	const g = await getGathering(db, ctx.params.id ?? '');
	if (!g) return new Response('Fann ikkje samlinga.', { status: 404 });
	const user = guardEndpoint(ctx, { kind: 'coordinator', networkId: g.networkId });
	if (user instanceof Response) return user;
	const lang = ctx.url.searchParams.get('lang') === 'nn' ? 'nn' : langOfPath(ctx.url.pathname);
	const overview = await participantOverview(db, g.id);
	const name = `deltakarar-${g.date}`;
	const headers = { 'cache-control': 'no-store' };
	if (format === 'csv') {
		return new Response(participantsCsv(overview, lang), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` } });
	}
	const body = await participantsXlsx(overview, lang, g.title);
	return new Response(new Uint8Array(body), {
		headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${name}.xlsx"` },
	});
};
