import type { APIRoute } from 'astro';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import { gatheringReport, reportMarkdown } from '#lib/exercises/report.server.ts';
import { getGathering } from '#lib/gatherings/gatherings.server.ts';
import { database } from '#lib/platform/db.server.ts';

/** The day's report as Markdown, for Word and other editors. */
export const GET: APIRoute = async (ctx) => {
	const db = await database();
	const g = await getGathering(db, ctx.params.id ?? '');
	if (!g) return new Response('Fann ikkje samlinga.', { status: 404 });
	const user = guardEndpoint(ctx, { kind: 'coordinator', networkId: g.networkId });
	if (user instanceof Response) return user;
	const body = reportMarkdown(g.title, g.date, await gatheringReport(db, g.id));
	return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="rapport-${g.date}.md"` } });
};
