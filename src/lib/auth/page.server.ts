import type { APIContext } from 'astro';
import type { Db } from '#db/client.ts';
import { localePath, type Lang } from '#i18n/index.ts';
import { database } from '#lib/platform/db.server.ts';
import { pageLang } from '#lib/platform/page.ts';
import type { CurrentUser } from './accounts.server.ts';
import { guardPage } from './guards.server.ts';
import type { Need } from './policy.ts';

export type PageContext = Pick<
	APIContext,
	'params' | 'locals' | 'url' | 'currentLocale' | 'redirect' | 'rewrite'
>;

/** What a page for signed-in users starts from once it may be shown. */
export interface SignedInPage {
	lang: Lang;
	db: Db;
	user: CurrentUser;
}

/**
 * The opening of a page about no one record (the admin pages, the coordinator's overview): its
 * language (404 for an unknown locale), then the guard (login, or 403 unless `need` is met).
 * The response is personal, so src/fetch.ts marks it `no-store`.
 */
export async function signedInPage(ctx: PageContext, need: Need): Promise<SignedInPage | Response> {
	const lang = pageLang(ctx.params);
	if (!lang) return ctx.rewrite('/404');
	const user = await guardPage(ctx, need);
	if (user instanceof Response) return user;
	return { lang, db: await database(), user };
}

/**
 * The opening of a page about one record: its language, the record (`find`; 404 when unknown),
 * then the guard the record asks for (`need`: login, or 403 when not met).
 */
export async function recordPage<T>(
	ctx: PageContext,
	find: (db: Db) => Promise<T | null | undefined>,
	need: (found: T) => Need,
): Promise<(SignedInPage & { found: T }) | Response> {
	const lang = pageLang(ctx.params);
	if (!lang) return ctx.rewrite('/404');
	const db = await database();
	const found = await find(db);
	if (!found) return ctx.rewrite(localePath(lang, '/404'));
	const user = await guardPage(ctx, need(found));
	if (user instanceof Response) return user;
	return { lang, db, found, user };
}
