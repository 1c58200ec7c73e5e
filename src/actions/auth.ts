import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import {
	activateAccount,
	changePassword,
	deleteOwnAccount,
	login,
	requestPasswordReset,
	resetPassword,
	signup,
} from '#lib/auth/accounts.server.ts';
import {
	changePasswordSchema,
	deleteAccountSchema,
	loginSchema,
	requestResetSchema,
	resetPasswordSchema,
	signupSchema,
} from '#lib/auth/auth.schema.ts';
import { requireUser } from '#lib/auth/guards.server.ts';
import type { Throttled } from '#lib/auth/throttle.server.ts';
import {
	deleteSessionCookie,
	invalidateSession,
	setSessionCookie,
} from '#lib/auth/session.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { formError } from '#lib/platform/form-error.ts';
import type { Message } from '#lib/platform/forms.ts';
import { clientAddressOf, takeMailRequest } from '#lib/platform/rate-limit.server.ts';
import { langOfPath } from '#i18n/index.ts';

/** "Wait 4 seconds" for a short slow-down, "wait 3 min" for a long one; the address's own limit says so. */
function throttledMessage({ retryAfterSeconds: seconds, scope }: Throttled): Message {
	const minutes = Math.max(1, Math.ceil(seconds / 60));
	if (scope === 'address') return { key: 'error.auth.rateLimited', params: { minutes } };
	if (seconds < 60) return { key: 'auth.login.throttledSeconds', params: { n: seconds } };
	return { key: 'auth.login.throttled', params: { minutes } };
}

/** Limits requests that e-mail an address anyone can type in, per client address. */
function limitMailRequests(ctx: { clientAddress: string }): void {
	const wait = takeMailRequest(clientAddressOf(ctx));
	if (wait > 0)
		throw formError('TOO_MANY_REQUESTS', {
			key: 'error.auth.rateLimited',
			params: { minutes: Math.ceil(wait / 60) },
		});
}

export const auth = {
	signup: defineAction({
		accept: 'form',
		input: signupSchema,
		handler: async (input, ctx) => {
			limitMailRequests(ctx);
			const lang = input.language ?? langOfPath(ctx.url.pathname);
			const result = await signup(await database(), input, lang, config.publicOrigin);
			if (!result.ok)
				throw new ActionError({ code: 'BAD_REQUEST', message: 'error.office.unknown' });
			// The same answer whether the address had an account or not; the e-mail tells the owner which.
			return { sentTo: input.email };
		},
	}),

	activate: defineAction({
		accept: 'form',
		input: z.object({
			token: z.string({ error: 'auth.activate.invalid' }).min(1, 'auth.activate.invalid').max(200),
		}),
		handler: async (input, ctx) => {
			const result = await activateAccount(await database(), input.token);
			if (!result.ok)
				throw new ActionError({
					code: result.reason === 'invalid' ? 'BAD_REQUEST' : 'GONE',
					message: 'auth.activate.invalid',
				});
			setSessionCookie(ctx.cookies, result.token, result.expiresAt, config.secureCookies);
			return { userId: result.userId };
		},
	}),

	login: defineAction({
		accept: 'form',
		input: loginSchema,
		handler: async (input, ctx) => {
			const db = await database();
			const result = await login(db, input.email, input.password, clientAddressOf(ctx));
			if (!result.ok) {
				if (result.reason === 'throttled')
					throw formError('TOO_MANY_REQUESTS', throttledMessage(result));
				throw new ActionError({
					code: 'UNAUTHORIZED',
					message:
						result.reason === 'deactivated' ? 'auth.login.deactivated' : 'auth.login.invalid',
				});
			}
			setSessionCookie(ctx.cookies, result.token, result.expiresAt, config.secureCookies);
			return { userId: result.userId };
		},
	}),

	logout: defineAction({
		accept: 'form',
		handler: async (_input, ctx) => {
			if (ctx.locals.session) await invalidateSession(await database(), ctx.locals.session.id);
			deleteSessionCookie(ctx.cookies, config.secureCookies);
			return { loggedOut: true };
		},
	}),

	changePassword: defineAction({
		accept: 'form',
		input: changePasswordSchema,
		handler: async (input, ctx) => {
			const user = requireUser(ctx);
			const db = await database();
			const result = await changePassword(db, user.id, input.currentPassword, input.newPassword);
			if (!result.ok)
				throw new ActionError({ code: 'BAD_REQUEST', message: 'error.password.wrong' });
			setSessionCookie(ctx.cookies, result.token, result.expiresAt, config.secureCookies);
			return { changed: true };
		},
	}),

	deleteAccount: defineAction({
		accept: 'form',
		input: deleteAccountSchema,
		handler: async (input, ctx) => {
			const user = requireUser(ctx);
			if (!(await deleteOwnAccount(await database(), user.id, input.password)))
				throw formError('BAD_REQUEST', 'error.password.wrong', 'password');
			deleteSessionCookie(ctx.cookies, config.secureCookies);
			return { deleted: true };
		},
	}),

	requestReset: defineAction({
		accept: 'form',
		input: requestResetSchema,
		handler: async (input, ctx) => {
			const lang = input.language ?? langOfPath(ctx.url.pathname);
			limitMailRequests(ctx);
			await requestPasswordReset(await database(), input.email, lang, config.publicOrigin);
			return { sent: true };
		},
	}),

	resetPassword: defineAction({
		accept: 'form',
		input: resetPasswordSchema,
		handler: async (input) => {
			const result = await resetPassword(await database(), input.token, input.newPassword);
			if (!result.ok) {
				const message = `auth.reset.${result.reason}` as const;
				throw new ActionError({
					code: result.reason === 'invalid' ? 'BAD_REQUEST' : 'GONE',
					message,
				});
			}
			return { reset: true };
		},
	}),
};
