import type { APIContext } from 'astro';
import { langOfPath, type Lang } from '#i18n/index.ts';
import { guardEndpoint } from '#lib/auth/guards.server.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { networkNumbers, type NetworkNumbers } from './participant-numbers.server.ts';

/** The opening of a file endpoint for a network's coordinators: 404, 401 or 403 as a Response. */
export async function coordinatorFile(ctx: APIContext): Promise<
	| {
			data: NetworkNumbers;
			user: CurrentUser;
			lang: Lang;
			db: Awaited<ReturnType<typeof database>>;
	  }
	| Response
> {
	const db = await database();
	const data = await networkNumbers(db, ctx.params.networkId ?? '');
	if (!data) return new Response('Fann ikkje nettverket.', { status: 404 });
	const user = guardEndpoint(ctx, { kind: 'coordinator', networkId: data.network.id });
	if (user instanceof Response) return user;
	const asked = ctx.url.searchParams.get('lang') ?? ctx.url.searchParams.get('sprak');
	return {
		data,
		user,
		db,
		lang: asked === 'nn' || asked === 'nb' ? asked : langOfPath(ctx.url.pathname),
	};
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
