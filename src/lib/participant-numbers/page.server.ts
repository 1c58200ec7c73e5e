import type { Db } from '#db/client.ts';
import type { Lang } from '#i18n/index.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { recordPage, type PageContext } from '#lib/auth/page.server.ts';
import { networkNumbers, type NetworkNumbers } from './participant-numbers.server.ts';

export interface NumbersPage {
	lang: Lang;
	db: Db;
	data: NetworkNumbers;
	user: CurrentUser;
}

/**
 * The opening of every coordinator page about a network's participant numbers: its language,
 * the network (404 when unknown), and the guard (login, or 403 unless the user coordinates it).
 */
export async function coordinatorNumbersPage(ctx: PageContext): Promise<NumbersPage | Response> {
	const page = await recordPage(
		ctx,
		(db) => networkNumbers(db, ctx.params.networkId ?? ''),
		(data) => ({ kind: 'coordinator', networkId: data.network.id }),
	);
	if (page instanceof Response) return page;
	const { found: data, ...rest } = page;
	return { ...rest, data };
}
