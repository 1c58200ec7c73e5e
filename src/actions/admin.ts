import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { grantCoordinator, revokeCoordinator } from '#lib/admin/users.server.ts';
import { requireAdmin } from '#lib/auth/guards.server.ts';
import { database } from '#lib/platform/db.server.ts';

const roleChange = z.object({
	userId: z.string({ error: 'error.user.unknown' }).min(1, 'error.user.unknown'),
	networkId: z.string({ error: 'error.network.unknown' }).min(1, 'error.network.unknown'),
});

function failed(reason: 'unknown-user' | 'unknown-network'): never {
	throw new ActionError({
		code: 'NOT_FOUND',
		message: reason === 'unknown-user' ? 'error.user.unknown' : 'error.network.unknown',
	});
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
};
