import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { acceptInvitation, inviteCoordinator } from '#lib/admin/invitations.server.ts';
import {
	deleteAccount,
	grantCoordinator,
	revokeCoordinator,
	setAdmin,
	setDeactivated,
	type AccountChange,
} from '#lib/admin/users.server.ts';
import { email, newPassword } from '#lib/auth/auth.schema.ts';
import { requireAdmin } from '#lib/auth/guards.server.ts';
import { setSessionCookie } from '#lib/auth/session.server.ts';
import { guardedText } from '#lib/confidentiality/guarded-text.ts';
import {
	addOffice,
	createNetwork,
	editNetwork,
	editOffice,
	removeOffice,
} from '#lib/networks/edit.server.ts';
import {
	addOfficeSchema,
	createNetworkSchema,
	editNetworkSchema,
	editOfficeSchema,
	removeOfficeSchema,
} from '#lib/networks/networks.schema.ts';
import { config } from '#lib/platform/config.server.ts';
import { database } from '#lib/platform/db.server.ts';
import { fieldErrors } from '#lib/platform/form-error.ts';
import { confirmedField } from '#lib/platform/forms.ts';

const userId = z.string({ error: 'error.user.unknown' }).min(1, 'error.user.unknown').max(80);
const networkId = z
	.string({ error: 'error.network.unknown' })
	.min(1, 'error.network.unknown')
	.max(80);
const roleChange = z.object({ userId, networkId });

function failed(reason: 'unknown-user' | 'unknown-network'): never {
	throw new ActionError({
		code: 'NOT_FOUND',
		message: reason === 'unknown-user' ? 'error.user.unknown' : 'error.network.unknown',
	});
}

/** An account change's refusal as an ActionError, or its result. */
function changed<C extends string>(result: AccountChange, change: C) {
	if (result.ok) return { change, userName: result.userName };
	if (result.reason === 'unknown-user') failed(result.reason);
	throw new ActionError({
		code: 'CONFLICT',
		message: result.reason === 'last-admin' ? 'error.admin.lastAdmin' : 'error.admin.self',
	});
}

function officeRefused(reason: 'unknown' | 'has-figures'): never {
	throw new ActionError(
		reason === 'unknown'
			? { code: 'NOT_FOUND', message: 'error.office.unknown' }
			: { code: 'CONFLICT', message: 'error.office.hasFigures' },
	);
}

