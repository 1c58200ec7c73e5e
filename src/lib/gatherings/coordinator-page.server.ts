import type { APIContext } from 'astro';
import type { Db } from '#db/client.ts';
import { localePath, type Lang } from '#i18n/index.ts';
import { guardPage } from '#lib/auth/guards.server.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { pageLang } from '#lib/platform/page.ts';
import { getGathering } from './gatherings.server.ts';

type PageContext = Pick<
	APIContext,
	'params' | 'locals' | 'url' | 'currentLocale' | 'redirect' | 'rewrite'
>;

export interface CoordinatorPage {
	lang: Lang;
	db: Db;
	g: NonNullable<Awaited<ReturnType<typeof getGathering>>>;
	user: CurrentUser;
}

/**
 * The opening of every coordinator page about one gathering: its language, the gathering (404
 * when unknown), and the guard (login, or 403 unless the user coordinates its network).
 */
export async function coordinatorPage(ctx: PageContext): Promise<CoordinatorPage | Response> {
	const lang = pageLang(ctx.params);
	if (!lang) return ctx.rewrite('/404');
	const db = await database();
	const g = await getGathering(db, ctx.params.id ?? '');
	if (!g) return ctx.rewrite(localePath(lang, '/404'));
	const user = await guardPage(ctx, { kind: 'coordinator', networkId: g.networkId });
	if (user instanceof Response) return user;
	return { lang, db, g, user };
}
