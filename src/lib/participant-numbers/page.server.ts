import type { APIContext } from 'astro';
import type { Db } from '#db/client.ts';
import { localePath, type Lang } from '#i18n/index.ts';
import { guardPage } from '#lib/auth/guards.server.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { pageLang } from '#lib/platform/page.ts';
import { networkNumbers, type NetworkNumbers } from './participant-numbers.server.ts';

type PageContext = Pick<
	APIContext,
	'params' | 'locals' | 'url' | 'currentLocale' | 'redirect' | 'rewrite'
>;

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
	const lang = pageLang(ctx.params);
	if (!lang) return ctx.rewrite('/404');
	const db = await database();
	const data = await networkNumbers(db, ctx.params.networkId ?? '');
	if (!data) return ctx.rewrite(localePath(lang, '/404'));
	const user = await guardPage(ctx, { kind: 'coordinator', networkId: data.network.id });
	if (user instanceof Response) return user;
	return { lang, db, data, user };
}
