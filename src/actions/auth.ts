import { ActionError, defineAction } from 'astro:actions';
import {
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
import { deleteSessionCookie, invalidateSession, setSessionCookie } from '#lib/auth/session.server.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { messageWithParams } from '#lib/platform/forms.ts';
import { langOfPath } from '../i18n/index.ts';

export const auth = {
	signup: defineAction({
		accept: 'form',
		input: signupSchema,
		handler: async (input, ctx) => {
			const db = await database();
			const result = await signup(db, input);
			if (!result.ok) {
				if (result.reason === 'email-taken') throw new ActionError({ code: 'CONFLICT', message: 'error.email.taken' });
				throw new ActionError({ code: 'BAD_REQUEST', message: 'error.office.unknown' });
			}
			setSessionCookie(ctx.cookies, result.token, result.expiresAt, config.secureCookies);
			return { userId: result.userId };
		},
	}),

	login: defineAction({
		accept: 'form',
		input: loginSchema,
		handler: async (input, ctx) => {
			const db = await database();
			const result = await login(db, input.email, input.password, ctx.clientAddress);
			if (!result.ok) {
				if (result.reason === 'throttled') {
					const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
					throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: messageWithParams('auth.login.throttled', { minutes }) });
				}
				throw new ActionError({ code: 'UNAUTHORIZED', message: 'auth.login.invalid' });
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
			if (!result.ok) throw new ActionError({ code: 'BAD_REQUEST', message: 'error.password.wrong' });
			setSessionCookie(ctx.cookies, result.token, result.expiresAt, config.secureCookies);
			return { changed: true };
		},
	}),

	deleteAccount: defineAction({
		accept: 'form',
		input: deleteAccountSchema,
		handler: async (input, ctx) => {
			const user = requireUser(ctx);
			if (!(await deleteOwnAccount(await database(), user.id, input.password))) throw new ActionError({ code: 'BAD_REQUEST', message: 'password|error.password.wrong' });
			deleteSessionCookie(ctx.cookies, config.secureCookies);
			return { deleted: true };
		},
	}),

	requestReset: defineAction({
		accept: 'form',
		input: requestResetSchema,
		handler: async (input, ctx) => {
			const lang = input.language ?? langOfPath(ctx.url.pathname);
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
				throw new ActionError({ code: result.reason === 'invalid' ? 'BAD_REQUEST' : 'GONE', message });
			}
			return { reset: true };
		},
	}),
};
