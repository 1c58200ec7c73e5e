import type { APIContext } from 'astro';
import type { Db } from '#db/client.ts';
import type { Lang } from '#i18n/index.ts';
import { database } from './db.server.ts';
import { pageLang } from './page.ts';

/** What a page reached by a link with a secret or a code starts from. */
export interface TokenPage<T> {
	lang: Lang;
	db: Db;
	/** What the address names; undefined when it names nothing (the page then answers 404). */
	found: T | undefined;
}

/**
 * The opening of a page reached without login by a secret or a code in its address (a
 * registration's manage link, a survey link, a survey's open code, a group's code): its language
 * (404 for an unknown locale), never indexed nor cached, and what the address names (`find`).
 * An address that names nothing still renders, with status 404, so the person reads why in their
 * language. (src/fetch.ts also marks the secret addresses `no-store`; a group's code is not one.)
 */
export async function tokenPage<T>(
	ctx: Pick<APIContext, 'params' | 'rewrite'> & {
		response: { headers: Headers; status?: number | undefined };
	},
	find: (db: Db) => Promise<T | null | undefined>,
): Promise<TokenPage<T> | Response> {
	const lang = pageLang(ctx.params);
	if (!lang) return ctx.rewrite('/404');
	ctx.response.headers.set('cache-control', 'no-store');
	ctx.response.headers.set('x-robots-tag', 'noindex');
	const db = await database();
	const found = (await find(db)) ?? undefined;
	if (!found) ctx.response.status = 404;
	return { lang, db, found };
}