export const admin = {
	grantCoordinator: defineAction({
		accept: 'form',
		input: roleChange,
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			const result = await grantCoordinator(
				await database(),
				actor.id,
				input.userId,
				input.networkId,
			);
			if (!result.ok) failed(result.reason);
			return {
				change: 'granted' as const,
				userName: result.userName,
				networkName: result.networkName,
			};
		},
	}),
	revokeCoordinator: defineAction({
		accept: 'form',
		input: roleChange,
		handler: async (input, ctx) => {
			requireAdmin(ctx);
			const result = await revokeCoordinator(await database(), input.userId, input.networkId);
			if (!result.ok) failed(result.reason);
			return {
				change: 'revoked' as const,
				userName: result.userName,
				networkName: result.networkName,
			};
		},
	}),

	grantAdmin: defineAction({
		accept: 'form',
		input: z.object({ userId }),
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			return changed(
				await setAdmin(await database(), actor.id, input.userId, true),
				'adminGranted',
			);
		},
	}),
	revokeAdmin: defineAction({
		accept: 'form',
		input: z.object({ userId, ...confirmedField }),
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			return changed(
				await setAdmin(await database(), actor.id, input.userId, false),
				'adminRevoked',
			);
		},
	}),
	deactivate: defineAction({
		accept: 'form',
		input: z.object({ userId, ...confirmedField }),
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			return changed(
				await setDeactivated(await database(), actor.id, input.userId, true),
				'deactivated',
			);
		},
	}),
	reactivate: defineAction({
		accept: 'form',
		input: z.object({ userId }),
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			return changed(
				await setDeactivated(await database(), actor.id, input.userId, false),
				'reactivated',
			);
		},
	}),
	deleteAccount: defineAction({
		accept: 'form',
		input: z.object({ userId, ...confirmedField }),
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			return changed(await deleteAccount(await database(), actor.id, input.userId), 'deleted');
		},
	}),

	createNetwork: defineAction({
		accept: 'form',
		input: createNetworkSchema,
		handler: async (input, ctx) => {
			requireAdmin(ctx);
			return { id: await createNetwork(await database(), input), name: input.name };
		},
	}),
	editNetwork: defineAction({
		accept: 'form',
		input: editNetworkSchema,
		handler: async ({ networkId: id, ...input }, ctx) => {
			requireAdmin(ctx);
			if (!(await editNetwork(await database(), id, input))) failed('unknown-network');
			return { change: 'network' as const };
		},
	}),
	addOffice: defineAction({
		accept: 'form',
		input: addOfficeSchema,
		handler: async ({ networkId: id, ...input }, ctx) => {
			requireAdmin(ctx);
			const result = await addOffice(await database(), id, input);
			if (!result.ok) failed('unknown-network');
			return { change: 'officeAdded' as const };
		},
	}),
	editOffice: defineAction({
		accept: 'form',
		input: editOfficeSchema,
		handler: async ({ networkId: id, officeId, ...input }, ctx) => {
			requireAdmin(ctx);
			const result = await editOffice(await database(), id, officeId, input);
			if (!result.ok) officeRefused(result.reason);
			return { change: 'officeSaved' as const };
		},
	}),
	removeOffice: defineAction({
		accept: 'form',
		input: removeOfficeSchema,
		handler: async (input, ctx) => {
			requireAdmin(ctx);
			const result = await removeOffice(await database(), input.networkId, input.officeId);
			if (!result.ok) officeRefused(result.reason);
			return { change: 'officeRemoved' as const };
		},
	}),
	inviteCoordinator: defineAction({
		accept: 'form',
		input: z.object({ networkId, email, language: z.enum(['nb', 'nn']).default('nb') }),
		handler: async (input, ctx) => {
			const actor = requireAdmin(ctx);
			const result = await inviteCoordinator(
				await database(),
				actor,
				input.networkId,
				input.email,
				input.language,
				config.publicOrigin,
			);
			if (!result.ok) failed(result.reason);
			return { change: 'invited' as const };
		},
	}),

	/**
	 * Follows a coordinator invitation. Open to anyone: the personal link is the authorization, and
	 * an address that already has an account must be signed in as it (lib/admin/invitations.server.ts).
	 */
	acceptInvitation: defineAction({
		accept: 'form',
		input: z.object({
			token: z
				.string({ error: 'error.invitation.invalid' })
				.min(1, 'error.invitation.invalid')
				.max(200),
			name: guardedText({ max: 120, optional: true, mode: 'identity' }),
			organisation: guardedText({ max: 160, optional: true, mode: 'identity' }),
			password: newPassword.optional(),
			/** Set by the page when it asks for a new account's details. */
			newAccount: z.literal('ja').optional(),
		}),
		handler: async (input, ctx) => {
			const db = await database();
			if (input.newAccount && (!input.name || !input.password))
				throw fieldErrors('BAD_REQUEST', {
					...(input.name ? {} : { name: 'error.name.required' }),
					...(input.password ? {} : { password: 'error.password.required' }),
				});
			const account =
				input.newAccount && input.name && input.password
					? { name: input.name, organisation: input.organisation, password: input.password }
					: null;
			const result = await acceptInvitation(db, input.token, ctx.locals.user, account);
			if (!result.ok) {
				const message = {
					invalid: 'error.invitation.invalid',
					expired: 'error.invitation.expired',
					deactivated: 'error.invitation.deactivated',
					'login-required': 'invitation.loginFirst',
					'wrong-account': 'error.invitation.wrongAccount',
					details: 'error.name.required',
				}[result.reason];
				throw new ActionError({
					code: result.reason === 'invalid' ? 'BAD_REQUEST' : 'CONFLICT',
					message,
				});
			}
			if (result.session)
				setSessionCookie(
					ctx.cookies,
					result.session.token,
					result.session.expiresAt,
					config.secureCookies,
				);
			return { networkId: result.networkId, networkName: result.networkName };
		},
	}),
};
