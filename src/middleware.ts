import { defineMiddleware, sequence } from 'astro:middleware';
import { wireApp } from '#app/wiring.server.ts';
import { actingAs } from '#lib/audit/audit.server.ts';
import { loadUser } from '#lib/auth/accounts.server.ts';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken,
} from '#lib/auth/session.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { log, withRequestId } from '#lib/platform/log.server.ts';
import { guardRequestBody } from '#lib/platform/request-guard.server.ts';

// Feature hooks and the background jobs (on the first open of the database), once per server.
wireApp();

/** Gives every request an id (or keeps a proxy's X-Request-Id) and logs one JSON line when done. */
const requestContext = defineMiddleware(async (context, next) => {
	if (context.isPrerendered) return next();
	const incoming = context.request.headers.get('x-request-id');
	// A rewrite (to the 500 page, say) runs the middleware again for the same request: keep its id.
	const requestId =
		context.locals.requestId ??
		(incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID());
	context.locals.requestId = requestId;
	context.locals.user = null;
	context.locals.session = null;
	return withRequestId(requestId, async () => {
		const started = performance.now();
		try {
			const response = await next();
			response.headers.set('x-request-id', requestId);
			// Personal-link tokens in the path are replaced by the logger (redact.mjs).
			log.info(
				{
					method: context.request.method,
					path: context.url.pathname,
					status: response.status,
					ms: Math.round((performance.now() - started) * 10) / 10,
				},
				'request',
			);
			return response;
		} catch (error) {
			// Logged here, with the request id; the user gets the 500 page in their language and no trace.
			log.error(
				{ err: error, method: context.request.method, path: context.url.pathname },
				'request failed',
			);
			if (context.url.pathname === '/500') throw error;
			const response = await context.rewrite('/500');
			response.headers.set('x-request-id', requestId);
			log.info(
				{ method: context.request.method, path: context.url.pathname, status: response.status },
				'request',
			);
			return response;
		}
	});
});

/**
 * Requests through a personal survey link, and the survey answer action: the session is read but
 * never written there, so no commit made around an answer records who was active then
 * (docs/decisions/009). This is no authorization: it only decides whether a refresh is written.
 */
const ANSWERING = /^(?:\/nn)?\/undersoking\/|^\/_actions\/surveys\.submit/;

/** Refuses bodies that are too large, too slow or (for actions) not JSON, before any route reads them. */
const guardBody = defineMiddleware(async (context, next) => {
	if (context.isPrerendered) return next();
	return (await guardRequestBody(context.request, context.url)) ?? next();
});

/** Loads the session and the user into locals. Authorization happens in each page and action. */
const loadSession = defineMiddleware(async (context, next) => {
	if (context.isPrerendered) return next();
	const token = context.cookies.get(SESSION_COOKIE)?.value;
	if (!token) return next();
	const db = await database();
	const session = await validateSessionToken(
		db,
		token,
		new Date(),
		!ANSWERING.test(context.url.pathname),
	);
	const user = session ? await loadUser(db, session.userId) : null;
	if (!session || !user) {
		// Forged, tampered, expired or orphaned: log out cleanly.
		deleteSessionCookie(context.cookies, config.secureCookies);
		return next();
	}
	context.locals.session = session;
	context.locals.user = user;
	if (session.refreshed)
		setSessionCookie(context.cookies, token, session.expiresAt, config.secureCookies);
	// What this request changes is written to the audit log under this account (lib/audit).
	return actingAs(user.id, next);
});

export const onRequest = sequence(requestContext, guardBody, loadSession);
