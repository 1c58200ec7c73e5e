import type { APIRoute } from 'astro';
import { gatheringReport, reportDocx, reportMarkdown } from '#lib/gatherings/report.server.ts';
import { participantsCsv, participantsXlsx } from '#lib/gatherings/exports.server.ts';
import { coordinatorEndpoint } from '#lib/gatherings/coordinator-page.server.ts';
import { participantOverview } from '#lib/gatherings/participants.server.ts';

const TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	md: 'text/markdown; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * deltakarar.csv and deltakarar.xlsx, and the day's report as rapport.md and rapport.docx, for the
 * gathering's coordinators, in the language of the page they are downloaded from (?lang=nn).
 */
export const GET: APIRoute = async (ctx) => {
	const [, file, format] =
		/^(deltakarar|rapport)\.(csv|xlsx|md|docx)$/.exec(ctx.params.export ?? '') ?? [];
	const kind =
		file === 'deltakarar' && (format === 'csv' || format === 'xlsx')
			? format
			: file === 'rapport' && (format === 'md' || format === 'docx')
				? format
				: null;
	if (!kind) return new Response('Fann ikkje fila.', { status: 404 });
	const opened = await coordinatorEndpoint(ctx);
	if (opened instanceof Response) return opened;
	const { db, g, lang } = opened;
	const body =
		kind === 'csv'
			? participantsCsv(await participantOverview(db, g.id), lang)
			: kind === 'xlsx'
				? await participantsXlsx(await participantOverview(db, g.id), lang, g.title)
				: kind === 'md'
					? reportMarkdown(lang, g, await gatheringReport(db, g.id))
					: await reportDocx(lang, g, await gatheringReport(db, g.id));
	const name = file === 'rapport' ? `rapport-${g.date}-${lang}` : `deltakarar-${g.date}`;
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'cache-control': 'no-store',
			'content-type': TYPES[kind],
			'content-disposition': `attachment; filename="${name}.${kind}"`,
		},
	});
};
