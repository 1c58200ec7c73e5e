import type { APIContext } from 'astro';
import type { Db } from '#db/client.ts';
import type { Lang } from '#i18n/index.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { recordEndpoint } from '#lib/auth/page.server.ts';
import { networkNumbers, type NetworkNumbers } from './participant-numbers.server.ts';

/** The opening of a file endpoint for a network's coordinators: 404, 401 or 403 as a Response. */
export async function coordinatorFile(
	ctx: APIContext,
): Promise<{ data: NetworkNumbers; user: CurrentUser; lang: Lang; db: Db } | Response> {
	const opened = await recordEndpoint(
		ctx,
		(db) => networkNumbers(db, ctx.params.networkId ?? ''),
		(data) => ({ kind: 'coordinator', networkId: data.network.id }),
		'Fann ikkje nettverket.',
	);
	if (opened instanceof Response) return opened;
	const { found: data, ...rest } = opened;
	return { ...rest, data };
}

export function download(body: string | Uint8Array, type: string, filename: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'cache-control': 'no-store',
			'content-type': type,
			'content-disposition': `attachment; filename="${filename}"`,
		},
	});
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
