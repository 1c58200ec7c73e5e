import type { APIContext } from 'astro';
import { ActionError } from 'astro:actions';
import type { Db } from '#db/client.ts';
import type { Lang } from '#i18n/index.ts';
import { requireCoordinator } from '#lib/auth/guards.server.ts';
import type { CurrentUser } from '#lib/auth/index.server.ts';
import { lookupPage, recordEndpoint, recordPage, type PageContext } from '#lib/auth/page.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { canView, getGathering } from './gatherings.server.ts';

export type Gathering = NonNullable<Awaited<ReturnType<typeof getGathering>>>;

export interface CoordinatorPage {
	lang: Lang;
	db: Db;
	g: Gathering;
	user: CurrentUser;
}

/**
 * The opening of every coordinator page about one gathering: its language, the gathering (404
 * when unknown), and the guard (login, or 403 unless the user coordinates its network).
 */
export async function coordinatorPage(ctx: PageContext): Promise<CoordinatorPage | Response> {
	const page = await recordPage(
		ctx,
		(db) => getGathering(db, ctx.params.id ?? ''),
		(g) => ({ kind: 'coordinator', networkId: g.networkId }),
	);
	if (page instanceof Response) return page;
	const { found: g, ...rest } = page;
	return { ...rest, g };
}

/**
 * The opening of a coordinator's file endpoint about one gathering (exports, the report): the
 * gathering (404 when unknown), the guard (a plain 401 or 403), and the file's language.
 */
export async function coordinatorEndpoint(
	ctx: Pick<APIContext, 'params' | 'locals' | 'url'>,
): Promise<CoordinatorPage | Response> {
	const opened = await recordEndpoint(
		ctx,
		(db) => getGathering(db, ctx.params.id ?? ''),
		(g) => ({ kind: 'coordinator', networkId: g.networkId }),
		'Fann ikkje samlinga.',
	);
	if (opened instanceof Response) return opened;
	const { found: g, ...rest } = opened;
	return { ...rest, g };
}

/**
 * The opening of a participant's page about one gathering: its language, and the gathering, 404
 * when unknown or not visible to this user (a draft is seen only by its coordinators).
 */
export async function gatheringPage(
	ctx: Pick<PageContext, 'params' | 'rewrite' | 'locals'>,
): Promise<{ lang: Lang; db: Db; g: Gathering } | Response> {
	const page = await lookupPage(ctx, async (db) => {
		const g = await getGathering(db, ctx.params.id ?? '');
		return g && canView(ctx.locals.user, g) ? g : undefined;
	});
	if (page instanceof Response) return page;
	const { found: g, ...rest } = page;
	return { ...rest, g };
}

/**
 * For action handlers: the gathering an action is about (NOT_FOUND when unknown), after checking
 * that the user coordinates its network (UNAUTHORIZED/FORBIDDEN otherwise).
 */
export async function coordinatedGathering(
	ctx: Parameters<typeof requireCoordinator>[0],
	gatheringId: string,
): Promise<{ db: Db; g: Gathering; user: CurrentUser }> {
	const db = await database();
	const g = await getGathering(db, gatheringId);
	if (!g) throw new ActionError({ code: 'NOT_FOUND', message: 'error.gathering.notFound' });
	const user = requireCoordinator(ctx, g.networkId);
	return { db, g, user };
}
