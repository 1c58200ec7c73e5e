import type { APIContext } from 'astro';
import { ActionError } from 'astro:actions';
import { langOf, localePath } from '#i18n/index.ts';
import type { CurrentUser } from './accounts.server.ts';
import { decide, type Need } from './policy.ts';

type Ctx = Pick<APIContext, 'locals'>;

/** For action handlers: the signed-in user, or an ActionError (401/403) when the need is not met. */
function requireAccess(ctx: Ctx, need: Need): CurrentUser {
	const user = ctx.locals.user;
	const decision = decide(user, need);
	if (decision === 'unauthenticated')
		throw new ActionError({ code: 'UNAUTHORIZED', message: 'error.auth.required' });
	if (decision === 'forbidden')
		throw new ActionError({ code: 'FORBIDDEN', message: 'error.auth.forbidden' });
	return user as CurrentUser;
}

export const requireUser = (ctx: Ctx) => requireAccess(ctx, { kind: 'user' });
export const requireAdmin = (ctx: Ctx) => requireAccess(ctx, { kind: 'admin' });
export const requireCoordinator = (ctx: Ctx, networkId?: string) =>
	requireAccess(
		ctx,
		networkId === undefined ? { kind: 'coordinator' } : { kind: 'coordinator', networkId },
	);

type PageCtx = Pick<APIContext, 'locals' | 'url' | 'currentLocale' | 'redirect' | 'rewrite'>;

/**
 * For pages: the user when the need is met; otherwise a Response to return from the page:
 * a redirect to the login page (which brings the user back) or the 403 page in the page's language.
 */
export async function guardPage(ctx: PageCtx, need: Need): Promise<CurrentUser | Response> {
	const lang = langOf(ctx.currentLocale);
	const decision = decide(ctx.locals.user, need);
	if (decision === 'unauthenticated') {
		const next = encodeURIComponent(ctx.url.pathname + ctx.url.search);
		return ctx.redirect(`${localePath(lang, '/logg-inn')}?next=${next}`, 303);
	}
	if (decision === 'forbidden') return ctx.rewrite(localePath(lang, '/ingen-tilgang'));
	return ctx.locals.user as CurrentUser;
}

/** For endpoints (files, exports): the user, or a plain 401/403 response. */
export function guardEndpoint(ctx: Pick<APIContext, 'locals'>, need: Need): CurrentUser | Response {
	const decision = decide(ctx.locals.user, need);
	if (decision === 'unauthenticated')
		return new Response('Logg inn for å sjå dette.', {
			status: 401,
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		});
	if (decision === 'forbidden')
		return new Response('Du har ikkje tilgang til dette.', {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		});
	return ctx.locals.user as CurrentUser;
}
