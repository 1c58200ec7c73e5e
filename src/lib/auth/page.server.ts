import type { APIContext } from 'astro';
import type { Db } from '#db/client.ts';
import { langOfPath, localePath, type Lang } from '#i18n/index.ts';
import { database } from '#lib/platform/db.server.ts';
import { pageLang } from '#lib/platform/page.ts';
import type { CurrentUser } from './accounts.server.ts';
import { guardEndpoint, guardPage } from './guards.server.ts';
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
 * The opening of a page about one record that anyone may see who can find it: its language (404
 * for an unknown locale) and the record (`find`; 404 when unknown, or when `find` hides it).
 */
export async function lookupPage<T>(
	ctx: Pick<PageContext, 'params' | 'rewrite'>,
	find: (db: Db) => Promise<T | null | undefined>,
): Promise<{ lang: Lang; db: Db; found: T } | Response> {
	const lang = pageLang(ctx.params);
	if (!lang) return ctx.rewrite('/404');
	const db = await database();
	const found = await find(db);
	if (!found) return ctx.rewrite(localePath(lang, '/404'));
	return { lang, db, found };
}

/**
 * The opening of a page about one record for signed-in users: `lookupPage`, then the guard the
 * record asks for (`need`: login, or 403 when not met).
 */
export async function recordPage<T>(
	ctx: PageContext,
	find: (db: Db) => Promise<T | null | undefined>,
	need: (found: T) => Need,
): Promise<(SignedInPage & { found: T }) | Response> {
	const page = await lookupPage(ctx, find);
	if (page instanceof Response) return page;
	const user = await guardPage(ctx, need(page.found));
	if (user instanceof Response) return user;
	return { ...page, user };
}

/** A download's language: `?lang=` (or `?sprak=`) when it is nb or nn, else the address's. */
export function downloadLang(url: URL): Lang {
	const asked = url.searchParams.get('lang') ?? url.searchParams.get('sprak');
	return asked === 'nn' || asked === 'nb' ? asked : langOfPath(url.pathname);
}

/**
 * The opening of an endpoint (a file, an export, a stream) about one record for signed-in users:
 * the record (`find`; 404 with `notFound` when unknown), then the guard the record asks for (a
 * plain 401 or 403), and the language the file is wanted in.
 */
export async function recordEndpoint<T>(
	ctx: Pick<APIContext, 'locals' | 'url'>,
	find: (db: Db) => Promise<T | null | undefined>,
	need: (found: T) => Need,
	notFound: string,
): Promise<(SignedInPage & { found: T }) | Response> {
	const db = await database();
	const found = await find(db);
	if (!found) return new Response(notFound, { status: 404 });
	const user = guardEndpoint(ctx, need(found));
	if (user instanceof Response) return user;
	return { lang: downloadLang(ctx.url), db, found, user };
}
