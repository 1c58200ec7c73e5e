import type { APIRoute } from 'astro';
import { coordinatorFile, download, DOCX } from '#lib/participant-numbers/endpoint.server.ts';
import { letterDocx } from '#lib/participant-numbers/exports.server.ts';
import { letterFor } from '#lib/participant-numbers/letters.server.ts';

/** The follow-up letter as a Word document, for the coordinator to send from their own system. */
export const GET: APIRoute = async (ctx) => {
	const opened = await coordinatorFile(ctx);
	if (opened instanceof Response) return opened;
	const { db, data, lang, user } = opened;
	const draft = await letterFor(db, data, ctx.params.officeId ?? '', lang, user);
	if (!draft) return new Response('Fann ikkje kontoret.', { status: 404 });
	return download(
		await letterDocx(draft.text, draft.office.name),
		DOCX,
		`brev-kvp-${draft.office.id}.docx`,
	);
};
