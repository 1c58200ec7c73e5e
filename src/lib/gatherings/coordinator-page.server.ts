import { ActionError } from 'astro:actions';
import type { Db } from '#db/client.ts';
import type { Lang } from '#i18n/index.ts';
import type { CurrentUser } from '#lib/auth/accounts.server.ts';
import { requireCoordinator } from '#lib/auth/guards.server.ts';
import { recordPage, type PageContext } from '#lib/auth/page.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { getGathering } from './gatherings.server.ts';

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
